// What the web inbox reads and writes beside the ingest store: accounts and sessions, the
// issues list with its filters, search and keyset pages, and the rollups of an issue's
// occurrences. Implementations: inbox-sqlite.ts, inbox-postgres.ts (the same schema,
// inbox-migrations.ts).

import type { Issue, IssueStatus } from "./types.js";

export type Role = "admin" | "viewer";

export interface User {
  id: number;
  name: string;
  role: Role;
  /** The password's scrypt hash, as src/server/inbox/password.ts writes it. */
  password: string;
}

export interface Session {
  user: User;
  csrf: string;
  expiresAt: string;
}

export type IssueSort = "last-seen" | "count" | "first-seen";

export interface IssueQuery {
  /** The project whose issues are listed. */
  projectId: number;
  status?: IssueStatus;
  category?: string;
  release?: string;
  environment?: string;
  /** Words searched in titles and rules; every word must match (as a prefix). */
  text?: string;
  sort: IssueSort;
  /** The last row of the page before: its sort value and id. */
  after?: { value: string | number; id: number };
  limit: number;
}

export interface IssuePage {
  issues: Issue[];
  /** Present when there are more rows after this page. */
  next: { value: string | number; id: number } | null;
}

export interface Occurrence {
  reportId: number;
  crashIndex: number;
  receivedAt: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  metadata: Record<string, unknown>;
}

export interface Project {
  id: number;
  /** The project in URLs (`/issues?project=shop`): letters, digits, `-`. */
  slug: string;
  name: string;
  createdAt: string;
  /** Its own webhook URLs: its new issues and regressions are posted there too. */
  webhooks: string[];
}

export interface IngestToken {
  id: number;
  projectId: number;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export type FacetKind = "release" | "environment" | "host";

export interface InboxStore {
  countUsers(): Promise<number>;
  /** Creates the user; with `onlyIfNone`, only when there is no user yet (the first admin). */
  createUser(
    name: string,
    password: string,
    role: Role,
    onlyIfNone?: boolean,
  ): Promise<User | null>;
  findUser(name: string): Promise<User | null>;
  listUsers(): Promise<User[]>;
  createSession(tokenHash: string, userId: number, csrf: string, expiresAt: string): Promise<void>;
  /** The session if it has not expired. */
  getSession(tokenHash: string, now: string): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;

  listProjects(): Promise<Project[]>;
  /** Null when the slug is taken. */
  createProject(slug: string, name: string): Promise<Project | null>;
  setProjectWebhooks(id: number, urls: string[]): Promise<void>;

  /** Ingest tokens: stored as their SHA-256 (hex); the token itself is shown once, at creation. */
  createIngestToken(tokenHash: string, label: string, projectId: number): Promise<IngestToken>;
  listIngestTokens(): Promise<IngestToken[]>;
  revokeIngestToken(id: number): Promise<void>;
  /** The tokens that are not revoked: their hash and project. */
  activeIngestTokens(): Promise<{ hash: string; projectId: number }[]>;

  listIssues(query: IssueQuery): Promise<IssuePage>;
  /** Occurrences per UTC day (`YYYY-MM-DD`) from `since` on, per issue. */
  dailyCounts(issueIds: number[], since: string): Promise<Map<number, Map<string, number>>>;
  /** An issue's occurrences by release, environment or host, most first. */
  facets(
    issueId: number,
    kind: FacetKind,
    limit: number,
  ): Promise<{ value: string; count: number }[]>;
  /** Newest first; `before` a report id for the next page. */
  occurrences(issueId: number, limit: number, before?: number): Promise<Occurrence[]>;
  /** Which crash of a report is filed under the issue (its first, if several). */
  occurrence(issueId: number, reportId: number): Promise<Occurrence | null>;
}
