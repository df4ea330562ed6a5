// Lighthouse for `npm run bench -- --lighthouse`: the default configuration (a mid-range phone, simulated
// slow 4G and a 4× slower processor), performance only, driving the system's Chromium. Never part of
// `npm test`. Lighthouse 12.8 is the last release that runs on Node 20 (13 needs Node 22.19).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((file) => existsSync(file)) || "";

export type LighthouseRun = {
  score: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  totalKib: number;
  /**
   * How fast this machine ran Lighthouse's own small benchmark (`environment.benchmarkIndex`): the
   * phone's blocking time is the machine's, slowed four times, so scores from machines of different
   * speed differ by as much as the pages do. Compare runs on the same machine, beside the bare page.
   */
  hostBenchmarkIndex: number;
  /** Lighthouse's own estimates of what could be saved, in KiB (0 when it found nothing). */
  legacyJavascriptKib: number;
  unusedJavascriptKib: number;
  /** The largest paint's element (its HTML's start) and where its time went (Lighthouse's phases, ms). */
  lcpElement: string;
  lcpPhases: Record<string, number>;
  /** Bytes of images the page loaded (transferred), and the largest ones, in KiB. */
  imageKib: number;
  images: { url: string; kib: number }[];
};

type NetworkDetails = { items?: { url?: string; transferSize?: number; resourceType?: string }[] };

/** The images of the `network-requests` audit: their total and the three largest, in KiB. */
function imageBytes(details: NetworkDetails | undefined) {
  const images = (details?.items ?? []).filter((item) => item.resourceType === "Image").map((item) => ({ url: (item.url ?? "").replace(/^https?:\/\/[^/]+/, ""), kib: +((item.transferSize ?? 0) / 1024).toFixed(1) }));
  return { imageKib: +images.reduce((sum, image) => sum + image.kib, 0).toFixed(1), images: images.sort((a, b) => b.kib - a.kib).slice(0, 3) };
}

type LcpDetails = { items?: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[] };

/** The element and the phases from the `largest-contentful-paint-element` audit's two tables. */
function largestPaint(details: LcpDetails | undefined) {
  const rows = (details?.items ?? []).flatMap((table) => table.items ?? []);
  const snippet = rows.find((row) => row.node?.snippet)?.node?.snippet ?? "";
  const phases = Object.fromEntries(rows.filter((row) => row.phase).map((row) => [row.phase!, Math.round(row.timing ?? 0)]));
  return { lcpElement: snippet.slice(0, 80), lcpPhases: phases };
}

/**
 * Runs Lighthouse `runs` times on each address, one after another, in one Chromium; `desktop` uses
 * Lighthouse's desktop configuration (a wide window, no processor or network slowdown) instead of the phone.
 */
export async function runLighthouse(urls: Record<string, string>, runs: number, { desktop = false } = {}): Promise<Record<string, LighthouseRun[]>> {
  if (!CHROMIUM) throw new Error("bench: --lighthouse needs Chromium (apt-get install -y chromium) or CHROME_PATH");
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const config = desktop ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const results: Record<string, LighthouseRun[]> = {};
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, url] of Object.entries(urls)) {
        // A run Lighthouse itself gives up on (a trace it could not record, on a busy machine) is tried
        // once more, then left out: the other runs and the load results are kept.
        let lhr = null;
        for (let attempt = 1; attempt <= 2 && !lhr; attempt++) {
          const answer = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] }, config);
          if (answer && !answer.lhr.runtimeError) lhr = answer.lhr;
          else console.log(`bench: lighthouse ${name} (run ${run + 1}) failed: ${answer?.lhr.runtimeError?.message ?? "no result"}`);
        }
        if (!lhr) continue;
        // LIGHTHOUSE_JSON_DIR=<folder> keeps every run's whole report (its audits: bootup-time,
        // long-tasks, mainthread-work-breakdown, script-treemap-data…) for a closer look.
        if (process.env.LIGHTHOUSE_JSON_DIR) {
          mkdirSync(process.env.LIGHTHOUSE_JSON_DIR, { recursive: true });
          writeFileSync(path.join(process.env.LIGHTHOUSE_JSON_DIR, `${name.replace(/[^a-z0-9]+/gi, "-")}${desktop ? "-desktop" : ""}-${run + 1}.json`), JSON.stringify(lhr));
        }
        const value = (id: string) => lhr.audits[id]?.numericValue ?? 0;
        const savingsKib = (id: string) => {
          const details = lhr.audits[id]?.details as { overallSavingsBytes?: number } | undefined;
          return +((details?.overallSavingsBytes ?? 0) / 1024).toFixed(1);
        };
        (results[name] ??= []).push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: Math.round(value("largest-contentful-paint")),
          fcpMs: Math.round(value("first-contentful-paint")),
          tbtMs: Math.round(value("total-blocking-time")),
          cls: +value("cumulative-layout-shift").toFixed(3),
          totalKib: +(value("total-byte-weight") / 1024).toFixed(1),
          hostBenchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
          legacyJavascriptKib: savingsKib("legacy-javascript"),
          unusedJavascriptKib: savingsKib("unused-javascript"),
          ...largestPaint(lhr.audits["largest-contentful-paint-element"]?.details as LcpDetails | undefined),
          ...imageBytes(lhr.audits["network-requests"]?.details as NetworkDetails | undefined),
        });
        const last = results[name]!.at(-1)!;
        console.log(`bench: lighthouse${desktop ? " desktop" : ""} ${name} (run ${run + 1}/${runs}): ${last.score}, LCP ${last.lcpMs} ms (${last.lcpElement}; ${JSON.stringify(last.lcpPhases)}), TBT ${last.tbtMs} ms, ${last.totalKib} KiB, images ${last.imageKib} KiB (${last.images.map((image) => `${image.url} ${image.kib}`).join(", ")}), host index ${last.hostBenchmarkIndex}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
