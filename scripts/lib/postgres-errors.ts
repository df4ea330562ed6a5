// What to do when setup cannot use a PostgreSQL database: each failure a newcomer meets (server not
// running, no role or a wrong password, no database, a database owned by another role) as one
// sentence with the command that fixes it. Pure: no connection here (see scripts/lib/database.ts).
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { userInfo } from "node:os";

/** Where a postgresql:// URL points, with libpq's defaults for what it leaves out. */
export type PostgresTarget = { host: string; port: string; user: string; database: string };

export function postgresTarget(url: string, env: Record<string, string | undefined> = process.env, osUser = userInfo().username): PostgresTarget {
  // A URL with no host (`postgresql://user@/db?host=/var/run/postgresql`, a Unix socket) is valid
  // for libpq and pg but not for URL: parse it with a stand-in host.
  const NO_HOST = "no-host.invalid";
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^(postgres(?:ql)?:\/\/(?:[^@/?]*@)?)(?=[/?]|$)/i, `$1${NO_HOST}`));
  } catch {
    parsed = new URL(`postgresql://${NO_HOST}`);
  }
  const hostname = parsed.hostname === NO_HOST ? "" : decodeURIComponent(parsed.hostname);
  const user = decodeURIComponent(parsed.username) || env.PGUSER || osUser;
  return {
    host: hostname || parsed.searchParams.get("host") || env.PGHOST || "localhost",
    port: parsed.port || parsed.searchParams.get("port") || env.PGPORT || "5432",
    user,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || env.PGDATABASE || user,
  };
}

/** Who runs the command: root, a user with sudo, or neither (many containers and CI machines have no sudo). */
export type Shell = "root" | "sudo" | "plain";

export function currentShell(uid = process.getuid?.(), path = process.env.PATH ?? ""): Shell {
  if (uid === 0) return "root";
  return path.split(delimiter).some((dir) => dir && existsSync(join(dir, "sudo"))) ? "sudo" : "plain";
}

/** A command run as the postgres system user, written the way it works for whoever reads it. */
export function asPostgres(command: string, shell: Shell): string {
  if (shell === "sudo") return `sudo -u postgres ${command}`;
  const su = `su postgres -c "${command.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  return shell === "root" ? su : `(as root) ${su}`;
}

/** A command run as root. */
function asRoot(command: string, shell: Shell): string {
  return shell === "root" ? command : shell === "sudo" ? `sudo ${command}` : `(as root) ${command}`;
}

/** A sentence saying what went wrong and what to run, or undefined when the error is not one we know. */
export function explainPostgresError(error: unknown, target: PostgresTarget, shell: Shell = currentShell()): string | undefined {
  const { code, message } = errorFields(error);
  const { host, port, user, database } = target;
  const createRole = asPostgres(`createuser --pwprompt ${user}`, shell);
  const createDatabase = asPostgres(`createdb -O ${user} ${database}`, shell);
  const changeOwner = asPostgres(`psql -c "ALTER DATABASE ${database} OWNER TO ${user}"`, shell);
  const START_SERVER = `on Debian: ${asRoot("pg_ctlcluster 15 main start", shell)}, or ${asRoot("service postgresql start", shell)}`;

  switch (code) {
    case "ECONNREFUSED":
    case "ENOENT": // Unix socket missing: the server is not running either.
      return `Cannot reach PostgreSQL at ${host}:${port}: is the server running? Start it (${START_SERVER}) or correct the host and port in DATABASE_URL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot find the PostgreSQL host "${host}": correct the host in DATABASE_URL.`;
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `PostgreSQL at ${host}:${port} does not answer: check the host and port in DATABASE_URL, and that no firewall is in the way.`;
    case "28P01": // PostgreSQL answers a missing role with the same error as a wrong password.
      return `PostgreSQL refused the password for role "${user}": the role does not exist, or its password is not the one in DATABASE_URL. Create the role with ${createRole} (or set its password with ${asPostgres(`psql -c "ALTER ROLE ${user} PASSWORD '…'"`, shell)}).`;
    case "28000":
      if (/pg_hba\.conf/.test(message)) {
        return `PostgreSQL at ${host}:${port} accepts no connection from this address as role "${user}" to database "${database}" (no pg_hba.conf entry): connect through localhost, or add a line for it to pg_hba.conf.`;
      }
      if (/peer authentication/i.test(message)) {
        return `PostgreSQL refused role "${user}" on its local socket (peer authentication needs a system user of the same name): connect through TCP with a password instead, postgresql://${user}:PASSWORD@localhost:${port}/${database}.`;
      }
      return `PostgreSQL has no role "${user}": create it with ${createRole} and put its password in DATABASE_URL.`;
    case "3D000":
      return `PostgreSQL has no database "${database}": create it, owned by "${user}", with ${createDatabase}.`;
    case "42501":
      if (/schema public/.test(message)) {
        return `Role "${user}" may not create tables in database "${database}" (permission denied for schema public): the database is owned by another role, and since PostgreSQL 15 only the owner may create in its public schema. Create it owned by "${user}" (${createDatabase}), or hand over an existing one with ${changeOwner}.`;
      }
      return `Role "${user}" lacks a privilege in database "${database}" (${message}): make "${user}" the database's owner with ${changeOwner}.`;
    default:
      return undefined;
  }
}

function errorFields(error: unknown): { code: string; message: string } {
  if (typeof error !== "object" || error === null) return { code: "", message: String(error) };
  const fields = error as { code?: unknown; message?: unknown; errors?: unknown };
  // Node reports a refused connection to several addresses of one host as an AggregateError.
  if (!fields.code && Array.isArray(fields.errors) && fields.errors.length) return errorFields(fields.errors[0]);
  return { code: typeof fields.code === "string" ? fields.code : "", message: typeof fields.message === "string" ? fields.message : "" };
}
