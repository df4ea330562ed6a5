import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect } from "@playwright/test";

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/**
 * A second Gazette process on the same build, for specs that need other settings than the test
 * server's: it inherits the test environment, with `env` on top (a value of undefined removes one).
 */
export async function startSecondServer(env: Record<string, string | undefined> = {}): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const merged: NodeJS.ProcessEnv = { ...process.env, SITE_URL: url };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts", "--port", String(port)], { env: merged, stdio: "ignore" });
  await expect(async () => expect((await fetch(`${url}/robots.txt`)).ok).toBe(true)).toPass({ timeout: 30_000 });
  return { url, stop: () => server.kill() };
}
