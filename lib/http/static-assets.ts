// The build's scripts and stylesheets (`/_next/static/…`), compressed once and answered from memory.
// Next.js serves them from disk and the compression middleware compresses them again on every request
// (brotli quality 4 or gzip 6): 466 KB of JavaScript and 60 KB of CSS for a reader's first visit,
// several milliseconds each on the one thread that also renders pages, so a phone's stylesheet waited
// behind the compression of the scripts requested with it. Their names carry a content hash and they
// never change (Next.js marks them immutable), so the first request for a file starts its compression
// in the background (brotli 11, then gzip 9, one file at a time, off the event loop) and Next.js
// answers as before; from then on the hook answers with the kept bytes. Only the files listed in the
// build's folder when the first such request came are considered, so the memory is bounded by the
// build itself (docs/decisions/025-cached-pages-at-full-speed.md).
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gzip } from "node:zlib";
import Negotiator from "negotiator";
import { brotliOnceOptions, preferredEncoding } from "./compression";
import type { Stage } from "./pipeline";

const PREFIX = "/_next/static/";
/** Hashed file names only: no "%", no "..", no query-string tricks reach the disk. */
const SAFE_PATH = /^\/_next\/static\/(?:[A-Za-z0-9_~-]+[./])*[A-Za-z0-9_~-]+\.(js|css)$/;
const TYPES = { js: "application/javascript; charset=UTF-8", css: "text/css; charset=UTF-8" } as const;
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Compressions waiting at once; requests for other files meanwhile go to Next.js and are tried again. */
const PENDING_MAX = 4;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Asset = { type: string; br: Buffer; gzip: Buffer };

export type StaticAssets = {
  /** Answers `request` from memory and returns true, or returns false for Next.js to answer it. */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  /** Resolves once no compression is waiting (for tests). */
  settled(): Promise<void>;
  size(): number;
};

export function createStaticAssets(directory: string): StaticAssets {
  const kept = new Map<string, Asset>();
  const pending = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let files: Set<string> | null = null;

  /** The build's files, as request paths, listed once (case and all: a path not listed goes to Next.js). */
  function inBuild(pathname: string): boolean {
    if (!files) {
      files = new Set();
      try {
        for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
          if (entry.isFile()) files.add(PREFIX + path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
        }
      } catch {
        // no build here (another folder, or `next build` not run): every request goes to Next.js
      }
    }
    return files.has(pathname);
  }

  async function load(pathname: string, extension: keyof typeof TYPES): Promise<void> {
    const file = path.join(directory, pathname.slice(PREFIX.length));
    if (!file.startsWith(directory + path.sep)) return;
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch {
      return; // gone since it was listed: Next.js answers, nothing is kept
    }
    // One after the other: a single thread of libuv's four, as for pages (compression.ts).
    const br = await brotliAsync(raw, brotliOnceOptions(raw.length));
    const gz = await gzipAsync(raw, { level: 9 });
    kept.set(pathname, { type: TYPES[extension], br, gzip: gz });
  }

  return {
    serve(request, response) {
      if (request.method !== "GET" && request.method !== "HEAD") return false;
      const url = request.url ?? "";
      if (!url.startsWith(PREFIX) || request.headers.range) return false;
      const pathname = url.split("?", 1)[0]!;
      const safe = SAFE_PATH.exec(pathname);
      if (!safe) return false;
      const asset = kept.get(pathname);
      if (!asset) {
        if (!pending.has(pathname) && pending.size < PENDING_MAX && inBuild(pathname)) {
          pending.add(pathname);
          queue = queue
            .then(() => load(pathname, safe[1] as keyof typeof TYPES))
            .catch(() => {}) // a file that cannot be read or compressed stays Next.js's to serve
            .finally(() => pending.delete(pathname));
        }
        return false;
      }
      const encoding = preferredEncoding(new Negotiator(request));
      if (encoding !== "br" && encoding !== "gzip") return false;
      const body = encoding === "br" ? asset.br : asset.gzip;
      response.writeHead(200, {
        "Content-Type": asset.type,
        "Content-Length": body.length,
        "Content-Encoding": encoding,
        "Cache-Control": IMMUTABLE,
        Vary: "Accept-Encoding",
      });
      response.end(request.method === "HEAD" ? undefined : body);
      return true;
    },
    async settled() {
      while (pending.size > 0) await queue;
    },
    size: () => kept.size,
  };
}

/** Stage "static assets": the build's files in `<dir>/.next/static`, answered from memory once compressed. */
export function staticAssetsStage(assets: StaticAssets): Stage {
  return {
    name: "static assets",
    run(request, response, next) {
      if (!assets.serve(request, response)) next();
    },
  };
}

/** The build's files of a production server started in `dir` (never under `next dev`, whose files change). */
export function buildStaticAssets(dir: string): StaticAssets {
  return createStaticAssets(path.join(dir, ".next", "static"));
}
