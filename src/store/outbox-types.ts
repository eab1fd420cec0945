// The notifications' outbox. Ingest writes a row into `notifications` for each new issue and
// each regression, in the report's own transaction; the server describes it right after the
// commit (the event as it was then, and where the report came from); the sender
// (server/webhooks.ts) turns each into one delivery per target and sends those, retried with
// backoff. Everything is in the store, so a restart — or a second server on PostgreSQL — takes
// up whatever is left. Implementations: outbox-sqlite.ts, outbox-postgres.ts.

export type NotificationEvent = "issue.created" | "issue.regressed";

/** A delivery due now: one notification to one target. */
export interface Delivery {
  id: number;
  /** `kind url`: `webhook https://…`, `loki …`, `otlp …`, `slack …`, `lark …`. */
  target: string;
  /** Attempts made before this one. */
  attempts: number;
  event: NotificationEvent;
  issueId: number;
  reportId: number;
  /** The event's JSON as described after the commit; null if the server stopped before. */
  body: string | null;
  /** Where the report came from (trace, release, host), as JSON; null likewise. */
  origin: string | null;
}

export interface DeliveryState {
  target: string;
  event: NotificationEvent;
  issueId: number;
  state: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
}

export interface Outbox {
  /** Keeps the event as it stands right after the commit of its report. */
  describe(
    reportId: number,
    issueId: number,
    event: NotificationEvent,
    body: string,
    origin: string,
  ): Promise<void>;
  /**
   * Turns notifications into one pending delivery per target — the server's and the issue's
   * project's own webhooks (`projects.webhooks`). Described ones go at once, the
   * others (the server stopped between commit and description) once created before
   * `undescribedBefore`; those created before `staleBefore` get none (a server that ran without
   * targets does not flood a webhook added later).
   */
  expand(
    targets: string[],
    now: string,
    undescribedBefore: string,
    staleBefore: string,
  ): Promise<void>;
  /** Due deliveries, oldest first, leased until `leaseUntil` so no other server sends them too. */
  claim(now: string, leaseUntil: string, limit: number): Promise<Delivery[]>;
  sent(id: number, attempts: number): Promise<void>;
  /** Another attempt at `nextAt`; `nextAt` null: given up. */
  failed(id: number, attempts: number, error: string, nextAt: string | null): Promise<void>;
  /** When the next pending delivery is due, or null when none is pending. */
  nextDue(): Promise<string | null>;
  /** Every delivery, oldest first (for `serve`'s tests and for looking into a problem). */
  deliveries(): Promise<DeliveryState[]>;
}
