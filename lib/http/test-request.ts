// For the unit tests of the request hook's pieces: one request to a test server, its answer whole.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; raw: Buffer; body: string };

/** `raw`: the bytes as sent; `body`: decoded from gzip or brotli, as text. */
export function requestTo(server: http.Server, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .request({ port, path, headers, method }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const body = encoding === "gzip" ? gunzipSync(raw) : encoding === "br" ? brotliDecompressSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, body: body.toString("utf8") });
        });
      })
      .on("error", reject)
      .end();
  });
}
