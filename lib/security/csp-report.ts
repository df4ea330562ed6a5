// Reading Content-Security-Policy violation reports, as browsers send them to /api/csp-report. Anyone
// can post anything there, so every input is untrusted: the body is bounded, every field is cut to
// a few hundred characters and only known fields are kept (docs/decisions/015-security-headers.md).
import { BodyTooLarge, readBodyWithLimit } from "@/lib/http/body";

/** Larger bodies are refused with 413: one report is well under 4 KB, a batch of a few fits. */
export const MAX_REPORT_BYTES = 16 * 1024;
/** At most this many reports of one batch are logged. */
const MAX_REPORTS_PER_BODY = 10;
const MAX_FIELD_LENGTH = 300;

/** One violation, in the field names of the Reporting API. */
export type Violation = {
  documentURL: string;
  effectiveDirective: string;
  blockedURL: string;
  disposition: string;
  sourceFile: string;
  lineNumber: number | null;
  columnNumber: number | null;
  sample: string;
};

export type ParsedReports = { ok: true; violations: Violation[] } | { ok: false; reason: "unsupported-type" | "malformed" };

/** The media types browsers send: report-uri (`application/csp-report`), report-to (`application/reports+json`). */
const REPORT_URI_TYPES = ["application/csp-report", "application/json"];
const REPORTING_API_TYPE = "application/reports+json";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return String(value).slice(0, MAX_FIELD_LENGTH);
}

function integer(value: unknown): number | null {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) && number >= 0 ? number : null;
}

/** A report-uri body: `{"csp-report": {"document-uri": …, "violated-directive": …}}`. */
function fromReportUri(body: Record<string, unknown>): Violation | null {
  const report = body["csp-report"];
  if (!isObject(report)) return null;
  return {
    documentURL: text(report["document-uri"]),
    effectiveDirective: text(report["effective-directive"] ?? report["violated-directive"]),
    blockedURL: text(report["blocked-uri"]),
    disposition: text(report["disposition"]),
    sourceFile: text(report["source-file"]),
    lineNumber: integer(report["line-number"]),
    columnNumber: integer(report["column-number"]),
    sample: text(report["script-sample"]),
  };
}

/** One entry of a Reporting API batch: `{"type": "csp-violation", "body": {"documentURL": …}}`. */
function fromReportingApi(entry: unknown): Violation | null {
  if (!isObject(entry) || entry.type !== "csp-violation" || !isObject(entry.body)) return null;
  const body = entry.body;
  return {
    documentURL: text(body.documentURL),
    effectiveDirective: text(body.effectiveDirective),
    blockedURL: text(body.blockedURL),
    disposition: text(body.disposition),
    sourceFile: text(body.sourceFile),
    lineNumber: integer(body.lineNumber),
    columnNumber: integer(body.columnNumber),
    sample: text(body.sample),
  };
}

/** The violations in a report body of this Content-Type; never throws. */
export function parseReports(contentType: string | null, body: string): ParsedReports {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const reportingApi = type === REPORTING_API_TYPE;
  if (!reportingApi && !REPORT_URI_TYPES.includes(type)) return { ok: false, reason: "unsupported-type" };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const entries = reportingApi ? (Array.isArray(json) ? json : null) : isObject(json) ? [json] : null;
  if (!entries) return { ok: false, reason: "malformed" };
  const violations = entries
    .slice(0, MAX_REPORTS_PER_BODY)
    .map((entry) => (reportingApi ? fromReportingApi(entry) : isObject(entry) ? fromReportUri(entry) : null))
    .filter((violation): violation is Violation => violation !== null);
  // A batch may hold other kinds of reports (deprecations, interventions): not an error, not logged.
  if (!violations.length && !reportingApi) return { ok: false, reason: "malformed" };
  return { ok: true, violations };
}

/** The request body as text, or null when it is larger than `limit` bytes (lib/http/body.ts). */
export async function readBounded(request: Request, limit: number): Promise<string | null> {
  try {
    return new TextDecoder().decode(await readBodyWithLimit(request, limit));
  } catch (error) {
    if (error instanceof BodyTooLarge) return null;
    throw error;
  }
}
