// `npm run bench -- --pictures --baseline DIR [--lighthouse-runs 3]`: the phone budget of the pages
// with pictures, beside the bare Next.js article page in the same run. On a database of its own (the
// demo content, whose six photographs are heroes of their articles) it arranges the front page as an
// editor would (a lead with a hero photograph, top stories, section blocks with pictures), serves the
// production build as `npm start` does, and runs Lighthouse (mobile, the default phone: slow 4G and a
// 4× slower processor) on the article with a hero photograph, the arranged front page, a section page
// and the bare page, then Lighthouse's desktop configuration on the pages of Gazette: the image bytes a phone
// loads against a desktop's. Targets: performance ≥ 95, largest paint ≤ 2.0 s, page weight ≤ 250 KiB.
// Results: bench/results/<date>-pictures.json and a table on stdout.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startBaseline, type Baseline } from "../lib/baseline";
import { startInstance, stateDir, stopProcess } from "../lib/fleet";
import { runLighthouse, type LighthouseRun } from "../lib/lighthouse";
import { root } from "../lib/run";
import { median } from "./stats";

export const HERO_ARTICLE = "/articles/alliance-defence-ministers-agree-new-rules-for-sharing-satellite-data";
/** A section whose stories carry pictures (the hero article's among them). */
const SECTION_PAGE = "/category/world";
const TARGETS = { score: 95, lcpMs: 2000, totalKib: 250 };

/** The demo content (once), then a front page arranged with pictures: the newest arrangement wins. */
async function arrangeFrontPage(): Promise<string> {
  const { db } = await import("../../lib/db");
  const { defaultEditionId } = await import("../../lib/editions/owner");
  if ((await db.article.count()) === 0) {
    const { seedDemoContent } = await import("../../prisma/seed");
    await seedDemoContent({ demoAccounts: false });
  }
  const { FrontPageLayoutSchema } = await import("../../lib/front-page/schemas");
  const withHeroes = await db.article.findMany({ where: { status: "PUBLISHED", heroImageUrl: { not: null } }, select: { id: true, slug: true, title: true }, orderBy: { publishedAt: "desc" } });
  const lead = withHeroes.find((article) => HERO_ARTICLE.endsWith(article.slug));
  if (!lead) throw new Error("bench: the demo content has no hero photograph on the alliance article");
  const others = await db.article.findMany({ where: { status: "PUBLISHED", id: { not: lead.id } }, select: { id: true }, orderBy: { publishedAt: "desc" }, take: 6 });
  const top = [...withHeroes.filter((article) => article.id !== lead.id).slice(0, 4), ...others].filter((article, index, all) => all.findIndex((other) => other.id === article.id) === index).slice(0, 6);
  const layout = FrontPageLayoutSchema.parse({
    lead: { articleId: lead.id },
    top: top.map((article) => ({ articleId: article.id })),
    blocks: ["world", "politics", "business", "science"].map((slug) => ({ kind: "category", slug, count: 4, pictures: true })),
  });
  await db.frontPageVersion.create({ data: { layout: JSON.stringify(layout), summary: "Arranged by the bench", actorName: "bench", editionId: await defaultEditionId() } });
  await db.$disconnect();
  return lead.title;
}

const range = (values: number[]) => (Math.min(...values) === Math.max(...values) ? `${Math.min(...values)}` : `${Math.min(...values)}–${Math.max(...values)}`);

function summarise(page: string, runs: LighthouseRun[], desktop: LighthouseRun[] | undefined, bare: LighthouseRun[] | undefined) {
  const med = (list: LighthouseRun[], key: "score" | "lcpMs" | "totalKib" | "imageKib") => median(list.map((run) => run[key]));
  return {
    page,
    runs: runs.length,
    score: range(runs.map((run) => run.score)),
    "LCP ms": range(runs.map((run) => run.lcpMs)),
    "weight KiB": range(runs.map((run) => run.totalKib)),
    "images KiB, phone": range(runs.map((run) => run.imageKib)),
    "images KiB, desktop": desktop?.length ? range(desktop.map((run) => run.imageKib)) : "",
    "LCP × bare page": bare?.length ? +(med(runs, "lcpMs") / Math.max(1, med(bare, "lcpMs"))).toFixed(2) : "",
    "weight × bare page": bare?.length ? +(med(runs, "totalKib") / Math.max(1, med(bare, "totalKib"))).toFixed(2) : "",
    "meets ≥95, ≤2.0 s, ≤250 KiB": runs.every((run) => run.score >= TARGETS.score && run.lcpMs <= TARGETS.lcpMs && run.totalKib <= TARGETS.totalKib) ? "yes" : "no",
  };
}

export async function picturesBench(options: { databaseUrl: string; port: number; baselinePort: number; baselineDir: string; runs: number; revalidateSecret: string }) {
  const leadTitle = await arrangeFrontPage();
  const key = options.port + 7;
  mkdirSync(stateDir(key), { recursive: true });
  const base = `http://127.0.0.1:${options.port}`;
  let pid: number | null = null;
  let baseline: Baseline | null = null;
  try {
    pid = await startInstance(key, options.port, {
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret",
      REVALIDATE_SECRET: options.revalidateSecret,
      SITE_URL: base,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    if (options.baselineDir) baseline = await startBaseline(options.baselineDir, String(options.baselinePort));
    const home = await (await fetch(`${base}/`)).text();
    if (!home.includes(leadTitle.replace(/'/g, "&#x27;"))) throw new Error("bench: the front page does not show the arranged lead");
    for (const [name, address] of [["hero article", HERO_ARTICLE], ["section page", SECTION_PAGE]]) {
      if (!(await (await fetch(base + address)).text()).includes("<picture")) throw new Error(`bench: the ${name} has no <picture>`);
    }
    const loadBefore = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    const pages = { "article with a hero photograph": base + HERO_ARTICLE, "front page, arranged": `${base}/`, "section page": base + SECTION_PAGE };
    const phone = await runLighthouse({ ...pages, ...(baseline ? { "bare Next.js article page": baseline.base + baseline.articlePath } : {}) }, options.runs);
    const desktop = await runLighthouse(pages, 1, { desktop: true });
    const loadAfter = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    const bare = phone["bare Next.js article page"];
    const summary = Object.entries(phone).map(([page, runs]) => summarise(page, runs, desktop[page], page.startsWith("bare") ? undefined : bare));
    const report = { date: new Date().toISOString(), kind: "pictures", targets: TARGETS, loadAverage: { before: loadBefore, after: loadAfter }, summary, phone, desktop };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-pictures.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.table(summary);
    console.log(`bench: load average ${loadBefore} before, ${loadAfter} after`);
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    await stopProcess(pid);
    baseline?.stop();
  }
}
