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
import { SEARCH_CONFIGS, searchConfig } from "./search-config";
import { PG_SEARCH_VECTOR, postgresSearchSql, sqliteSearchSql, type SearchEdition, type SearchStatements } from "./search-sql";

const normalise = (sql: string) => sql.replace(/\s+/g, " ").trim();

// The migration's default edition, and the French and Arabic ones the scratch databases add.
const ENGLISH: SearchEdition = { id: "default-edition", language: "en-GB" };
const FRENCH: SearchEdition = { id: "french-edition", language: "fr" };
const ARABIC: SearchEdition = { id: "arabic-edition", language: "ar" };

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

  it("is what both statements match against, and what the hits are ranked by, the words read in the edition's language", () => {
    const { hits, total } = postgresSearchSql(ENGLISH, ["harbour"], 0, 10, new Date());
    const query = "plainto_tsquery(CAST($n AS regconfig), $n)";
    const matching = normalise(`"searchVector" @@ ${query}`);
    for (const statement of [hits, total]) {
      assert.ok(normalise(statement.text.replace(/\$\d+/g, "$n")).includes(matching), statement.text);
      assert.ok(statement.values.includes("english"), "the configuration is a bound parameter");
    }
    assert.ok(normalise(hits.text.replace(/\$\d+/g, "$n")).includes(normalise(`ts_rank("searchVector", ${query})`)), hits.text);
    assert.ok(normalise(hits.text.replace(/\$\d+/g, "$n")).includes("ts_headline(CAST($n AS regconfig),"), hits.text);
    assert.ok(postgresSearchSql(FRENCH, ["grèves"], 0, 10, new Date()).hits.values.includes("french"));
    assert.ok(postgresSearchSql(ARABIC, ["انتخاب"], 0, 10, new Date()).hits.values.includes("arabic"));
  });

  it("takes the configuration from the fixed list whatever the edition's language says", () => {
    const { hits } = postgresSearchSql({ id: "x", language: `fr'); DROP TABLE "Article"; --` }, ["harbour"], 0, 10, new Date());
    assert.ok(!hits.sql.includes("DROP") && !hits.values.some((value) => typeof value === "string" && value.includes("DROP")), hits.sql);
    assert.ok(hits.values.includes("simple"));
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
      const { hits, total } = build(ENGLISH, [hostile], 20, 10, now);
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

const FRENCH_STORY = {
  title: "Les dockers reprennent le travail",
  standfirst: "Le port de Marseille rouvre après trois jours de grève.",
  bodyText: "Les navires sont de retour à quai.",
  status: "PUBLISHED",
  publishedAt: new Date(NOW.getTime() - day),
} as const;
const ARABIC_STORY = {
  title: "نتائج الانتخابات البلدية",
  bodyText: "أعلنت اللجنة النتائج صباح اليوم.",
  status: "PUBLISHED",
  publishedAt: new Date(NOW.getTime() - day),
} as const;
const SEEDED = ARTICLES.length + 3;

// Typed with the SQLite client, as lib/db.ts does: both share one API.
type Client = SqliteClient;

async function seedArticles(client: Client): Promise<Map<string, string>> {
  const author = await client.author.create({ data: { handle: "reporter", displayName: "Reporter" } });
  const titles = new Map<string, string>();
  for (const [index, article] of ARTICLES.entries()) {
    const created = await client.article.create({ data: { ...article, slug: `article-${index}`, editionId: ENGLISH.id, authorId: author.id } });
    titles.set(created.id, created.title);
  }
  // The same story in another edition: never a hit of the default edition's search.
  await client.edition.create({ data: { id: FRENCH.id, language: FRENCH.language, name: "Français", path: "fr" } });
  await client.article.create({ data: { ...ARTICLES[1]!, slug: "article-1", editionId: FRENCH.id, authorId: author.id } });
  // Stories in French and Arabic, in their editions.
  await client.edition.create({ data: { id: ARABIC.id, language: ARABIC.language, name: "العربية", path: "ar", direction: "RTL" } });
  for (const [editionId, article] of [
    [FRENCH.id, FRENCH_STORY],
    [ARABIC.id, ARABIC_STORY],
  ] as const) {
    const created = await client.article.create({ data: { ...article, slug: "story", editionId, authorId: author.id } });
    titles.set(created.id, created.title);
  }
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
      const result = await run(client, build(ENGLISH, ["harbour"], 0, 10, NOW), titles);
      assert.deepEqual(result.titles, ["Harbour tolls rise", "Weather", "Council meets"]);
      assert.equal(result.total, 3);
      assert.ok(result.snippets[1]!.includes(`${MATCH_START}harbour${MATCH_END}`), result.snippets[1]);
    });

    it("pages with the total of every page, stems, and requires every word", async () => {
      const second = await run(client, build(ENGLISH, ["harbour"], 1, 1, NOW), titles);
      assert.deepEqual([second.titles, second.total], [["Weather"], 3]);
      assert.equal((await run(client, build(ENGLISH, ["harbours"], 0, 10, NOW), titles)).total, 3);
      assert.deepEqual((await run(client, build(ENGLISH, ["harbour", "tolls"], 0, 10, NOW), titles)).titles, ["Harbour tolls rise"]);
      assert.deepEqual(await run(client, build(ENGLISH, ["lighthouse"], 0, 10, NOW), titles), { titles: [], snippets: [], total: 0 });
    });

    it("treats hostile words as words", async () => {
      assert.deepEqual(await run(client, build(ENGLISH, [`x'); DROP TABLE "Article"; --`], 0, 10, NOW), titles), { titles: [], snippets: [], total: 0 });
      assert.equal(await client.article.count(), SEEDED);
    });

    if (engine === "PostgreSQL") {
      const configOf = async (editionId: string) =>
        (await client.$queryRaw<{ config: string }[]>`SELECT DISTINCT "searchConfig"::text AS config FROM "Article" WHERE "editionId" = ${editionId}`).map((row) => row.config);

      it("reads each edition in its own language: a French inflection, an Arabic prefix, English as before", async () => {
        assert.deepEqual(await configOf(ENGLISH.id), ["english"]);
        assert.deepEqual(await configOf(FRENCH.id), ["french"]);
        assert.deepEqual(await configOf(ARABIC.id), ["arabic"]);
        // "grèves" finds "grève" (English stemming keeps them apart), and the snippet marks it.
        const french = await run(client, build(FRENCH, ["grèves"], 0, 10, NOW), titles);
        assert.deepEqual([french.titles, french.total], [[FRENCH_STORY.title], 1]);
        assert.ok(french.snippets[0]!.includes(`${MATCH_START}grève${MATCH_END}`), french.snippets[0]);
        // The Arabic stemmer removes the article and prepositions: "انتخاب" (election) finds
        // "الانتخابات" (the elections), and so does "للانتخابات" (for the elections).
        for (const word of ["انتخاب", "للانتخابات"]) assert.deepEqual((await run(client, build(ARABIC, [word], 0, 10, NOW), titles)).titles, [ARABIC_STORY.title], word);
        assert.equal((await run(client, build(ENGLISH, ["grèves"], 0, 10, NOW), titles)).total, 0);
      });

      it("reads an article again in its new edition's language, and every article of an edition whose language changes", async () => {
        const story = await client.article.findFirstOrThrow({ where: { editionId: FRENCH.id, slug: "story" }, select: { id: true } });
        await client.article.update({ where: { id: story.id }, data: { editionId: ENGLISH.id, slug: "moved-story" } });
        assert.deepEqual((await client.$queryRaw<{ config: string }[]>`SELECT "searchConfig"::text AS config FROM "Article" WHERE "id" = ${story.id}`)[0]?.config, "english");
        assert.equal((await run(client, build(ENGLISH, ["grèves"], 0, 10, NOW), titles)).total, 0);
        assert.deepEqual((await run(client, build(ENGLISH, ["grève"], 0, 10, NOW), titles)).titles, [FRENCH_STORY.title]);
        await client.article.update({ where: { id: story.id }, data: { editionId: FRENCH.id, slug: "story" } });
        assert.equal((await run(client, build(FRENCH, ["grèves"], 0, 10, NOW), titles)).total, 1);

        // Settings → Editions changes the Arabic edition's language, then changes it back.
        await client.edition.update({ where: { id: ARABIC.id }, data: { language: "fr-CA" } });
        assert.deepEqual(await configOf(ARABIC.id), ["french"]);
        assert.equal((await run(client, build({ id: ARABIC.id, language: "fr-CA" }, ["انتخاب"], 0, 10, NOW), titles)).total, 0);
        await client.edition.update({ where: { id: ARABIC.id }, data: { language: ARABIC.language } });
        assert.deepEqual(await configOf(ARABIC.id), ["arabic"]);
        assert.equal((await run(client, build(ARABIC, ["انتخاب"], 0, 10, NOW), titles)).total, 1);
      });

      it("builds each article's vector with the configuration lib/search/search-config.ts names for its edition's language", async () => {
        const languages = [...Object.keys(SEARCH_CONFIGS), "en-GB", "es-419", "ar-u-nu-latn", "FR-ca", "pt-BR", "zh-Hant", "ja", "und", "", "x"];
        for (const language of languages) {
          const [{ config }] = await client.$queryRaw<[{ config: string }]>`SELECT search_config(${language})::text AS config`;
          assert.equal(config, searchConfig(language), language);
        }
      });

      it("uses the GIN index (EXPLAIN)", async () => {
        // Enough published articles that reading them all would cost more than the index, as in production.
        await client.$executeRaw`INSERT INTO "Article" ("id", "slug", "editionId", "title", "bodyText", "status", "publishedAt", "authorId", "updatedAt")
          SELECT 'bulk-' || n, 'bulk-' || n, 'default-edition', 'Filler ' || n, repeat('Nothing to see here. ', 50), 'PUBLISHED', CAST(${NOW} AS timestamp(3)) - n * interval '1 hour', (SELECT "id" FROM "Author" LIMIT 1), now()
            FROM generate_series(1, 3000) AS n`;
        await client.$executeRaw`ANALYZE "Article"`;
        const { hits, total } = build(ENGLISH, ["harbour"], 0, 10, NOW);
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
