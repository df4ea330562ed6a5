// The statements behind an author's page and feed: the articles on which they have a byline, newest
// first, and how many. Prisma writes `bylines: { some: { authorId } }` as `id IN (subquery)`, which
// SQLite evaluates by walking every published article (about 7 times slower than `authorId = ?` at
// 100,000 articles). Starting from the author's bylines (indexed by authorId) and looking each
// article up by id reads only that author's rows. `CROSS JOIN` is how SQLite is told to keep that
// order (its planner, without statistics, would otherwise start from the articles again);
// PostgreSQL treats it as an inner join and plans it from its own statistics. Pure: nothing runs here.
import { VISIBLE_STATUSES } from "@/lib/articles/visibility";
import { Prisma } from "@/lib/db";

/** SQLite keeps Prisma's DateTime as ISO text with an explicit offset; PostgreSQL takes a Date. */
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** `editionId`: only the author's articles in that edition (an author writes in several). */
export function bylineArticleSql(engine: "sqlite" | "postgres", editionId: string, authorId: string, now: Date, skip: number, take: number) {
  const time = engine === "sqlite" ? sqliteTime(now) : now;
  const from = Prisma.sql`FROM "ArticleByline" b CROSS JOIN "Article" a
    WHERE a."id" = b."articleId" AND b."authorId" = ${authorId} AND a."editionId" = ${editionId} AND a."status" IN (${Prisma.join(VISIBLE_STATUSES)}) AND a."publishedAt" <= ${time}`;
  return {
    ids: Prisma.sql`SELECT a."id" AS id ${from} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${take} OFFSET ${skip}`,
    total: Prisma.sql`SELECT count(*) AS total ${from}`,
  };
}
