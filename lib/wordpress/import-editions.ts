// WordPress sites made multilingual with Polylang arrive as editions with their translations linked
// (docs/decisions/057-polylang-editions.md). What Polylang leaves in an export:
//
// - a `<wp:term>` of taxonomy `language` per language: slug "fr" (its address prefix), name
//   "Français", description a PHP-serialized array with `locale` ("fr_FR") and `rtl` (0 or 1);
// - on each post and page, `<category domain="language" nicename="fr">` and, when it has
//   translations, `<category domain="post_translations" nicename="pll_…">`;
// - a `<wp:term>` of taxonomy `post_translations` per group of versions (description: language slug →
//   post id), and of `term_translations` per group of categories or tags (language slug → term id).
//
// Languages become editions (reused when the site has one in that language already; the site's own
// language is the default edition, never a second default); posts and pages go to their language's
// edition; categories and tags to their language's (a section used in another edition gets a copy
// there); each group of posts becomes one translation group. Descriptions are read with a bounded
// reader (./php-serialize.ts): one it refuses is reported and the import goes on.
// No "server-only": the command line imports too.
import { linkImportedTranslations } from "@/lib/articles/import";
import { db } from "@/lib/db";
import { createEdition } from "@/lib/editions/mutations";
import { defaultEditionId } from "@/lib/editions/owner";
import { editionSelect, type RegisteredEdition } from "@/lib/editions/registry";
import { EditionFormSchema, canonicalLanguage, primaryLanguage, type EditionInput } from "@/lib/editions/schemas";
import { toSingleLine } from "./html-to-document";
import { decodeSlug } from "./import-mapping";
import type { ImportRun } from "./import-run";
import { looksSerialized, readPhpSerialized, type PhpArray } from "./php-serialize";
import type { WxrCustomTerm, WxrItem } from "./wxr-reader";

/** An edition as the import uses it: where items go, and how old addresses name it. */
export type ImportEdition = { id: string; name: string; path: string; language: string; isDefault: boolean };

export type EditionsCount = {
  /** Polylang languages in the file. */
  languages: number;
  /** Names of the editions made (or, on a dry run, to be made). */
  created: string[];
  /** Names of the site's editions a language was mapped onto (the default edition among them). */
  existing: string[];
  /** The language put in the default edition, and that edition's name. */
  ontoDefault: { language: string; edition: string } | null;
  /** Sections and topics copied into a second edition because posts of that edition use them. */
  termsCopied: number;
  /** What could not be taken as it was, and why (bounded by the report's list limit). */
  refused: { subject: string; reason: string }[];
  refusedLeftOut: number;
};
export const editionsCount = (): EditionsCount => ({ languages: 0, created: [], existing: [], ontoDefault: null, termsCopied: 0, refused: [], refusedLeftOut: 0 });

export type TranslationsCount = { groups: number; linked: number; existing: number; articles: number };
export const translationsCount = (): TranslationsCount => ({ groups: 0, linked: 0, existing: 0, articles: 0 });

/** At most this many languages are read: a real site has a handful, a hostile file may have a million. */
export const POLYLANG_MAX_LANGUAGES = 100;

const POLYLANG_TAXONOMIES = new Set(["language", "post_translations", "term_translations"]);

/** What the first pass keeps of Polylang: the terms, and which items carry which language and group. */
export class PolylangSurvey {
  readonly languages: WxrCustomTerm[] = [];
  readonly postGroups: WxrCustomTerm[] = [];
  readonly termGroups: WxrCustomTerm[] = [];
  /** Languages past POLYLANG_MAX_LANGUAGES, not read. */
  languagesLeftOut = 0;
  /** Posts per language slug, for choosing the default when no language is the site's. */
  readonly postsByLanguage = new Map<string, number>();
  /** post_translations slug → [language slug, post id] of the items that carry it. */
  readonly membersByGroup = new Map<string, [string, string][]>();
  /** Ids of the pages that have a language: their groups are not linked (pages have no translation links). */
  readonly pageIds = new Set<string>();

  term(term: WxrCustomTerm): void {
    if (!POLYLANG_TAXONOMIES.has(term.taxonomy)) return;
    if (term.taxonomy === "language") {
      if (this.languages.length < POLYLANG_MAX_LANGUAGES) this.languages.push(term);
      else this.languagesLeftOut++;
    } else if (term.taxonomy === "post_translations") this.postGroups.push(term);
    else this.termGroups.push(term);
  }

  item(item: WxrItem): void {
    if (item.postType !== "post" && item.postType !== "page") return;
    const language = itemLanguage(item);
    if (!language) return;
    if (item.postType === "post") this.postsByLanguage.set(language, (this.postsByLanguage.get(language) ?? 0) + 1);
    else if (/^\d{1,20}$/.test(item.postId.trim())) this.pageIds.add(item.postId.trim());
    const group = item.terms.find((term) => term.domain === "post_translations");
    const id = item.postId.trim();
    if (!group || !/^\d{1,20}$/.test(id)) return;
    const slug = decodeSlug(group.nicename);
    const members = this.membersByGroup.get(slug) ?? [];
    members.push([language, id]);
    this.membersByGroup.set(slug, members);
  }
}

/** The language slug an item carries ("fr"), or "". */
export function itemLanguage(item: Pick<WxrItem, "terms">): string {
  const term = item.terms.find((candidate) => candidate.domain === "language");
  return term ? decodeSlug(term.nicename) : "";
}

/** What one of Polylang's languages says of itself. */
export type PolylangLanguage = {
  slug: string;
  name: string;
  /** BCP 47 ("fr-FR"), or null when neither its locale nor its slug is one. */
  language: string | null;
  /** From its `rtl`; null when its description could not be read (the language's script decides). */
  rtl: boolean | null;
  /** Why its description was not read, if it was not. */
  refusal: string | null;
};

/** A serialized description as a PHP array, or why not. */
function readArray(description: string): { ok: true; array: PhpArray } | { ok: false; reason: string } {
  const text = description.trim();
  if (!text) return { ok: false, reason: "it is empty" };
  if (!looksSerialized(text)) return { ok: false, reason: "it is not PHP-serialized" };
  const read = readPhpSerialized(text);
  if (!read.ok) return { ok: false, reason: read.reason };
  if (!(read.value instanceof Map)) return { ok: false, reason: "it is not an array" };
  return { ok: true, array: read.value };
}

/** A language term as Polylang reads it (PLL_Language_Factory): `locale` and `rtl` of its description. */
export function readPolylangLanguage(term: Pick<WxrCustomTerm, "slug" | "name" | "description">): PolylangLanguage {
  const slug = decodeSlug(term.slug);
  const name = toSingleLine(term.name, 200) || slug;
  let locale = "";
  let rtl: boolean | null = null;
  let refusal: string | null = null;
  const description = readArray(term.description);
  if (description.ok) {
    const found = description.array.get("locale");
    if (typeof found === "string") locale = found.trim();
    const direction = description.array.get("rtl");
    rtl = direction === 1 || direction === true || direction === "1";
    if (!locale) refusal = "its description has no locale";
  } else if (/^[a-z]{2,3}(?:_[A-Za-z0-9]{2,8})*$/.test(term.description.trim())) {
    // Polylang before 1.2 kept the locale alone in the description.
    locale = term.description.trim();
  } else refusal = `its description could not be read: ${description.reason}`;
  // Polylang's w3c tag is the locale with "-" ("fr_FR" → "fr-FR"); without one, the slug.
  const language = canonicalLanguage((locale || slug).replace(/_/g, "-").slice(0, 35)) ?? (locale ? canonicalLanguage(slug) : null);
  return { slug, name, language, rtl, refusal };
}

/** A translation group's members, language slug → post or term id, from its description. */
export function readTranslationGroup(description: string, languages: ReadonlySet<string>): { ok: true; members: [string, string][] } | { ok: false; reason: string } {
  const read = readArray(description);
  if (!read.ok) return read;
  const members: [string, string][] = [];
  // Other keys (Polylang Pro keeps "sync" there) are not languages: left alone.
  for (const [key, value] of read.array) {
    if (typeof key !== "string" || !languages.has(key)) continue;
    const id = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
    if (/^\d{1,20}$/.test(id)) members.push([key, id]);
  }
  return { ok: true, members };
}

/** The key a term is known by in the import's maps: one term may be in several editions. */
export const termKey = (edition: Pick<ImportEdition, "id">, slug: string) => `${edition.id}|${slug}`;

/** Where items and terms go (ImportRun.editions). */
export class ImportEditions {
  /** Notes already given for a language without an edition (once per post is enough). */
  constructor(
    readonly fallback: ImportEdition,
    /** Language slug → its edition. */
    readonly bySlug: ReadonlyMap<string, ImportEdition>,
    /** Language slugs the file has whose edition was refused: slug → the language's name. */
    readonly refused: ReadonlyMap<string, string>,
    /** Term id → language slug, from term_translations. */
    readonly termLanguage: ReadonlyMap<string, string>,
    /** Whether the file has Polylang languages at all. */
    readonly polylang: boolean,
  ) {}

  static single(edition: ImportEdition): ImportEditions {
    return new ImportEditions(edition, new Map(), new Map(), new Map(), false);
  }

  /** The edition of a post or page, and what to note when it is not its language's. */
  forItem(item: Pick<WxrItem, "terms">): { edition: ImportEdition; note: string | null } {
    if (!this.polylang) return { edition: this.fallback, note: null };
    const slug = itemLanguage(item);
    if (!slug) return { edition: this.fallback, note: `no language: imported into the default edition (${this.fallback.name})` };
    const edition = this.bySlug.get(slug);
    if (edition) return { edition, note: null };
    const name = this.refused.get(slug);
    return { edition: this.fallback, note: name ? `in ${name}, which has no edition here (see Editions): imported into the default edition, not linked to its translations` : `its language “${slug.slice(0, 20)}” is not one of the export's: imported into the default edition` };
  }

  /** The edition a category or tag belongs to: its language's (term_translations), else the default. */
  forTerm(termId: string): ImportEdition {
    const slug = termId ? this.termLanguage.get(termId) : undefined;
    return (slug && this.bySlug.get(slug)) || this.fallback;
  }

  /**
   * What a term is remembered by in `edition`: its own id in the edition it belongs to, so a site
   * without Polylang is remembered as before, and `<id>@<path>` for its copy in another edition.
   */
  externalId(base: string, edition: ImportEdition, home: ImportEdition): string {
    return edition.id === home.id ? base : `${base}@${edition.path}`.slice(0, 200);
  }
}

function refuse(run: ImportRun, subject: string, reason: string): void {
  const { editions } = run.report;
  if (editions.refused.length < run.listLimit) editions.refused.push({ subject, reason });
  else editions.refusedLeftOut++;
}

const asImportEdition = (edition: RegisteredEdition): ImportEdition => ({ id: edition.id, name: edition.name, path: edition.path, language: edition.language, isDefault: edition.isDefault });

const primaryOf = (language: string) => {
  try {
    return primaryLanguage(language);
  } catch {
    return language.split("-")[0]!.toLowerCase();
  }
};

/**
 * Which language goes into the default edition: one in the default edition's language (exactly,
 * then by its primary subtag), else the WordPress site's own (the export's <language>), else the one
 * most posts are in, else the first.
 */
function chooseDefault(languages: (PolylangLanguage & { language: string })[], defaultLanguage: string, siteLanguage: string, postsByLanguage: ReadonlyMap<string, number>) {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const site = canonicalLanguage(siteLanguage.replace(/_/g, "-"));
  const mostPosts = [...languages].sort((a, b) => (postsByLanguage.get(b.slug) ?? 0) - (postsByLanguage.get(a.slug) ?? 0))[0];
  return (
    languages.find((language) => same(language.language, defaultLanguage)) ??
    languages.find((language) => primaryOf(language.language) === primaryOf(defaultLanguage)) ??
    (site ? (languages.find((language) => same(language.language, site)) ?? languages.find((language) => primaryOf(language.language) === primaryOf(site))) : undefined) ??
    (mostPosts && (postsByLanguage.get(mostPosts.slug) ?? 0) > 0 ? mostPosts : undefined) ??
    languages[0]
  );
}

/**
 * Polylang's languages as the site's editions, before any term or post is imported. Without
 * Polylang, every item goes to the default edition, as before editions existed.
 */
export async function importEditions(run: ImportRun): Promise<ImportEditions> {
  const survey = run.survey.polylang;
  const rows = await db.edition.findMany({ select: editionSelect, orderBy: [{ position: "asc" }, { language: "asc" }] });
  const defaultId = await defaultEditionId();
  const defaultRow = rows.find((row) => row.id === defaultId) ?? rows[0];
  const fallback: ImportEdition = defaultRow ? asImportEdition(defaultRow) : { id: defaultId, name: "the default edition", path: "en", language: "en", isDefault: true };
  if (!survey.languages.length) return ImportEditions.single(fallback);

  const count = run.report.editions;
  count.languages = survey.languages.length + survey.languagesLeftOut;
  if (survey.languagesLeftOut) refuse(run, `${survey.languagesLeftOut} more languages`, `an export with more than ${POLYLANG_MAX_LANGUAGES} languages is not a site's: only the first ${POLYLANG_MAX_LANGUAGES} were read`);

  const bySlug = new Map<string, ImportEdition>();
  const refused = new Map<string, string>();
  const read: (PolylangLanguage & { language: string })[] = [];
  for (const term of survey.languages) {
    const language = readPolylangLanguage(term);
    if (!language.slug || bySlug.has(language.slug) || read.some((other) => other.slug === language.slug)) continue;
    if (language.refusal) refuse(run, `language “${language.slug.slice(0, 20)}” (${language.name.slice(0, 60)})`, `${language.refusal}; ${language.language ? `taken as ${language.language} from its slug` : "its posts go to the default edition"}`);
    if (!language.language) {
      refused.set(language.slug, language.name);
      if (!language.refusal) refuse(run, `language “${language.slug.slice(0, 20)}” (${language.name.slice(0, 60)})`, "neither its locale nor its slug is a BCP 47 language tag: its posts go to the default edition");
      continue;
    }
    read.push({ ...language, language: language.language });
  }

  // 1. A language the site has an edition in already, exactly: that edition (importing again finds them all here).
  const claimed = new Set<string>();
  const take = (language: PolylangLanguage, edition: ImportEdition) => {
    bySlug.set(language.slug, edition);
    claimed.add(edition.id);
  };
  for (const language of read) {
    const exact = rows.find((row) => row.language.toLowerCase() === language.language.toLowerCase());
    if (exact && !claimed.has(exact.id)) take(language, asImportEdition(exact));
  }
  // 2. The site's language, into the default edition (never a second default).
  if (!claimed.has(fallback.id)) {
    const onto = chooseDefault(
      read.filter((language) => !bySlug.has(language.slug)),
      fallback.language,
      run.survey.channel.language,
      survey.postsByLanguage,
    );
    if (onto) {
      take(onto, fallback);
      count.ontoDefault = { language: onto.name, edition: fallback.name };
      if (primaryOf(onto.language) !== primaryOf(fallback.language)) {
        refuse(run, `language “${onto.slug.slice(0, 20)}” (${onto.name.slice(0, 60)})`, `put in the default edition, ${fallback.name} (${fallback.language}): change that edition's language under Settings → Editions if the site is now in ${onto.name}`);
      }
    }
  } else {
    const onto = read.find((language) => bySlug.get(language.slug)?.id === fallback.id);
    if (onto) count.ontoDefault = { language: onto.name, edition: fallback.name };
  }
  // 3. The others: an edition of the same language at the same path, or the only one of that language; else a new edition.
  for (const language of read) {
    if (bySlug.has(language.slug)) continue;
    const samePrimary = rows.filter((row) => !claimed.has(row.id) && primaryOf(row.language) === primaryOf(language.language));
    const existing = samePrimary.find((row) => row.path === language.slug) ?? (samePrimary.length === 1 ? samePrimary[0] : undefined);
    if (existing) {
      take(language, asImportEdition(existing));
      continue;
    }
    const made = await makeEdition(run, language, rows);
    if ("reason" in made) {
      refused.set(language.slug, language.name);
      refuse(run, `language “${language.slug.slice(0, 20)}” (${language.name.slice(0, 60)})`, `no edition was made: ${made.reason} Its posts go to the default edition.`);
      continue;
    }
    bySlug.set(language.slug, made);
    claimed.add(made.id);
    count.created.push(made.name);
  }
  // Named in the file's order of languages.
  for (const language of read) {
    const edition = bySlug.get(language.slug);
    if (edition && !count.created.includes(edition.name) && !count.existing.includes(edition.name)) count.existing.push(edition.name);
  }
  // Old addresses carry the language's slug (/fr/2019/05/01/x): they reach an edition at that path only.
  for (const [slug, edition] of bySlug) {
    if (!edition.isDefault && edition.path !== slug) refuse(run, `language “${slug.slice(0, 20)}” (${edition.name})`, `its old addresses (/${slug.slice(0, 20)}/…) will not redirect: the ${edition.name} edition is at /${edition.path}`);
  }

  const termLanguage = new Map<string, string>();
  const slugs = new Set(bySlug.keys());
  for (const slug of refused.keys()) slugs.add(slug);
  for (const group of survey.termGroups) {
    const members = readTranslationGroup(group.description, slugs);
    if (!members.ok) {
      refuse(run, `term translation group “${group.slug.slice(0, 40)}”`, `its description could not be read (${members.reason}): its sections and topics go to the default edition`);
      continue;
    }
    for (const [slug, termId] of members.members) termLanguage.set(termId, slug);
  }
  return new ImportEditions(fallback, bySlug, refused, termLanguage, true);
}

/**
 * A new edition for `language`, through the editions' own write path; on a dry run, checked only.
 * Its path is the language's slug (its old addresses' prefix); a slug that cannot be a path ("pt_br")
 * gives way to the language's own tag, then its primary subtag (and the report says the old
 * addresses will not redirect).
 */
async function makeEdition(run: ImportRun, language: PolylangLanguage & { language: string }, rows: RegisteredEdition[]): Promise<ImportEdition | { reason: string }> {
  const paths = [...new Set([language.slug, language.language.toLowerCase(), primaryOf(language.language)])];
  let refusal = "";
  for (const path of paths) {
    const parsed = EditionFormSchema.safeParse({
      language: language.language,
      name: language.name.slice(0, 40),
      path,
      direction: language.rtl === null ? "" : language.rtl ? "RTL" : "LTR",
    });
    if (!parsed.success) {
      refusal ||= parsed.error.issues.map((issue) => `${issue.path.join(".") || "edition"}: ${issue.message}`).join(" ");
      // Only a path that cannot be one is worth another try.
      if (parsed.error.issues.every((issue) => issue.path[0] === "path")) continue;
      return { reason: refusal };
    }
    const input: EditionInput = parsed.data;
    const samePath = rows.find((row) => row.path === input.path);
    if (samePath) {
      refusal ||= `The ${samePath.name} edition has the path /${input.path} already.`;
      continue;
    }
    if (run.dryRun) {
      if (await db.sitePage.count({ where: { slug: input.path } })) return { reason: `A page of the site is at /${input.path}.` };
      return { id: `dry-run:edition:${input.path}`, name: input.name, path: input.path, language: input.language, isDefault: false };
    }
    const created = await createEdition(run.actor, input);
    if (!created.ok) {
      const reasons = [...Object.values(created.fieldErrors ?? {}).flat(), ...(created.message ? [created.message] : [])];
      return { reason: reasons.join(" ") || "the edition was refused." };
    }
    return { id: created.id, name: input.name, path: input.path, language: input.language, isDefault: false };
  }
  return { reason: refusal };
}

/**
 * Each of Polylang's groups of posts as one translation group, once every post is imported: the
 * group's members from its description (else from the posts that carry it), its source the default
 * edition's version (else the first), through the articles' import entry.
 */
export async function linkTranslations(run: ImportRun, importedAt: Date): Promise<void> {
  if (!run.editions.polylang) return;
  const survey = run.survey.polylang;
  const languages = new Set([...run.editions.bySlug.keys(), ...run.editions.refused.keys()]);
  const groups = new Map<string, [string, string][]>();
  for (const group of survey.postGroups) {
    const slug = decodeSlug(group.slug);
    const read = readTranslationGroup(group.description, languages);
    if (!read.ok) refuse(run, `translation group “${slug.slice(0, 40)}”`, `its description could not be read (${read.reason}): its posts were grouped by the group they carry`);
    groups.set(slug, read.ok ? read.members : []);
  }
  // The posts that carry a group complete it (a description may be stale, or refused above).
  for (const [slug, members] of survey.membersByGroup) {
    const known = groups.get(slug) ?? [];
    for (const member of members) if (!known.some(([, id]) => id === member[1])) known.push(member);
    groups.set(slug, known);
  }
  let pagesNoted = false;
  for (const [slug, members] of groups) {
    run.throwIfCancelled();
    if (members.length < 2) continue;
    const pages = members.filter(([, id]) => survey.pageIds.has(id));
    if (pages.length > 1 && !pagesNoted) {
      pagesNoted = true;
      refuse(run, "translations of pages", "the site's pages were imported into their editions but are not linked to each other: pages have no translation links yet");
    }
    // Posts in a language without an edition went to the default edition: not linked.
    const posts = members.filter(([language, id]) => !survey.pageIds.has(id) && !run.editions.refused.has(language));
    if (posts.length < 2) continue;
    if (run.dryRun) {
      // Nothing was written: the groups whose posts would be linked.
      run.report.translations.groups++;
      run.report.translations.linked++;
      run.report.translations.articles += posts.length;
      continue;
    }
    const articles: { id: string; language: string }[] = [];
    for (const [language, postId] of posts) {
      const articleId = await run.remembered("post", postId);
      if (articleId) articles.push({ id: articleId, language });
    }
    if (articles.length < 2) continue;
    run.report.translations.groups++;
    const editions = await db.article.findMany({ where: { id: { in: articles.map((article) => article.id) } }, select: { id: true, editionId: true } });
    const editionOf = new Map(editions.map((article) => [article.id, article.editionId]));
    const ordered = articles.filter((article) => editionOf.has(article.id));
    const sourceAt = Math.max(0, ordered.findIndex((article) => editionOf.get(article.id) === run.editions.fallback.id));
    const [source] = ordered.splice(sourceAt, 1);
    if (!source) continue;
    const linked = await linkImportedTranslations(run.actor, { sourceId: source.id, translationIds: ordered.map((article) => article.id), seenAt: importedAt, source: run.source });
    if (linked.linked) {
      run.report.translations.linked++;
      run.report.translations.articles += linked.linked + (linked.sourceJoined ? 1 : 0);
    } else if (linked.already) run.report.translations.existing++;
    for (const left of linked.left) refuse(run, `translation group “${slug.slice(0, 40)}”`, left);
  }
}
