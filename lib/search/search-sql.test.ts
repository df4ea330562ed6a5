import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createClient } from "@libsql/client";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma } from "@/lib/db";
import { createSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { isPostgresUrl } from "@/lib/db/url";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { MATCH_END, MATCH_START } from "./query-text";
import { PG_SEARCH_VECTOR, postgresSearchSql, sqliteSearchSql, type SearchStatements } from "./search-sql";

const normalise = (sql: string) => sql.replace(/\s+/g, " ").trim();

/** The migration files of a folder, oldest first (the order `prisma migrate deploy` applies them). */
function migrations(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
}

/** The expression of the last `ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (expression) STORED;`. */
function storedExpression(sql: string): string | undefined {
  const found = [...sql.matchAll(/ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS \(([\s\S]*?)\) STORED;/g)];
  return found.at(-1)?.[1];
}

describe("PostgreSQL search document", () => {
  it("is the expression of the stored column the migrations create, and the GIN index covers that column", () => {
    const all = migrations("prisma/postgres/migrations");
    const expressions = all.map(storedExpression).filter((found) => found !== undefined);
    assert.ok(expressions.length > 0, "a PostgreSQL migration adds Article.searchVector");
    assert.equal(normalise(PG_SEARCH_VECTOR), normalise(expressions.at(-1)!));
    const lastIndex = all.flatMap((sql) => [...sql.matchAll(/CREATE INDEX "Article_search_idx" ON "Article" USING GIN \(([^;]*)\);/g)]).at(-1);
    assert.equal(lastIndex?.[1], '"searchVector"');
  });

  it("is what both statements match against, and what the hits are ranked by", () => {
    const { hits, total } = postgresSearchSql("default-edition", ["harbour"], 0, 10, new Date());
    const matching = normalise(`"searchVector" @@ plainto_tsquery('english', $n)`);
    for (const statement of [hits, total]) assert.ok(normalise(statement.text.replace(/\$\d+/g, "$n")).includes(matching), statement.text);
    assert.ok(normalise(hits.text.replace(/\$\d+/g, "$n")).includes(normalise(`ts_rank("searchVector", plainto_tsquery('english', $n))`)), hits.text);
  });
});

describe("search statements", () => {
  const hostile = `x'); DROP TABLE "Article"; --`;
  const now = new Date("2026-06-01T12:00:00Z");
  for (const [engine, build] of [
    ["SQLite", sqliteSearchSql],
    ["PostgreSQL", postgresSearchSql],
  ] as const) {
    it(`${engine}: the words, time, statuses and page are bound parameters, never SQL text`, () => {
      const { hits, total } = build("default-edition", [hostile], 20, 10, now);
      for (const statement of [hits, total]) {
        assert.ok(!statement.sql.includes("DROP"), statement.sql);
        assert.ok(!/'(DRAFT|PUBLISHED)'/.test(statement.sql), "statuses are parameters");
        assert.ok(statement.values.some((value) => typeof value === "string" && value.includes(hostile)));
        assert.ok(statement.values.includes("PUBLISHED"));
      }
      assert.ok(hits.values.includes(20) && hits.values.includes(10), "offset and limit");
    });
  }
});

// The statements run on a scratch database with every migration applied: the same ranking, the
// same publication filter, the same counts on both engines.
const day = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-01T12:00:00Z");
type Fixture = { title: string; standfirst?: string; bodyText?: string; status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED"; publishedAt: Date | null };
const ARTICLES: Fixture[] = [
  { title: "Council meets", bodyText: "The harbour came up twice, the harbour again.", status: "PUBLISHED", publishedAt: new Date(NOW.getTime() - day) },
  { title: "Harbour tolls rise", standfirst: "Ships pay more.", bodyText: "From Monday.", status: "PUBLISHED", publishedAt: new Date(NOW.getTime() - 2 * day) },
  { title: "Weather", standfirst: "Storm over the harbour tonight.", bodyText: "Winds.", status: "SCHEDULED", publishedAt: new Date(NOW.getTime() - 1000) },
  { title: "Harbour draft", status: "DRAFT", publishedAt: null },
  { title: "Harbour in review", status: "IN_REVIEW", publishedAt: null },
  { title: "Harbour archived", status: "ARCHIVED", publishedAt: new Date(NOW.getTime() - 3 * day) },
  { title: "Harbour tomorrow", status: "SCHEDULED", publishedAt: new Date(NOW.getTime() + 1000) },
  { title: "Harbour dated later", status: "PUBLISHED", publishedAt: new Date(NOW.getTime() + day) },
];

// Typed with the SQLite client, as lib/db.ts does: both share one API.
type Client = SqliteClient;

async function seedArticles(client: Client): Promise<Map<string, string>> {
  const author = await client.author.create({ data: { handle: "reporter", displayName: "Reporter" } });
  const titles = new Map<string, string>();
  for (const [index, article] of ARTICLES.entries()) {
    const created = await client.article.create({ data: { ...article, slug: `article-${index}`, editionId: "default-edition", authorId: author.id } });
    titles.set(created.id, created.title);
  }
  // The same story in another edition: never a hit of the default edition's search.
  await client.edition.create({ data: { id: "french-edition", language: "fr", name: "Français", path: "fr" } });
  await client.article.create({ data: { ...ARTICLES[1]!, slug: "article-1", editionId: "french-edition", authorId: author.id } });
  return titles;
}

async function run(client: Client, statements: SearchStatements, titles: Map<string, string>) {
  const hits = await client.$queryRaw<{ id: string; snippet: string }[]>(statements.hits);
  const [{ total }] = await client.$queryRaw<[{ total: number | bigint }]>(statements.total);
  return { titles: hits.map((hit) => titles.get(hit.id)), snippets: hits.map((hit) => hit.snippet), total: Number(total) };
}

function behavesLikeSearch(engine: string, build: typeof sqliteSearchSql, connect: () => Promise<{ client: Client; close: () => Promise<void> }>) {
  describe(`${engine} search on a scratch database`, () => {
    let client: Client;
    let close: () => Promise<void>;
    let titles: Map<string, string>;
    before(async () => {
      ({ client, close } = await connect());
      titles = await seedArticles(client);
    });

    it("ranks a title match first, then the standfirst, then the body, and shows only what readers may see", async () => {
      const result = await run(client, build("default-edition", ["harbour"], 0, 10, NOW), titles);
      assert.deepEqual(result.titles, ["Harbour tolls rise", "Weather", "Council meets"]);
      assert.equal(result.total, 3);
      assert.ok(result.snippets[1]!.includes(`${MATCH_START}harbour${MATCH_END}`), result.snippets[1]);
    });

    it("pages with the total of every page, stems, and requires every word", async () => {
      const second = await run(client, build("default-edition", ["harbour"], 1, 1, NOW), titles);
      assert.deepEqual([second.titles, second.total], [["Weather"], 3]);
      assert.equal((await run(client, build("default-edition", ["harbours"], 0, 10, NOW), titles)).total, 3);
      assert.deepEqual((await run(client, build("default-edition", ["harbour", "tolls"], 0, 10, NOW), titles)).titles, ["Harbour tolls rise"]);
      assert.deepEqual(await run(client, build("default-edition", ["lighthouse"], 0, 10, NOW), titles), { titles: [], snippets: [], total: 0 });
    });

    it("treats hostile words as words", async () => {
      assert.deepEqual(await run(client, build("default-edition", [`x'); DROP TABLE "Article"; --`], 0, 10, NOW), titles), { titles: [], snippets: [], total: 0 });
      assert.equal(await client.article.count(), ARTICLES.length + 1);
    });

    if (engine === "PostgreSQL") {
      it("uses the GIN index (EXPLAIN)", async () => {
        // Enough published articles that reading them all would cost more than the index, as in production.
        await client.$executeRaw`INSERT INTO "Article" ("id", "slug", "editionId", "title", "bodyText", "status", "publishedAt", "authorId", "updatedAt")
          SELECT 'bulk-' || n, 'bulk-' || n, 'default-edition', 'Filler ' || n, repeat('Nothing to see here. ', 50), 'PUBLISHED', CAST(${NOW} AS timestamp(3)) - n * interval '1 hour', (SELECT "id" FROM "Author" LIMIT 1), now()
            FROM generate_series(1, 3000) AS n`;
        await client.$executeRaw`ANALYZE "Article"`;
        const { hits, total } = build("default-edition", ["harbour"], 0, 10, NOW);
        for (const statement of [hits, total]) {
          const plan = await client.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${statement}`);
          const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
          assert.match(text, /Article_search_idx/, text);
        }
      });
    }

    after(async () => {
      await close();
    });
  });
}

behavesLikeSearch("SQLite", sqliteSearchSql, async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-search-"));
  const url = `file:${path.join(folder, "search.db")}`;
  const scratch = createClient({ url });
  for (const sql of migrations("prisma/migrations")) await scratch.executeMultiple(sql);
  scratch.close();
  const client = new SqliteClient({ adapter: createSqliteAdapter(url) });
  return {
    client,
    close: async () => {
      await client.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});

// PostgreSQL only when TEST_DATABASE_URL names one; the statements get a schema of their own there,
// dropped afterwards, so a database the end-to-end tests are using is left alone.
const postgresUrl = process.env.TEST_DATABASE_URL && isPostgresUrl(process.env.TEST_DATABASE_URL) ? process.env.TEST_DATABASE_URL : undefined;
if (postgresUrl) {
  behavesLikeSearch("PostgreSQL", postgresSearchSql, async () => {
    const schema = `unit_search_${randomUUID().replaceAll("-", "")}`;
    const config = { connectionString: postgresUrl, options: `-c search_path=${schema}` };
    const admin = new pg.Client(config);
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    for (const sql of migrations("prisma/postgres/migrations")) await admin.query(sql);
    const client = new PostgresClient({ adapter: new PrismaPg(config, { schema }) }) as unknown as Client;
    return {
      client,
      close: async () => {
        await client.$disconnect();
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
        await admin.end();
      },
    };
  });
} else {
  it("PostgreSQL search on a scratch database", { skip: "set TEST_DATABASE_URL to a PostgreSQL URL" }, () => {});
}
