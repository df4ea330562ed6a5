// A real S3-compatible server for the tests (s3rver from npm, a devDependency: nothing to install
// beyond `npm ci`). Unit tests, Playwright specs and .ci/run start it through here; it is never a mock:
// the AWS SDK talks HTTP to it as it would to a bucket. s3rver accepts the key pair S3RVER/S3RVER.
//   npx tsx scripts/lib/s3-test-server.ts   (listens on S3_TEST_PORT, default 4569, until stopped;
//   its files in S3_TEST_DIR, kept, or in a scratch folder removed when it stops)
// `npm run fleet -- --media s3` runs it this way for its instances (scripts/lib/fleet.ts).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const S3_TEST_CREDENTIALS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" } as const;

export type S3TestServer = {
  endpoint: string;
  port: number;
  bucket: string;
  /** The environment a Gazette process needs to keep its media in this bucket. */
  env: Record<string, string>;
  stop: () => Promise<void>;
};

/** The port from S3_TEST_PORT (CI and parallel runs move it), else 4569; 0 for any free port. */
export function s3TestPort(): number {
  const port = Number(process.env.S3_TEST_PORT ?? 4569);
  return Number.isInteger(port) && port >= 0 && port < 65536 ? port : 4569;
}

/** The environment a Gazette process needs to keep its media in the test server's `bucket` at `endpoint`. */
export function s3TestEnv(endpoint: string, bucket = "gazette-media"): Record<string, string> {
  return { MEDIA_STORAGE: "s3", S3_BUCKET: bucket, S3_REGION: "us-east-1", S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: "true", ...S3_TEST_CREDENTIALS };
}

/** Start s3rver with `bucket`; its objects in `directory` (kept) or in a scratch folder that stop() removes. */
export async function startS3TestServer(options: { port?: number; bucket?: string; directory?: string } = {}): Promise<S3TestServer> {
  const bucket = options.bucket ?? "gazette-media";
  // Imported here: the fleet imports this module without needing s3rver unless it runs a bucket.
  const { default: S3rver } = await import("s3rver");
  const directory = options.directory ?? (await mkdtemp(path.join(tmpdir(), "gazette-s3rver-")));
  if (options.directory) await mkdir(directory, { recursive: true });
  const server = new S3rver({ address: "127.0.0.1", port: options.port ?? s3TestPort(), silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const address = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    port: address.port,
    bucket,
    env: s3TestEnv(endpoint, bucket),
    stop: async () => {
      await server.close();
      if (!options.directory) await rm(directory, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = await startS3TestServer({ directory: process.env.S3_TEST_DIR || undefined });
  console.log(`s3rver: bucket ${server.bucket} at ${server.endpoint}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
