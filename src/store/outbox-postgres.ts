// The outbox (outbox-types.ts) on the PostgreSQL store's pool. Several servers may share the
// database: expansion and claims lock their rows with SKIP LOCKED, and a claimed delivery is
// leased (its next_at moved on), so no two servers send it at once.

import type pg from "pg";
import { withProjects } from "./outbox-sqlite.js";
import type { Delivery, DeliveryState, NotificationEvent, Outbox } from "./outbox-types.js";

export class PostgresOutbox implements Outbox {
  constructor(private readonly pool: pg.Pool) {}

  async describe(
    reportId: number,
    issueId: number,
    event: NotificationEvent,
    body: string,
    origin: string,
  ) {
    await this.pool.query(
      `UPDATE notifications SET body = $1, origin = $2
       WHERE report_id = $3 AND issue_id = $4 AND event = $5 AND body IS NULL`,
      [body, origin, reportId, issueId, event],
    );
  }

  async expand(targets: string[], now: string, undescribedBefore: string, staleBefore: string) {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{
        id: number;
        created_at: string;
        webhooks: string | null;
      }>(
        `SELECT n.id, n.created_at, p.webhooks FROM notifications n
         LEFT JOIN issues i ON i.id = n.issue_id LEFT JOIN projects p ON p.id = i.project_id
         WHERE n.expanded = 0 AND (n.body IS NOT NULL OR n.created_at < $1)
         ORDER BY n.id LIMIT 100 FOR UPDATE OF n SKIP LOCKED`,
        [undescribedBefore],
      );
      for (const n of rows) {
        const all = withProjects(targets, n.webhooks);
        if (n.created_at >= staleBefore && all.length > 0) {
          await client.query(
            `INSERT INTO deliveries (notification_id, target, next_at)
             SELECT $1, t, $2 FROM unnest($3::text[]) AS t
             ON CONFLICT (notification_id, target) DO NOTHING`,
            [n.id, now, all],
          );
        }
        await client.query("UPDATE notifications SET expanded = 1 WHERE id = $1", [n.id]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async claim(now: string, leaseUntil: string, limit: number): Promise<Delivery[]> {
    const { rows } = await this.pool.query<Delivery>(
      `WITH due AS (
         SELECT id FROM deliveries WHERE state = 'pending' AND next_at <= $1
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED
       ), leased AS (
         UPDATE deliveries d SET next_at = $2 FROM due WHERE d.id = due.id
         RETURNING d.id, d.target, d.attempts, d.notification_id
       )
       SELECT l.id, l.target, l.attempts, n.event, n.issue_id AS "issueId",
         n.report_id AS "reportId", n.body, n.origin
       FROM leased l JOIN notifications n ON n.id = l.notification_id ORDER BY l.id`,
      [now, leaseUntil, limit],
    );
    return rows;
  }

  async sent(id: number, attempts: number) {
    await this.pool.query(
      "UPDATE deliveries SET state = 'sent', attempts = $1, last_error = NULL WHERE id = $2",
      [attempts, id],
    );
  }

  async failed(id: number, attempts: number, error: string, nextAt: string | null) {
    await this.pool.query(
      `UPDATE deliveries SET attempts = $1, last_error = $2, next_at = coalesce($3, next_at),
         state = CASE WHEN $3::text IS NULL THEN 'failed' ELSE 'pending' END WHERE id = $4`,
      [attempts, error, nextAt, id],
    );
  }

  async nextDue(): Promise<string | null> {
    const { rows } = await this.pool.query<{ next: string | null }>(
      "SELECT min(next_at) AS next FROM deliveries WHERE state = 'pending'",
    );
    return rows[0]?.next ?? null;
  }

  async deliveries(): Promise<DeliveryState[]> {
    return (
      await this.pool.query<DeliveryState>(
        `SELECT d.target, n.event, n.issue_id AS "issueId", d.state, d.attempts,
           d.last_error AS "lastError"
         FROM deliveries d JOIN notifications n ON n.id = d.notification_id ORDER BY d.id`,
      )
    ).rows;
  }
}
