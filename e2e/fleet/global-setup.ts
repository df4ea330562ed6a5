// Start the fleet the way a person does, `npm run fleet`, on a wiped test database; stop it after.
// Media in the fleet's own bucket (S3_BUCKET emptied: never one a .env names), a folder per instance.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resetDatabase } from "../../scripts/lib/database";
import { bucketDir } from "../../scripts/lib/fleet";

function fleet(...args: string[]) {
  const ports = ["--port", process.env.FLEET_PORT!, "--nginx-port", process.env.FLEET_NGINX_PORT!, "--redis-port", process.env.FLEET_REDIS_PORT!, "--s3-port", process.env.FLEET_S3_PORT!];
  const result = spawnSync("npm", ["run", "--silent", "fleet", "--", ...args, ...ports, "--media", "s3"], { stdio: "inherit", env: { ...process.env, REDIS_URL: "", S3_BUCKET: "" } });
  if (result.status !== 0) throw new Error(`npm run fleet -- ${args.join(" ")} failed`);
}

export default async function globalSetup() {
  fleet("stop");
  await resetDatabase(process.env.DATABASE_URL!);
  // The bucket's objects belong to the wiped database.
  rmSync(bucketDir(Number(process.env.FLEET_NGINX_PORT)), { recursive: true, force: true });
  fleet("start");
  return () => fleet("stop");
}
