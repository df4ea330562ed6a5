// Start the fleet the way a person does, `npm run fleet`, on a wiped test database; stop it after.
import { spawnSync } from "node:child_process";
import { resetDatabase } from "../../scripts/lib/database";

function fleet(...args: string[]) {
  const ports = ["--port", process.env.FLEET_PORT!, "--nginx-port", process.env.FLEET_NGINX_PORT!, "--redis-port", process.env.FLEET_REDIS_PORT!];
  const result = spawnSync("npm", ["run", "--silent", "fleet", "--", ...args, ...ports], { stdio: "inherit", env: { ...process.env, REDIS_URL: "" } });
  if (result.status !== 0) throw new Error(`npm run fleet -- ${args.join(" ")} failed`);
}

export default async function globalSetup() {
  fleet("stop");
  await resetDatabase(process.env.DATABASE_URL!);
  fleet("start");
  return () => fleet("stop");
}
