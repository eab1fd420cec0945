// The app on a Node HTTP server; resolves once it listens, with the port it got.

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, type ServerOptions } from "./app.js";

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export function listen(
  options: ServerOptions & { port?: number; hostname?: string },
): Promise<RunningServer> {
  const app = createApp(options);
  const hostname = options.hostname ?? "127.0.0.1";
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname },
      (info: AddressInfo) => {
        resolve({
          port: info.port,
          url: `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        });
      },
    );
  });
}
