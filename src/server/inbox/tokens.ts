// Ingest tokens made in the inbox: an administrator creates one for a project (shown once,
// then only its SHA-256 is kept), hands it to a service, and revokes the old one — a rotation
// without restarting the server. A report's project is its token's. The ingest API reads them from memory (`TokenHashes`), refreshed
// after each change here and every few seconds, so servers sharing a PostgreSQL database
// see each other's changes.

import { createHash, randomBytes } from "node:crypto";
import type { InboxLabels } from "../../i18n/en/inbox.js";
import { escapeHtml } from "../../render/html/escape.js";
import type { InboxStore, IngestToken, Project } from "../../store/inbox-types.js";
import { when } from "./list.js";

/** What the ingest API checks a token against (auth.ts): hashes, so a lookup reveals nothing. */
export interface TokenHashes {
  /** The project of the token with this hash, or undefined. */
  project(sha256hex: string): number | undefined;
  readonly size: number;
}

export function sha256hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export class IngestTokens implements TokenHashes {
  private hashes = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: InboxStore) {}

  project(hash: string): number | undefined {
    return this.hashes.get(hash);
  }

  get size(): number {
    return this.hashes.size;
  }

  async refresh(): Promise<void> {
    const active = await this.store.activeIngestTokens();
    this.hashes = new Map(active.map((t) => [t.hash, t.projectId]));
  }

  /** Refreshes every `ms` until stopped (the timer does not keep the process alive). */
  watch(ms = 5000): void {
    this.timer = setInterval(() => void this.refresh().catch(() => {}), ms);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** A new token of a project: `psk_` and 32 random bytes, base64url. */
  async create(label: string, projectId: number): Promise<{ token: string; record: IngestToken }> {
    const token = `psk_${randomBytes(32).toString("base64url")}`;
    const record = await this.store.createIngestToken(sha256hex(token), label, projectId);
    await this.refresh();
    return { token, record };
  }

  async revoke(id: number): Promise<void> {
    await this.store.revokeIngestToken(id);
    await this.refresh();
  }
}

export function tokensBody(
  tokens: IngestToken[],
  projects: Project[],
  I: InboxLabels,
  csrf: string,
  created?: { token: string; label: string },
): string {
  const hidden = `<input type="hidden" name="_csrf" value="${escapeHtml(csrf)}">`;
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const rows = tokens
    .map(
      (t) =>
        `<tr><td>${escapeHtml(t.label)}</td><td>${escapeHtml(names.get(t.projectId) ?? String(t.projectId))}</td><td class="when">${when(t.createdAt)}</td><td>${
          t.revokedAt === null
            ? `<form method="post" action="/tokens/${t.id}/revoke">${hidden}<button type="submit" aria-label="${escapeHtml(`${I.revoke}: ${t.label}`)}">${escapeHtml(I.revoke)}</button></form>`
            : `${escapeHtml(I.revoked)} ${when(t.revokedAt)}`
        }</td></tr>`,
    )
    .join("");
  const shown =
    created === undefined
      ? ""
      : `<div class="diagnosis" role="status"><p>${escapeHtml(I.tokenCreated(created.label))}</p><p><code class="mono" id="new-token">${escapeHtml(created.token)}</code></p></div>`;
  return `<h1>${escapeHtml(I.tokensTitle)}</h1>
<p class="note">${escapeHtml(I.tokensIntro)}</p>
${shown}
<form class="actions" method="post" action="/tokens">${hidden}<label for="label">${escapeHtml(I.tokenLabel)}</label><input id="label" name="label" required maxlength="100"><label for="token-project">${escapeHtml(I.project)}</label><select id="token-project" name="project">${projects.map((p) => `<option value="${escapeHtml(p.slug)}">${escapeHtml(p.name)}</option>`).join("")}</select><button class="primary" type="submit">${escapeHtml(I.createToken)}</button></form>
${tokens.length === 0 ? "" : `<table><thead><tr><th>${escapeHtml(I.tokenLabel)}</th><th>${escapeHtml(I.project)}</th><th>${escapeHtml(I.created)}</th><th>${escapeHtml(I.status)}</th></tr></thead><tbody>${rows}</tbody></table>`}`;
}
