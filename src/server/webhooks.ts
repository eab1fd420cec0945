// Webhooks: a new issue or a regression is posted as JSON to each configured URL after the
// report is committed, retried with backoff on a network error, 408, 429 or 5xx.
// A Loki URL gets the same event as one log line through Loki's push API
// (POST /loki/api/v1/push, JSON: streams of labels and [nanoseconds, line] values).
// An OTLP/HTTP collector gets it as one OpenTelemetry log record (otlp.ts).
// The queue is the store's outbox (store/outbox-types.ts): ingest writes each event in the
// report's transaction, this sends it to every target and keeps each delivery's attempts and
// next time there, so events pending when the server stops are sent by the next one.

import { openOutbox } from "../store/outbox-open.js";
import type { Delivery, NotificationEvent, Outbox } from "../store/outbox-types.js";
import type { Issue, Store } from "../store/types.js";
import { chatText, larkBody, slackBody } from "./chat.js";
import { type EventOrigin, otlpLogs, otlpLogsUrl } from "./otlp.js";

export const WEBHOOK_SCHEMA = "panicscope/webhook@1";

export interface WebhookEvent {
  schema: typeof WEBHOOK_SCHEMA;
  event: NotificationEvent;
  issue: Issue;
  report: number;
}

export interface WebhookOptions {
  /** The store whose outbox holds the events (the server's own). */
  store: Store;
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
  /** Attempts per event and target (default 5). */
  attempts?: number;
  /** The first wait between attempts, doubled each time (default 1000 ms). */
  backoffMs?: number;
  /**
   * An event the server did not describe after its commit (it stopped in between) is sent
   * this long after, as the issue is then (default 30 s).
   */
  describeGraceMs?: number;
  log?: (line: string) => void;
}

/** Events older than this when first picked up are not sent (a target added later). */
const STALE_MS = 86_400_000;
/** How long a claimed delivery is this server's before another may try it. */
const LEASE_MS = 60_000;

export class Webhooks {
  private readonly outbox: Outbox;
  private readonly targets: string[];
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: WebhookOptions) {
    this.outbox = openOutbox(options.store);
    this.targets = [
      ...options.urls.map((url) => `webhook ${url}`),
      ...(options.loki ?? []).map((url) => `loki ${url}`),
      ...(options.slack ?? []).map((url) => `slack ${url}`),
      ...(options.lark ?? []).map((url) => `lark ${url}`),
      ...(options.otlp ?? []).map((url) => `otlp ${url}`),
    ];
  }

  /**
   * The event of a report just committed, as it stands now (the store already holds it, in
   * the outbox): kept for its deliveries, which start at once.
   */
  async notify(event: WebhookEvent, origin: EventOrigin = {}): Promise<void> {
    await this.outbox.describe(
      event.report,
      event.issue.id,
      event.event,
      JSON.stringify(event),
      JSON.stringify(origin),
    );
    this.wake();
  }

  /** Sends what is due now, then waits for the next due delivery (what a restart left too). */
  wake(): void {
    if (this.stopped) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.run()
      .catch((error: Error) => this.options.log?.(`notifications: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        } else void this.schedule();
      });
  }

  /** Resolves once no delivery is pending: every event sent or given up. */
  async drain(): Promise<void> {
    for (;;) {
      this.wake();
      while (this.running !== null) await this.running;
      const next = await this.outbox.nextDue();
      if (next === null) return;
      await sleep(Math.max(0, Date.parse(next) - Date.now()));
    }
  }

  /** Stops sending (the server is closing); pending deliveries stay in the store. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running !== null) await this.running;
  }

  private async schedule(): Promise<void> {
    if (this.stopped) return;
    const next = await this.outbox.nextDue().catch(() => null);
    if (next === null) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), Math.max(0, Date.parse(next) - Date.now()) + 5);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    const grace = this.options.describeGraceMs ?? 30_000;
    for (;;) {
      const now = Date.now();
      await this.outbox.expand(this.targets, iso(now), iso(now - grace), iso(now - STALE_MS));
      const due = await this.outbox.claim(iso(now), iso(now + LEASE_MS), 20);
      if (due.length === 0) return;
      for (const delivery of due) {
        if (this.stopped) return;
        await this.attempt(delivery);
      }
    }
  }

  /** One attempt of one delivery; its outcome (sent, again later, given up) is stored. */
  private async attempt(delivery: Delivery): Promise<void> {
    const { attempts = 5, backoffMs = 1000, log = () => {} } = this.options;
    const attempt = delivery.attempts + 1;
    const event = await this.eventOf(delivery);
    if (event === null) {
      await this.outbox.failed(delivery.id, attempt, "the issue is gone", null);
      return;
    }
    const origin = JSON.parse(delivery.origin ?? "{}") as EventOrigin;
    const space = delivery.target.indexOf(" ");
    const kind = delivery.target.slice(0, space);
    const base = delivery.target.slice(space + 1);
    const { url, body, type } = this.request(kind, base, event, origin);
    let status = 0;
    let error = "";
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": type, "user-agent": "panicscope-webhook/1" },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      status = response.status;
      if (status < 300) {
        await this.outbox.sent(delivery.id, attempt);
        return;
      }
      error = `HTTP ${status}`;
    } catch (failure) {
      error = (failure as Error).message;
    }
    const retryable = status === 0 || status === 408 || status === 429 || status >= 500;
    if (retryable && attempt < attempts) {
      const next = iso(Date.now() + backoffMs * 2 ** (attempt - 1));
      await this.outbox.failed(delivery.id, attempt, error, next);
      return;
    }
    await this.outbox.failed(delivery.id, attempt, error, null);
    log(`webhook ${url}: ${event.event} of issue ${event.issue.id} not delivered (${error})`);
  }

  /** The event as described after its commit, or (never described) as the issue is now. */
  private async eventOf(delivery: Delivery): Promise<WebhookEvent | null> {
    if (delivery.body !== null) return JSON.parse(delivery.body) as WebhookEvent;
    const issue = await this.options.store.getIssue(delivery.issueId);
    if (issue === null) return null;
    return { schema: WEBHOOK_SCHEMA, event: delivery.event, issue, report: delivery.reportId };
  }

  private request(kind: string, base: string, event: WebhookEvent, origin: EventOrigin) {
    const json = "application/json";
    const text = () => chatText(event, this.options.inboxUrl);
    switch (kind) {
      case "loki":
        return {
          url: `${base.replace(/\/+$/, "")}/loki/api/v1/push`,
          body: lokiPush(event, JSON.stringify(event)),
          type: json,
        };
      case "slack":
        return { url: base, body: slackBody(text()), type: json };
      case "lark":
        return { url: base, body: larkBody(text()), type: json };
      case "otlp":
        return {
          url: otlpLogsUrl(base),
          body: otlpLogs(event, origin, this.options.version ?? "0"),
          type: "application/x-protobuf",
        };
      default:
        return { url: base, body: JSON.stringify(event), type: json };
    }
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The event as one Loki log line, labelled so a LogQL query can select it. */
function lokiPush(event: WebhookEvent, line: string): string {
  const nanoseconds = `${BigInt(Date.parse(event.issue.lastSeen)) * 1_000_000n}`;
  const stream = { service_name: "panicscope", event: event.event, category: event.issue.category };
  return JSON.stringify({ streams: [{ stream, values: [[nanoseconds, line]] }] });
}
