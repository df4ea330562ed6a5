import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asPostgres, currentShell, explainPostgresError, postgresTarget } from "./postgres-errors";

const target = postgresTarget("postgresql://gazette:secret@db.example:5433/news", {});

describe("postgresTarget", () => {
  it("reads host, port, role and database from the URL", () => {
    assert.deepEqual(target, { host: "db.example", port: "5433", user: "gazette", database: "news" });
  });

  it("fills in libpq's defaults, and a Unix socket's folder", () => {
    assert.deepEqual(postgresTarget("postgresql://localhost", {}, "alice"), { host: "localhost", port: "5432", user: "alice", database: "alice" });
    assert.deepEqual(postgresTarget("postgres://gazette@/gazette?host=/var/run/postgresql", {}), {
      host: "/var/run/postgresql",
      port: "5432",
      user: "gazette",
      database: "gazette",
    });
    assert.equal(postgresTarget("postgresql://", { PGUSER: "bob", PGHOST: "pg" }).host, "pg");
  });
});

describe("explainPostgresError", () => {
  // These machines run setup as root and have no sudo: the sentences say what works there.
  const explain = (error: unknown) => explainPostgresError(error, target, "root");

  it("server not running: says where it looked and how to start it", () => {
    const sentence = explain(Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5433"), { code: "ECONNREFUSED" }));
    assert.match(sentence!, /^Cannot reach PostgreSQL at db\.example:5433: is the server running\?/);
    assert.match(sentence!, /pg_ctlcluster 15 main start/);
    // Node reports a host with several addresses as an AggregateError of refusals.
    const aggregate = new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })], "");
    assert.equal(explain(aggregate), sentence);
  });

  it("unknown host", () => {
    assert.match(explain({ code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND db.example" })!, /Cannot find the PostgreSQL host "db\.example"/);
  });

  it("wrong password or no such role (28P01): how to create the role", () => {
    const sentence = explain({ code: "28P01", message: 'password authentication failed for user "gazette"' });
    assert.match(sentence!, /refused the password for role "gazette"/);
    assert.match(sentence!, /su postgres -c "createuser --pwprompt gazette"/);
    assert.doesNotMatch(sentence!, /sudo/);
  });

  it("no such role (28000), and the two other 28000 cases", () => {
    assert.match(explain({ code: "28000", message: 'role "gazette" does not exist' })!, /no role "gazette".*createuser --pwprompt gazette/);
    assert.match(explain({ code: "28000", message: 'no pg_hba.conf entry for host "10.0.0.9"' })!, /pg_hba\.conf/);
    assert.match(explain({ code: "28000", message: 'Peer authentication failed for user "gazette"' })!, /postgresql:\/\/gazette:PASSWORD@localhost:5433\/news/);
  });

  it("no such database (3D000): createdb owned by the role", () => {
    assert.equal(
      explain({ code: "3D000", message: 'database "news" does not exist' }),
      'PostgreSQL has no database "news": create it, owned by "gazette", with su postgres -c "createdb -O gazette news".',
    );
  });

  it("database owned by another role (42501 on schema public)", () => {
    const sentence = explain({ code: "42501", message: "permission denied for schema public" });
    assert.match(sentence!, /owned by another role/);
    assert.match(sentence!, /createdb -O gazette news/);
    assert.match(sentence!, /ALTER DATABASE news OWNER TO gazette/);
  });

  it("leaves other errors alone", () => {
    assert.equal(explain({ code: "42P01", message: 'relation "x" does not exist' }), undefined);
    assert.equal(explain(new Error("something else")), undefined);
    assert.equal(explain(undefined), undefined);
  });
});

describe("commands as the postgres user, for whoever runs setup", () => {
  it("root: su postgres -c, quotes escaped; no sudo anywhere", () => {
    assert.equal(asPostgres("createdb -O gazette news", "root"), 'su postgres -c "createdb -O gazette news"');
    assert.equal(asPostgres('psql -c "ALTER DATABASE news OWNER TO gazette"', "root"), 'su postgres -c "psql -c \\"ALTER DATABASE news OWNER TO gazette\\""');
    for (const error of [{ code: "ECONNREFUSED" }, { code: "28P01" }, { code: "28000", message: "" }, { code: "3D000" }, { code: "42501", message: "permission denied for schema public" }, { code: "42501", message: "x" }]) {
      assert.doesNotMatch(explainPostgresError(error, target, "root")!, /sudo/);
    }
    assert.match(explainPostgresError({ code: "ECONNREFUSED" }, target, "root")!, /on Debian: pg_ctlcluster 15 main start, or service postgresql start/);
  });

  it("a user with sudo gets sudo; one without is told to run it as root", () => {
    assert.equal(asPostgres("createdb -O gazette news", "sudo"), "sudo -u postgres createdb -O gazette news");
    assert.equal(asPostgres("createdb -O gazette news", "plain"), '(as root) su postgres -c "createdb -O gazette news"');
    assert.match(explainPostgresError({ code: "ECONNREFUSED" }, target, "plain")!, /\(as root\) pg_ctlcluster/);
  });

  it("knows root by its uid and sudo by the PATH", () => {
    assert.equal(currentShell(0, ""), "root");
    assert.equal(currentShell(1000, "/nonexistent"), "plain");
  });
});
