// Webhooks: a new issue or a regression is posted as JSON to each configured URL after the
// report is committed, in order, retried with backoff on a network error, 408, 429 or 5xx.
// A Loki URL gets the same event as one log line through Loki's push API
// (POST /loki/api/v1/push, JSON: streams of labels and [nanoseconds, line] values).
// An OTLP/HTTP collector gets it as one OpenTelemetry log record (otlp.ts).
// The queue is in memory: events pending when the server stops are not sent (they are not
// lost from the store, only from the notification).

import type { Issue } from "../store/types.js";
import { chatText, larkBody, slackBody } from "./chat.js";
import { type EventOrigin, otlpLogs, otlpLogsUrl } from "./otlp.js";

export const WEBHOOK_SCHEMA = "panicscope/webhook@1";

export interface WebhookEvent {
  schema: typeof WEBHOOK_SCHEMA;
  event: "issue.created" | "issue.regressed";
  issue: Issue;
  report: number;
}

export interface WebhookOptions {
  urls: string[];
  /** Loki base URLs (`http://loki:3100`): the push API path is added. */
  loki?: string[];
  /** OTLP/HTTP collector URLs (`http://collector:4318`): `/v1/logs` is added. */
  otlp?: string[];
  /** Slack-compatible incoming webhooks: a short message with a link (chat.ts). */
  slack?: string[];
  /** Lark/Feishu custom bot webhooks: the same message. */
  lark?: string[];
  /** The inbox's address, for the link in chat messages. */
  inboxUrl?: string;
  /** panicscope's version, the OTLP instrumentation scope's. */
  version?: string;
  /** Attempts per event and URL (default 5). */
  attempts?: number;
  /** The first wait between attempts, doubled each time (default 1000 ms). */
  backoffMs?: number;
  log?: (line: string) => void;
}

export class Webhooks {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: WebhookOptions) {}

  /** `origin`: what the report behind the event said (its trace, for OTLP). */
  notify(event: WebhookEvent, origin: EventOrigin = {}): void {
    const body = JSON.stringify(event);
    const json = "application/json";
    for (const url of this.options.urls) {
      this.queue = this.queue.then(() => this.deliver(url, body, json, event));
    }
    for (const base of this.options.loki ?? []) {
      const url = `${base.replace(/\/+$/, "")}/loki/api/v1/push`;
      this.queue = this.queue.then(() => this.deliver(url, lokiPush(event, body), json, event));
    }
    const text = chatText(event, this.options.inboxUrl);
    for (const url of this.options.slack ?? []) {
      this.queue = this.queue.then(() => this.deliver(url, slackBody(text), json, event));
    }
    for (const url of this.options.lark ?? []) {
      this.queue = this.queue.then(() => this.deliver(url, larkBody(text), json, event));
    }
    for (const base of this.options.otlp ?? []) {
      const logs = otlpLogs(event, origin, this.options.version ?? "0");
      const protobuf = "application/x-protobuf";
      this.queue = this.queue.then(() => this.deliver(otlpLogsUrl(base), logs, protobuf, event));
    }
  }

  /** Resolves when every event notified so far was delivered or given up. */
  drain(): Promise<void> {
    return this.queue;
  }

  private async deliver(
    url: string,
    body: string | Uint8Array,
    type: string,
    event: WebhookEvent,
  ): Promise<void> {
    const { attempts = 5, backoffMs = 1000, log = () => {} } = this.options;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let status = 0;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": type, "user-agent": "panicscope-webhook/1" },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer();
        status = response.status;
        if (status < 300) return;
        if (status !== 408 && status !== 429 && status < 500) break;
      } catch {
        status = 0;
      }
      if (attempt < attempts) {
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
      }
    }
    log(`webhook ${url}: ${event.event} of issue ${event.issue.id} not delivered`);
  }
}

/** The event as one Loki log line, labelled so a LogQL query can select it. */
function lokiPush(event: WebhookEvent, line: string): string {
  const nanoseconds = `${BigInt(Date.parse(event.issue.lastSeen)) * 1_000_000n}`;
  const stream = { service_name: "panicscope", event: event.event, category: event.issue.category };
  return JSON.stringify({ streams: [{ stream, values: [[nanoseconds, line]] }] });
}
