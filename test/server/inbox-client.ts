// A browser's part for the inbox's server tests: a cookie jar over fetch, redirects not
// followed (the tests read them), forms posted as a browser posts them.

export class InboxClient {
  readonly cookies = new Map<string, string>();
  /** The Set-Cookie lines of the last response, as sent. */
  lastSetCookies: string[] = [];

  constructor(
    readonly base: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(this.base + path, {
      redirect: "manual",
      ...init,
      headers: {
        ...this.headers,
        ...(cookie ? { cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    this.lastSetCookies = response.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { headers });
  }

  async text(path: string): Promise<string> {
    return (await this.get(path)).text();
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) {
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    }
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
  }

  /** The value of the first hidden `_csrf` field of a page. */
  static csrf(html: string): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (match === null) throw new Error("no _csrf field on the page");
    return match[1] as string;
  }
}
