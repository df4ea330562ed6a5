// The default bench (`npm run bench`): the reader pages under load beside the static file and, with
// --baseline, the bare Next.js article page; the render path; Next.js alone; each stage's cost; cold
// searches and articles; with --lighthouse, Lighthouse; with --behind-nginx, the same through nginx
// (the top of scripts/bench.ts says what each measures).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { startNginx } from "../lib/nginx";
import { root } from "../lib/run";
import { startBaseline, type Baseline } from "../lib/baseline";
import { runLighthouse, type LighthouseRun } from "../lib/lighthouse";
import { scriptsAddedAfterPaint } from "../../lib/http/scripts-after-paint";
import { bodyColumns } from "../../lib/content/stored-body";
import { htmlParts } from "../lib/html-parts";
import { measureStageCosts } from "./stage-costs";
import { percentile } from "./stats";
import { HERO_ARTICLE } from "./pictures";
import { cpuMs, load, peakMemoryMb, sleep, startServer, waitForServer } from "./common";
import { ARTICLES, DURATION, CONNECTIONS, PORT, NGINX_PORT, BEHIND_NGINX, REVALIDATE_SECRET, ROUNDS, BASELINE_DIR, BASELINE_PORT, NEXT_ALONE_PORT, BASELINE_RENDERED, LIGHTHOUSE, LIGHTHOUSE_RUNS, DATABASE, BENCH_ROWS } from "./options";

/**
 * The JavaScript a modern browser downloads for the page: every `<script src>` except `noModule`
 * ones (Next's legacy polyfills, which only browsers without ES modules fetch), and the chunks the
 * page adds after its first paint (lib/http/scripts-after-paint.ts).
 */
export async function javascriptBytes(base: string, html: string) {
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\snomodule/i.test(attributes))
    .map((attributes) => attributes.match(/\ssrc="([^"]+)"/)?.[1])
    .filter((src): src is string => !!src)
    .concat(scriptsAddedAfterPaint(html));
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { scripts: new Set(sources).size, rawKb: +(raw / 1024).toFixed(1), gzipKb: +(gzip / 1024).toFixed(1) };
}

/**
 * Search results are cached per words and page, so the load above measures a popular search. This
 * measures searches nobody made before: pages 2–31 of the same common word, one at a time.
 */
export async function timeColdSearches(base: string): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let page = 2; page <= 31; page++) {
    const started = performance.now();
    await (await fetch(`${base}/search?q=glacier&page=${page}`)).text();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/**
 * Publish articles the way the dashboard does (a database write, then their cache tags expired; here
 * through POST /api/revalidate, since the bench has no editor session) and time how long until the
 * front page at `base` shows each. Readers load that front page meanwhile, at concurrency 50.
 */
export async function timePublishes(origin: string, base: string, samples = 5): Promise<number[]> {
  const { db } = await import("../../lib/db");
  const category = await db.category.findFirstOrThrow({ where: { slug: "bench" } });
  const author = await db.author.findUniqueOrThrow({ where: { handle: "bench-author-0" } });
  const traffic = load(`${base}/`, 50, 2 + samples * 2);
  const visibleAfter: number[] = [];
  await sleep(1_500);
  for (let sample = 0; sample < samples; sample++) {
    const stamp = `${Date.now()}-${sample}`;
    const title = `Breaking bench story ${stamp}`;
    const published = new Date();
    await db.article.create({
      data: {
        slug: `breaking-bench-story-${stamp}`,
        title,
        standfirst: "Published while readers were loading the front page.",
        ...bodyColumns({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Breaking." }] }] }),
        status: "PUBLISHED",
        publishedAt: published,
        firstPublishedAt: published,
        authorId: author.id,
        categoryId: category.id,
        editionId: category.editionId,
        bylines: { create: [{ authorId: author.id, position: 0 }] },
      },
    });
    const response = await fetch(`${origin}/api/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${REVALIDATE_SECRET}`, "Content-Type": "application/json" },
      body: JSON.stringify({ tags: ["articles", `article:breaking-bench-story-${stamp}`, "author:bench-author-0", "category:bench"] }),
    });
    if (!response.ok) throw new Error(`bench: /api/revalidate answered ${response.status}`);
    let visible = -1;
    while (Date.now() - published.getTime() < 30_000) {
      if ((await (await fetch(`${base}/`)).text()).includes(title)) {
        visible = Date.now() - published.getTime();
        break;
      }
      await sleep(20);
    }
    visibleAfter.push(visible);
    await sleep(Math.random() * 1_000 + 500); // land at different moments of nginx's one-second lifetime
  }
  await traffic;
  await db.$disconnect();
  return visibleAfter;
}

/**
 * Gazette's page and the baseline's in alternating one-second slices at the same concurrency, so both
 * meet the same moments of a machine that other work shares: requests per second of each summed over
 * its slices, their ratio, and the ratio per pair of slices (median and range).
 */
export async function pairedComparison(gazette: { url: string; pid: number }, bare: { url: string; pid: number }, connections: number, gzip: boolean, slices = 10) {
  const totals = { gazette: { requests: 0, cpu: 0 }, bare: { requests: 0, cpu: 0 } };
  const ratios: number[] = [];
  for (let slice = 0; slice < slices; slice++) {
    const order = slice % 2 === 0 ? (["bare", "gazette"] as const) : (["gazette", "bare"] as const);
    const rps: Record<string, number> = {};
    for (const side of order) {
      const target = side === "gazette" ? gazette : bare;
      const cpuBefore = cpuMs(target.pid);
      const result = await autocannon({ url: target.url, connections, duration: 1, pipelining: 1, headers: gzip ? { "accept-encoding": "gzip" } : {} });
      totals[side].requests += result.requests.total;
      totals[side].cpu += cpuMs(target.pid) - cpuBefore;
      rps[side] = result.requests.total;
    }
    if (rps.bare) ratios.push(rps.gazette! / rps.bare);
  }
  ratios.sort((a, b) => a - b);
  const round3 = (value: number) => +value.toFixed(3);
  return {
    gazetteRps: Math.round(totals.gazette.requests / slices),
    baselineRps: Math.round(totals.bare.requests / slices),
    ratio: round3(totals.gazette.requests / Math.max(1, totals.bare.requests)),
    sliceRatioMedian: round3(ratios[Math.floor(ratios.length / 2)] ?? 0),
    sliceRatioRange: [round3(ratios[0] ?? 0), round3(ratios.at(-1) ?? 0)],
    cpuRatio: round3(totals.bare.cpu / Math.max(1, totals.bare.requests) / Math.max(1e-9, totals.gazette.cpu / Math.max(1, totals.gazette.requests))),
  };
}

/** The published demo article with the most approved replies (the heaviest ordinary page). */
export async function demoArticlePath(): Promise<string> {
  const { db } = await import("../../lib/db");
  const [top] = await db.reply.groupBy({
    by: ["articleId"],
    // The default edition's (the editions bench adds an Arabic article with as many replies).
    where: { status: "APPROVED", NOT: { articleId: BENCH_ROWS }, article: { status: "PUBLISHED", publishedAt: { lte: new Date() }, edition: { isDefault: true } } },
    _count: { articleId: true },
    orderBy: { _count: { articleId: "desc" } },
    take: 1,
  });
  const article = top && (await db.article.findUnique({ where: { id: top.articleId }, select: { slug: true } }));
  await db.$disconnect();
  if (!article) throw new Error("bench: the demo content has no article with replies");
  return `/articles/${article.slug}`;
}

/**
 * The first render of article pages nobody asked for before (no cached page, no cached query), one
 * after another: bench articles spread over the whole dataset, none of them loaded by the runs above.
 */
export async function timeColdArticles(base: string, samples = 40): Promise<{ p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (let k = 0; k < samples; k++) {
    const index = Math.floor(((k + 0.5) * ARTICLES) / samples);
    if (index === Math.floor(ARTICLES / 2)) continue;
    const started = performance.now();
    const response = await fetch(`${base}/articles/bench-article-${index}`);
    await response.text();
    if (!response.ok) throw new Error(`bench: a cold article page answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: Math.round(Math.max(...times)) };
}

export type Row = {
  round: number;
  page: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number | null;
  ratioToStatic: number;
  /** Requests per second over the baseline's, and the baseline's processor time per request over this page's. */
  ratioToBaseline?: number;
  cpuRatioToBaseline?: number;
  /** Behind nginx: requests per second over nginx serving the same page as a file. */
  ratioToStaticPage?: number;
};

export const range = (values: number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${low}` : `${low}–${high}`;
};

/** One line per page and concurrency: the range over the rounds of req/s, p99 and the ratios. */
export function summarise(rows: Row[]) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.page}|${row.connections}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => ({
    page: group[0]!.page,
    connections: group[0]!.connections,
    "req/s": range(group.map((row) => row.rps)),
    "p99 ms": range(group.map((row) => row.p99)),
    "× static": range(group.map((row) => row.ratioToStatic)),
    "× baseline": group[0]!.ratioToBaseline === undefined ? "" : range(group.map((row) => row.ratioToBaseline!)),
    "CPU ms/req": group[0]!.cpuMsPerRequest === null ? "" : range(group.map((row) => row.cpuMsPerRequest!)),
    "CPU × baseline": group[0]!.cpuRatioToBaseline === undefined ? "" : range(group.map((row) => row.cpuRatioToBaseline!)),
    errors: group.reduce((sum, row) => sum + row.errors, 0),
  }));
}

export function summariseLighthouse(results: Record<string, LighthouseRun[]>) {
  return Object.entries(results).map(([page, runs]) => ({
    page,
    score: range(runs.map((run) => run.score)),
    "LCP ms": range(runs.map((run) => run.lcpMs)),
    "FCP ms": range(runs.map((run) => run.fcpMs)),
    "TBT ms": range(runs.map((run) => run.tbtMs)),
    CLS: range(runs.map((run) => run.cls)),
    KiB: range(runs.map((run) => run.totalKib)),
    "legacy JS KiB": range(runs.map((run) => run.legacyJavascriptKib)),
    "unused JS KiB": range(runs.map((run) => run.unusedJavascriptKib)),
  }));
}


/** The default bench: the reader pages (the top of scripts/bench.ts). */
export async function pagesBench() {
  const demoArticle = await demoArticlePath();
  let baseline: Baseline | null = null;
  if (BASELINE_DIR) baseline = await startBaseline(BASELINE_DIR, BASELINE_PORT, { rendered: BASELINE_RENDERED });
  const server = startServer();
  const base = `http://localhost:${PORT}`;
  // The render path: the same server with page memory off, every request through Next.js (the bare
  // page gets no memory either: this is the like-for-like comparison).
  const renderPort = String(Number(PORT) + 3);
  const renderPath = startServer({ PAGE_MEMORY_SECONDS: "0" }, renderPort);
  const renderBase = `http://localhost:${renderPort}`;
  // Next.js's request handler alone on the same build (scripts/bench/next-alone.ts): beside the render
  // path, what server.ts's stages cost per request.
  const aloneBase = `http://localhost:${NEXT_ALONE_PORT}`;
  const nextAlone = startServer({ PAGE_MEMORY_SECONDS: "0" }, NEXT_ALONE_PORT, ["scripts/bench/next-alone.ts", NEXT_ALONE_PORT]);
  try {
    await waitForServer(base);
    await waitForServer(renderBase);
    await waitForServer(aloneBase);
    const middle = Math.floor(ARTICLES / 2);
    // [name, address, gzip, server pid]; the article pages are compared with the baseline's article page.
    const pages: [string, string, boolean, number?][] = [
      ["static", `${base}/logo.png`, false],
      ...(baseline
        ? ([
            ["baseline article", baseline.base + baseline.articlePath, false, baseline.pid],
            ["baseline article gzip", baseline.base + baseline.articlePath, true, baseline.pid],
          ] as [string, string, boolean, number][])
        : []),
      ["article (render path)", `${renderBase}/articles/bench-article-${middle}`, false, renderPath.pid],
      ["article (render path) gzip", `${renderBase}/articles/bench-article-${middle}`, true, renderPath.pid],
      ["article (Next.js alone, no stages)", `${aloneBase}/articles/bench-article-${middle}`, false, nextAlone.pid],
      ["article", `${base}/articles/bench-article-${middle}`, false],
      ["article gzip", `${base}/articles/bench-article-${middle}`, true],
      ["demo article", base + demoArticle, false],
      ["demo article gzip", base + demoArticle, true],
      ["home", `${base}/`, false],
      ["author", `${base}/authors/bench-author-3`, false],
      ["category", `${base}/category/bench`, false],
      ["search", `${base}/search?q=glacier`, false],
      ["rss", `${base}/feed.xml`, false],
    ];
    const html = await (await fetch(`${base}/articles/bench-article-${middle}`)).text();
    const demoHtml = await (await fetch(base + demoArticle)).text();
    const js = await javascriptBytes(base, demoHtml);
    const baselineHtml = baseline ? await (await fetch(baseline.base + baseline.articlePath)).text() : null;
    for (const [, target, gzip] of pages) await load(target, 10, 1, gzip); // warm-up

    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const connections of CONNECTIONS) {
        let staticRps = 1;
        const baselineRps: Record<string, number> = {};
        const baselineCpu: Record<string, number> = {};
        for (const [name, target, gzip, pid] of pages) {
          const isBaseline = name.startsWith("baseline");
          const result = await load(target, connections, DURATION, gzip, pid ?? server.pid);
          const encoding = gzip ? "gzip" : "plain";
          if (name === "static") staticRps = result.rps || 1;
          if (isBaseline) {
            baselineRps[encoding] = result.rps || 1;
            baselineCpu[encoding] = result.cpuMsPerRequest || 0;
          }
          const comparable = baseline && name.includes("article") && !isBaseline;
          rows.push({
            round,
            page: name,
            connections,
            ...result,
            ratioToStatic: +(result.rps / staticRps).toFixed(3),
            ...(comparable
              ? {
                  ratioToBaseline: +(result.rps / baselineRps[encoding]!).toFixed(3),
                  cpuRatioToBaseline: result.cpuMsPerRequest ? +(baselineCpu[encoding]! / result.cpuMsPerRequest).toFixed(3) : 0,
                }
              : {}),
          });
          const last = rows.at(-1)!;
          const ratio = comparable ? `; ${last.ratioToBaseline}× the baseline's req/s, ${last.cpuRatioToBaseline}× its CPU efficiency` : "";
          console.log(`bench: round ${round}, ${name} c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, ${result.cpuMsPerRequest} CPU ms/req${ratio}`);
        }
      }
    }
    const paired: Record<string, unknown>[] = [];
    if (baseline) {
      for (const [name, pagePath] of [["article", `/articles/bench-article-${middle}`], ["demo article", demoArticle]] as const) {
        for (const gzip of [false, true]) {
          const result = await pairedComparison({ url: base + pagePath, pid: server.pid! }, { url: baseline.base + baseline.articlePath, pid: baseline.pid }, 50, gzip);
          paired.push({ page: `${name}${gzip ? " gzip" : ""}`, connections: 50, ...result });
          console.log(`bench: paired with the baseline, ${name}${gzip ? " gzip" : ""} c=50: ${result.gazetteRps} against ${result.baselineRps} req/s, ${result.ratio}× (slices ${result.sliceRatioRange.join("–")}, median ${result.sliceRatioMedian}); CPU efficiency ${result.cpuRatio}×`);
        }
      }
    }
    // The like-for-like comparisons, paired: the render path against the bare page, and against
    // Next.js alone on the same build (what the stages cost).
    const renderArticle = { url: `${renderBase}/articles/bench-article-${middle}`, pid: renderPath.pid! };
    const comparisons: [string, { url: string; pid: number }, boolean][] = [
      ...(baseline
        ? ([
            ["render path against the bare page", { url: baseline.base + baseline.articlePath, pid: baseline.pid }, false],
            ["render path against the bare page, gzip", { url: baseline.base + baseline.articlePath, pid: baseline.pid }, true],
          ] as [string, { url: string; pid: number }, boolean][])
        : []),
      ["render path against Next.js alone (the stages' cost)", { url: `${aloneBase}/articles/bench-article-${middle}`, pid: nextAlone.pid! }, false],
    ];
    for (const [name, other, gzip] of comparisons) {
      const result = await pairedComparison(renderArticle, other, 50, gzip);
      paired.push({ page: `article, ${name}`, connections: 50, ...result });
      console.log(`bench: paired, article ${name} c=50: ${result.gazetteRps} against ${result.baselineRps} req/s, ${result.ratio}× (slices ${result.sliceRatioRange.join("–")}, median ${result.sliceRatioMedian}); CPU efficiency ${result.cpuRatio}×`);
    }
    // The page as Next.js writes it, before the stages rewrite and compress it.
    const stageCosts = await measureStageCosts(await (await fetch(`${aloneBase}/articles/bench-article-${middle}`)).text(), `/articles/bench-article-${middle}`);
    for (const cost of stageCosts) console.log(`bench: stage ${cost.stage}: ${cost.plainMs} ms of processor a request, ${cost.gzipMs} ms with gzip`);
    const coldSearch = await timeColdSearches(base);
    console.log(`bench: search, 30 uncached queries one after another: p50 ${coldSearch.p50} ms, p99 ${coldSearch.p99} ms`);
    const coldArticle = await timeColdArticles(base);
    console.log(`bench: article pages rendered for the first time: p50 ${coldArticle.p50} ms, p99 ${coldArticle.p99} ms`);
    // The load results are written now; Lighthouse and nginx add to the same file when they finish.
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}-${DATABASE}-${ARTICLES}.json`);
    writeFileSync(file, JSON.stringify({ articles: ARTICLES, database: DATABASE, baselineRendered: BASELINE_RENDERED, coldSearch, coldArticle, paired, stageCosts, summary: summarise(rows), results: rows }, null, 2) + "\n");
    let lighthouse: Record<string, LighthouseRun[]> | null = null;
    if (LIGHTHOUSE) {
      lighthouse = await runLighthouse(
        {
          home: `${base}/`,
          article: base + demoArticle,
          "article with a hero photograph": base + HERO_ARTICLE,
          author: `${base}/authors/bench-author-3`,
          category: `${base}/category/bench`,
          search: `${base}/search?q=glacier`,
          ...(baseline ? { "baseline article": baseline.base + baseline.articlePath } : {}),
        },
        LIGHTHOUSE_RUNS,
      );
    }
    let nginx: { publishVisibleMs: number[] } | null = null;
    if (BEHIND_NGINX) {
      const article = `/articles/bench-article-${middle}`;
      // The ceiling: the same article's bytes as a file that nginx serves itself, in the same server
      // block (the same gzip settings), beside the small image it also keeps.
      const staticFiles = mkdtempSync(path.join(tmpdir(), "gazette-bench-static-"));
      const front = `http://127.0.0.1:${NGINX_PORT}`;
      // The bare page behind its own nginx with the same configuration (the same one-second cache):
      // the same help for both.
      const baselineNginxPort = Number(PORT) + 4;
      const targets: [string, string][] = [
        ["static", front + "/logo.png"],
        ["static page", front + "/bench-static/article.html"],
        ["article", front + article],
        ...(baseline ? ([["baseline article", `http://127.0.0.1:${baselineNginxPort}${baseline.articlePath}`]] as [string, string][]) : []),
      ];
      let proxy: { stop: () => void } | null = null;
      let baselineProxy: { stop: () => void } | null = null;
      // The folder goes in the finally below whatever fails after it is made (nginx not starting included).
      try {
        chmodSync(staticFiles, 0o755);
        writeFileSync(path.join(staticFiles, "article.html"), await (await fetch(base + article)).text());
        proxy = await startNginx([Number(PORT)], Number(NGINX_PORT), true, staticFiles);
        baselineProxy = baseline ? await startNginx([Number(baseline.base.split(":").at(-1))], baselineNginxPort) : null;
        for (const [, target] of targets) await load(target, 10, 1); // warm-up
        for (const connections of CONNECTIONS) {
          for (const gzip of [false, true]) {
            const measured: Record<string, Row> = {};
            for (const [name, target] of targets) {
              const result = await load(target, connections, DURATION, gzip);
              const row: Row = { round: 1, page: `${name} via nginx${gzip ? " gzip" : ""}`, connections, ...result, ratioToStatic: +(result.rps / (measured["static"]?.rps || 1)).toFixed(3) };
              measured[name] = row;
              rows.push(row);
              console.log(`bench: ${name} via nginx${gzip ? " gzip" : ""} c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
            }
            const [gazette, bare] = [measured["article"]!, measured["baseline article"]];
            gazette.ratioToStaticPage = +(gazette.rps / (measured["static page"]?.rps || 1)).toFixed(3);
            if (bare) {
              gazette.ratioToBaseline = +(gazette.rps / (bare.rps || 1)).toFixed(3);
              console.log(`bench: via nginx${gzip ? " gzip" : ""} c=${connections}: Gazette's article ${gazette.ratioToBaseline}× the bare page's, ${gazette.ratioToStatic}× nginx serving a small image, ${gazette.ratioToStaticPage}× nginx serving the same page as a file`);
            }
          }
        }
        nginx = { publishVisibleMs: await timePublishes(base, front) };
        console.log(`bench: publishes were on the front page through nginx after ${nginx.publishVisibleMs.join(", ")} ms`);
      } finally {
        proxy?.stop();
        baselineProxy?.stop();
        rmSync(staticFiles, { recursive: true, force: true });
      }
    }
    const report = {
      date: new Date().toISOString(),
      articles: ARTICLES,
      durationSeconds: DURATION,
      rounds: ROUNDS,
      database: DATABASE,
      baselineRendered: BASELINE_RENDERED,
      loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
      demoArticle,
      articleHtmlBytes: Buffer.byteLength(html),
      demoArticleHtmlBytes: Buffer.byteLength(demoHtml),
      baselineArticleHtmlBytes: baselineHtml === null ? null : Buffer.byteLength(baselineHtml),
      articleJavascript: js,
      // What the HTML is made of (what Gazette adds to the page, to shrink), beside the bare page's.
      demoArticleHtmlParts: htmlParts(demoHtml),
      baselineArticleHtmlParts: baselineHtml === null ? null : htmlParts(baselineHtml),
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
      coldSearch,
      coldArticle,
      paired,
      nginx,
      lighthouse,
      summary: summarise(rows),
      results: rows,
    };
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.table(report.summary);
    console.table({ "demo article": report.demoArticleHtmlParts, ...(report.baselineArticleHtmlParts ? { "bare page": report.baselineArticleHtmlParts } : {}) });
    if (paired.length) console.table(paired.map(({ sliceRatioRange, ...row }) => ({ ...row, sliceRatioRange: (sliceRatioRange as number[]).join("–") })));
    if (lighthouse) console.table(summariseLighthouse(lighthouse));
    console.log(
      `article pages: ${report.articleHtmlBytes} bytes of HTML (demo article ${report.demoArticleHtmlBytes}${baselineHtml === null ? "" : `, baseline ${report.baselineArticleHtmlBytes}`}); JavaScript: ${js.scripts} files, ${js.gzipKb} KB gzip (${js.rawKb} KB raw); server peak memory ${report.serverPeakMemoryMb} MB; load average ${report.loadAverage}`,
    );
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
    renderPath.kill();
    nextAlone.kill();
    baseline?.stop();
  }
}


