/** A request refused with a precise status; the body is `{"error": message}`. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415 | 422 | 503,
    message: string,
    /** Sent with the answer (a 503's Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
