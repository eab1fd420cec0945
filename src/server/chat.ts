// New issues and regressions as a short chat message with a link to the inbox: the JSON a
// Slack-compatible incoming webhook takes (`{"text"}`; Mattermost, Rocket.Chat and Discord's
// /slack endpoint take it too) and the one of a Lark/Feishu custom bot
// (`{"msg_type":"text","content":{"text"}}`).

import type { WebhookEvent } from "./webhooks.js";

/** One line: what happened, the title, the count, and where to look. */
export function chatText(event: WebhookEvent, inboxUrl: string | undefined): string {
  const { issue } = event;
  const what = event.event === "issue.created" ? "new issue" : "regressed";
  const link = inboxUrl === undefined ? "" : ` ${inboxUrl.replace(/\/+$/, "")}/issues/${issue.id}`;
  const releases = issue.releases.length === 0 ? "" : ` · ${issue.releases.at(-1)}`;
  return `panicscope ${what} #${issue.id} [${issue.category}] ${issue.title} (${issue.count}×${releases})${link}`;
}

/** Slack reads `&`, `<` and `>` as markup: a crash's own text is escaped as its docs ask. */
export function slackBody(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return JSON.stringify({ text: escaped });
}

export function larkBody(text: string): string {
  return JSON.stringify({ msg_type: "text", content: { text } });
}
