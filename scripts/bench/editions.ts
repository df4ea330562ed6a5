// `npm run bench -- --editions`: the Arabic edition's article page beside the English one, on the same
// server, in the same run (docs/decisions/058-right-to-left.md). The bench database gets an Arabic
// edition (path `ar`, right to left) and one article in it shaped like the English bench article in the
// middle of the dataset (eight paragraphs of the same length, a Latin byline, five replies); then both
// pages are loaded in alternating one-second slices (pairedComparison, the fairest ratio on a busy
// machine), as shipped (page memory in front) and on the render path (every request through Next.js),
// plain and gzip. A ratio near 1 is the goal: the edition's path goes through the proxy and its own
// cached page, nothing else.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bodyColumns } from "../../lib/content/stored-body";
import { root } from "../lib/run";
import { load, startServer, waitForServer } from "./common";
import { ARTICLES, DATABASE, DURATION, PORT, REPLIES_PER_ARTICLE } from "./options";
import { pairedComparison } from "./pages";

export const ARABIC_BENCH_ID = "edition-bench-ar";
const ARABIC_SLUG = "bench-article-ar";

/** The Arabic edition and its one bench article (again the same on every run: upserts). */
async function seedArabicArticle(middle: number) {
  const { db } = await import("../../lib/db");
  const edition = await db.edition.upsert({
    where: { path: "ar" },
    create: { language: "ar", name: "العربية", path: "ar", direction: "RTL", position: 2 },
    update: {},
    select: { id: true },
  });
  const category = await db.category.upsert({
    where: { editionId_slug: { editionId: edition.id, slug: "bench" } },
    create: { slug: "bench", name: "قياس", editionId: edition.id },
    update: {},
  });
  const english = await db.article.findUniqueOrThrow({ where: { id: `bench-${middle}` }, select: { authorId: true, publishedAt: true } });
  // As long as the English paragraphs ("Paragraph p about the …" and six sentences): about 260 characters.
  const paragraph = (p: number) => `الفقرة ${p} عن الميناء. ${"ويتواصل التقرير بمزيد من التفاصيل حول ما جرى. ".repeat(5)}`;
  const columns = bodyColumns({ type: "doc", content: Array.from({ length: 8 }, (_, p) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text: paragraph(p) }] })) });
  const fields = {
    slug: ARABIC_SLUG,
    title: `قصة قياس عن الميناء رقم ${middle}`,
    standfirst: `ما الذي حدث في الميناء في القصة ${middle}.`,
    ...columns,
    status: "PUBLISHED" as const,
    publishedAt: english.publishedAt,
    firstPublishedAt: english.publishedAt,
    authorId: english.authorId,
    categoryId: category.id,
    editionId: edition.id,
  };
  await db.article.upsert({ where: { id: ARABIC_BENCH_ID }, create: { id: ARABIC_BENCH_ID, ...fields }, update: fields });
  if ((await db.articleByline.count({ where: { articleId: ARABIC_BENCH_ID } })) === 0) {
    await db.articleByline.create({ data: { articleId: ARABIC_BENCH_ID, authorId: english.authorId, position: 0 } });
  }
  if ((await db.reply.count({ where: { articleId: ARABIC_BENCH_ID } })) === 0) {
    await db.reply.createMany({
      data: Array.from({ length: REPLIES_PER_ARTICLE }, (_, r) => ({
        articleId: ARABIC_BENCH_ID,
        authorName: `Reader ${r}`,
        authorEmail: `reader-${r}@example.net`,
        body: `تعليق على ${fields.title}.`,
        status: "APPROVED" as const,
      })),
    });
  }
  await db.$disconnect();
}

export async function editionsBench() {
  const middle = Math.floor(ARTICLES / 2);
  await seedArabicArticle(middle);
  const server = startServer();
  const renderPort = String(Number(PORT) + 3);
  const renderPath = startServer({ PAGE_MEMORY_SECONDS: "0" }, renderPort);
  const servers = [
    { name: "as shipped (page memory)", base: `http://localhost:${PORT}`, pid: server.pid! },
    { name: "render path (no page memory)", base: `http://localhost:${renderPort}`, pid: renderPath.pid! },
  ];
  const english = `/articles/bench-article-${middle}`;
  const arabic = `/ar/articles/${ARABIC_SLUG}`;
  try {
    for (const { base } of servers) await waitForServer(base);
    const page = async (address: string) => (await fetch(servers[0]!.base + address)).text();
    const [englishHtml, arabicHtml] = await Promise.all([page(english), page(arabic)]);
    if (!/<html[^>]*dir="rtl"/.test(arabicHtml)) throw new Error(`bench: ${arabic} is not the Arabic edition's page`);
    console.log(`bench: HTML of the English article ${Buffer.byteLength(englishHtml)} bytes, of the Arabic one ${Buffer.byteLength(arabicHtml)}`);
    for (const { base, pid } of servers) for (const address of [english, arabic]) for (const gzip of [false, true]) await load(base + address, 10, 1, gzip, pid); // warm-up
    const paired: Record<string, unknown>[] = [];
    for (const { name, base, pid } of servers) {
      for (const gzip of [false, true]) {
        // --duration is the number of one-second slices of each side (ten by default).
        const result = await pairedComparison({ url: base + arabic, pid }, { url: base + english, pid }, 50, gzip, DURATION);
        paired.push({ server: name, gzip, connections: 50, arabicRps: result.gazetteRps, englishRps: result.baselineRps, ratio: result.ratio, sliceRatioMedian: result.sliceRatioMedian, sliceRatioRange: result.sliceRatioRange, cpuRatio: result.cpuRatio });
        console.log(`bench: Arabic article against the English one, ${name}${gzip ? ", gzip" : ""}, c=50: ${result.gazetteRps} against ${result.baselineRps} req/s, ${result.ratio}× (slices ${result.sliceRatioRange.join("–")}, median ${result.sliceRatioMedian}); processor time per request ${result.cpuRatio}× the English page's efficiency`);
      }
    }
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}-editions-${DATABASE}-${ARTICLES}.json`);
    writeFileSync(file, JSON.stringify({ articles: ARTICLES, database: DATABASE, englishHtmlBytes: Buffer.byteLength(englishHtml), arabicHtmlBytes: Buffer.byteLength(arabicHtml), paired }, null, 2) + "\n");
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
    renderPath.kill();
  }
}
