// The outbox (outbox-types.ts) on the SQLite store's connection: each step one transaction.

import type Database from "better-sqlite3";
import type { Delivery, DeliveryState, NotificationEvent, Outbox } from "./outbox-types.js";

/** The server's targets and a project's webhooks (`projects.webhooks`, one URL a line). */
export function withProjects(targets: string[], webhooks: string | null): string[] {
  const own = (webhooks ?? "")
    .split("\n")
    .filter((url) => url !== "")
    .map((url) => `webhook ${url}`);
  return [...new Set([...targets, ...own])];
}

export class SqliteOutbox implements Outbox {
  constructor(private readonly db: Database.Database) {}

  async describe(
    reportId: number,
    issueId: number,
    event: NotificationEvent,
    body: string,
    origin: string,
  ) {
    this.db
      .prepare(
        `UPDATE notifications SET body = ?, origin = ?
         WHERE report_id = ? AND issue_id = ? AND event = ? AND body IS NULL`,
      )
      .run(body, origin, reportId, issueId, event);
  }

  async expand(targets: string[], now: string, undescribedBefore: string, staleBefore: string) {
    this.db
      .transaction(() => {
        const waiting = this.db
          .prepare(
            `SELECT n.id, n.created_at, p.webhooks FROM notifications n
             LEFT JOIN issues i ON i.id = n.issue_id LEFT JOIN projects p ON p.id = i.project_id
             WHERE n.expanded = 0 AND (n.body IS NOT NULL OR n.created_at < ?)
             ORDER BY n.id LIMIT 100`,
          )
          .all(undescribedBefore) as { id: number; created_at: string; webhooks: string | null }[];
        const add = this.db.prepare(
          `INSERT INTO deliveries (notification_id, target, next_at) VALUES (?, ?, ?)
           ON CONFLICT (notification_id, target) DO NOTHING`,
        );
        const done = this.db.prepare("UPDATE notifications SET expanded = 1 WHERE id = ?");
        for (const n of waiting) {
          if (n.created_at >= staleBefore) {
            for (const target of withProjects(targets, n.webhooks)) add.run(n.id, target, now);
          }
          done.run(n.id);
        }
      })
      .immediate();
  }

  async claim(now: string, leaseUntil: string, limit: number): Promise<Delivery[]> {
    return this.db
      .transaction(() => {
        const rows = this.db
          .prepare(
            `SELECT d.id, d.target, d.attempts, n.event, n.issue_id AS issueId,
             n.report_id AS reportId, n.body, n.origin
           FROM deliveries d JOIN notifications n ON n.id = d.notification_id
           WHERE d.state = 'pending' AND d.next_at <= ? ORDER BY d.id LIMIT ?`,
          )
          .all(now, limit) as Delivery[];
        const lease = this.db.prepare("UPDATE deliveries SET next_at = ? WHERE id = ?");
        for (const row of rows) lease.run(leaseUntil, row.id);
        return rows;
      })
      .immediate();
  }

  async sent(id: number, attempts: number) {
    this.db
      .prepare("UPDATE deliveries SET state = 'sent', attempts = ?, last_error = NULL WHERE id = ?")
      .run(attempts, id);
  }

  async failed(id: number, attempts: number, error: string, nextAt: string | null) {
    this.db
      .prepare(
        `UPDATE deliveries SET attempts = ?, last_error = ?, next_at = coalesce(?, next_at),
           state = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END WHERE id = ?`,
      )
      .run(attempts, error, nextAt, nextAt, id);
  }

  async nextDue(): Promise<string | null> {
    return (
      (this.db
        .prepare("SELECT min(next_at) FROM deliveries WHERE state = 'pending'")
        .pluck()
        .get() as string | null) ?? null
    );
  }

  async deliveries(): Promise<DeliveryState[]> {
    return this.db
      .prepare(
        `SELECT d.target, n.event, n.issue_id AS issueId, d.state, d.attempts,
           d.last_error AS lastError
         FROM deliveries d JOIN notifications n ON n.id = d.notification_id ORDER BY d.id`,
      )
      .all() as DeliveryState[];
  }
}
