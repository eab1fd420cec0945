/** A request refused with a precise status; the body is `{"error": message}`. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415 | 422,
    message: string,
  ) {
    super(message);
  }
}
