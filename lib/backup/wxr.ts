// `npm run export -- --format wxr site.xml`: Gazette as a WordPress eXtended RSS 1.2 file, the format
// WordPress's importer reads (Tools → Import → WordPress), so a newsroom can leave with its archive.
// Modelled on WordPress's own writer (wordpress-develop src/wp-admin/includes/export.php): authors,
// categories and tags in the channel, one <item> per article with its body as HTML (rendered by the
// same code as the feeds), its standfirst as the excerpt, its status and dates (site time and GMT),
// its hero image as an attachment and featured image, and its approved replies only, threaded; live
// coverage as Automattic Liveblog entries (docs/decisions/041-liveblog-import-export.md).
// Pending, spam and trashed replies never leave. WordPress needs numeric ids: each article, comment,
// term and author gets one by its order here (oldest first).
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { documentToHtml, escapeHtml } from "../content/document-render";
import { readStoredBody } from "../content/stored-body";
import type { Db } from "../db";

export type WxrSite = { name: string; description: string; url: string; timeZone: string };

// Characters XML 1.0 does not allow at all (a CDATA section cannot carry them either).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A CDATA section, as WordPress's wxr_cdata writes it: a "]]>" inside is split across two sections. */
export function cdata(value: string): string {
  return `<![CDATA[${value.replace(NOT_XML, "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** WordPress's MySQL date format, in the site's time zone and in GMT. */
export function wpDates(date: Date | null, timeZone: string): { local: string; gmt: string } {
  if (!date) return { local: "0000-00-00 00:00:00", gmt: "0000-00-00 00:00:00" };
  return { local: format(new TZDate(date.getTime(), timeZone), "yyyy-MM-dd HH:mm:ss"), gmt: format(new TZDate(date.getTime(), "UTC"), "yyyy-MM-dd HH:mm:ss") };
}

export function rfc2822(date: Date): string {
  return date.toUTCString().replace("GMT", "+0000");
}

export type WxrStatus = "publish" | "future" | "draft" | "pending" | "private";

/** Gazette's article status as WordPress's post status. Archived articles are off the site but kept: private. */
export function wpStatus(status: string, publishedAt: Date | null, now: Date): WxrStatus {
  switch (status) {
    case "PUBLISHED":
      return publishedAt && publishedAt > now ? "future" : "publish";
    case "SCHEDULED":
      return "future";
    case "IN_REVIEW":
      return "pending";
    case "ARCHIVED":
      return "private";
    default:
      return "draft";
  }
}

export type WxrComment = {
  id: string;
  parentId: string | null;
  authorName: string;
  authorEmail: string;
  authorWebsite: string | null;
  body: string;
  createdAt: Date;
};

export type WxrArticle = {
  slug: string;
  title: string;
  standfirst: string;
  body: string;
  status: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  repliesOpen: boolean;
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  authorHandle: string;
  category: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
  /** Live coverage, written as Automattic Liveblog writes it (docs/decisions/041-liveblog-import-export.md). */
  live?: { endedAt: Date | null; updates: WxrLiveUpdate[] } | null;
};

/** A live update as a Liveblog entry: its text as HTML, who posted it, when, and when it was last edited. */
export type WxrLiveUpdate = { authorName: string; authorEmail: string; headline: string; body: string; keyEvent: boolean; createdAt: Date; updatedAt: Date };

/** WordPress's <wp:commentmeta>, as its exporter writes it. */
const commentMeta = (key: string, value: string) =>
  `\t\t\t<wp:commentmeta>\n\t\t\t\t<wp:meta_key>${cdata(key)}</wp:meta_key>\n\t\t\t\t<wp:meta_value>${cdata(value)}</wp:meta_value>\n\t\t\t</wp:commentmeta>`;

/**
 * Live updates as Liveblog entries (comment_type and comment_approved "liveblog"), oldest first. A key
 * event has the plugin's "/key" command in its text and the "liveblog_key_entry" meta; an update edited
 * after it was posted gets a replacement entry ("liveblog_replaces") dated at the edit, as the plugin
 * writes an edit. The headline, which the plugin has no field for, travels in "_gazette_liveblog_headline".
 */
export function liveblogComments(updates: WxrLiveUpdate[], nextCommentId: () => number, site: WxrSite, absolute: (path: string) => string): string[] {
  const out: string[] = [];
  const entry = (update: WxrLiveUpdate, id: number, at: Date, replaces: number | null) => {
    const dates = wpDates(at, site.timeZone);
    const html = documentToHtml(readStoredBody(update.body), { absolute });
    const meta = [
      ...(replaces ? [commentMeta("liveblog_replaces", String(replaces))] : []),
      ...(update.keyEvent ? [commentMeta("liveblog_key_entry", "true")] : []),
      ...(update.headline ? [commentMeta("_gazette_liveblog_headline", update.headline)] : []),
    ];
    out.push(
      "\t\t<wp:comment>",
      `\t\t\t<wp:comment_id>${id}</wp:comment_id>`,
      `\t\t\t<wp:comment_author>${cdata(update.authorName)}</wp:comment_author>`,
      `\t\t\t<wp:comment_author_email>${cdata(update.authorEmail)}</wp:comment_author_email>`,
      "\t\t\t<wp:comment_author_url></wp:comment_author_url>",
      `\t\t\t<wp:comment_author_IP>${cdata("")}</wp:comment_author_IP>`,
      `\t\t\t<wp:comment_date>${cdata(dates.local)}</wp:comment_date>`,
      `\t\t\t<wp:comment_date_gmt>${cdata(dates.gmt)}</wp:comment_date_gmt>`,
      `\t\t\t<wp:comment_content>${cdata(update.keyEvent ? `${html}\n<span class="liveblog-command type-key">key</span>` : html)}</wp:comment_content>`,
      `\t\t\t<wp:comment_approved>${cdata("liveblog")}</wp:comment_approved>`,
      `\t\t\t<wp:comment_type>${cdata("liveblog")}</wp:comment_type>`,
      "\t\t\t<wp:comment_parent>0</wp:comment_parent>",
      "\t\t\t<wp:comment_user_id>0</wp:comment_user_id>",
      ...meta,
      "\t\t</wp:comment>",
    );
  };
  for (const update of updates) {
    const id = nextCommentId();
    entry(update, id, update.createdAt, null);
    if (update.updatedAt.getTime() - update.createdAt.getTime() >= 1000) entry(update, nextCommentId(), update.updatedAt, id);
  }
  return out;
}

type Numbering = { postId: number; attachmentId: number | null; nextCommentId: () => number };

/** One article as an <item> (and its hero image as an attachment item before it, if any). */
export function wxrItem(article: WxrArticle, comments: WxrComment[], numbers: Numbering, site: WxrSite, now: Date): string {
  const absolute = (path: string) => new URL(path, site.url).toString();
  const link = absolute(`/articles/${article.slug}`);
  const status = wpStatus(article.status, article.publishedAt, now);
  const shown = article.publishedAt ?? article.createdAt;
  const dates = wpDates(shown, site.timeZone);
  // WordPress writes a draft's GMT date as zeros: it has none until it is published.
  const gmt = status === "draft" || status === "pending" ? "0000-00-00 00:00:00" : dates.gmt;
  const modified = wpDates(article.updatedAt, site.timeZone);
  const html = documentToHtml(readStoredBody(article.body), { absolute });
  const out: string[] = [];
  // The hero image: an attachment item after its post (WordPress writes items in id order), the
  // post's featured image through _thumbnail_id.
  const attachment: string[] = [];
  if (article.heroImageUrl && numbers.attachmentId) {
    const url = absolute(article.heroImageUrl);
    attachment.push(
      "\t<item>",
      `\t\t<title>${cdata(article.heroImageAlt || article.title)}</title>`,
      `\t\t<link>${xmlText(url)}</link>`,
      `\t\t<dc:creator>${cdata(article.authorHandle)}</dc:creator>`,
      `\t\t<guid isPermaLink="false">${xmlText(url)}</guid>`,
      "\t\t<description></description>",
      `\t\t<content:encoded>${cdata("")}</content:encoded>`,
      `\t\t<excerpt:encoded>${cdata(article.heroImageAlt ?? "")}</excerpt:encoded>`,
      `\t\t<wp:post_id>${numbers.attachmentId}</wp:post_id>`,
      `\t\t<wp:post_date>${cdata(dates.local)}</wp:post_date>`,
      `\t\t<wp:post_date_gmt>${cdata(dates.gmt)}</wp:post_date_gmt>`,
      `\t\t<wp:post_name>${cdata(`${article.slug}-image`)}</wp:post_name>`,
      `\t\t<wp:status>${cdata("inherit")}</wp:status>`,
      `\t\t<wp:post_parent>${numbers.postId}</wp:post_parent>`,
      `\t\t<wp:post_type>${cdata("attachment")}</wp:post_type>`,
      `\t\t<wp:attachment_url>${cdata(url)}</wp:attachment_url>`,
      `\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata("_wp_attachment_image_alt")}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(article.heroImageAlt ?? "")}</wp:meta_value>\n\t\t</wp:postmeta>`,
      "\t</item>",
    );
  }

  out.push(
    "\t<item>",
    `\t\t<title>${cdata(article.title)}</title>`,
    `\t\t<link>${xmlText(link)}</link>`,
    `\t\t<pubDate>${rfc2822(shown)}</pubDate>`,
    `\t\t<dc:creator>${cdata(article.authorHandle)}</dc:creator>`,
    `\t\t<guid isPermaLink="false">${xmlText(link)}</guid>`,
    "\t\t<description></description>",
    `\t\t<content:encoded>${cdata(html)}</content:encoded>`,
    `\t\t<excerpt:encoded>${cdata(article.standfirst)}</excerpt:encoded>`,
    `\t\t<wp:post_id>${numbers.postId}</wp:post_id>`,
    `\t\t<wp:post_date>${cdata(dates.local)}</wp:post_date>`,
    `\t\t<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>`,
    `\t\t<wp:post_modified>${cdata(modified.local)}</wp:post_modified>`,
    `\t\t<wp:post_modified_gmt>${cdata(modified.gmt)}</wp:post_modified_gmt>`,
    `\t\t<wp:comment_status>${cdata(article.repliesOpen ? "open" : "closed")}</wp:comment_status>`,
    `\t\t<wp:ping_status>${cdata("closed")}</wp:ping_status>`,
    `\t\t<wp:post_name>${cdata(article.slug)}</wp:post_name>`,
    `\t\t<wp:status>${cdata(status)}</wp:status>`,
    "\t\t<wp:post_parent>0</wp:post_parent>",
    "\t\t<wp:menu_order>0</wp:menu_order>",
    `\t\t<wp:post_type>${cdata("post")}</wp:post_type>`,
    `\t\t<wp:post_password>${cdata("")}</wp:post_password>`,
    "\t\t<wp:is_sticky>0</wp:is_sticky>",
  );
  if (article.category) out.push(`\t\t<category domain="category" nicename="${xmlText(article.category.slug)}">${cdata(article.category.name)}</category>`);
  for (const tag of article.tags) out.push(`\t\t<category domain="post_tag" nicename="${xmlText(tag.slug)}">${cdata(tag.name)}</category>`);
  if (article.live) {
    // The plugin's state: "enable" while live, "archive" once ended.
    out.push(`\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata("liveblog")}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(article.live.endedAt ? "archive" : "enable")}</wp:meta_value>\n\t\t</wp:postmeta>`);
  }
  if (numbers.attachmentId) {
    out.push(`\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata("_thumbnail_id")}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(String(numbers.attachmentId))}</wp:meta_value>\n\t\t</wp:postmeta>`);
  }

  // Approved replies only (the caller selects them), parents before children. A reply whose parent
  // was not approved hangs from the article, as readers see it.
  const commentIds = new Map<string, number>();
  for (const comment of comments) commentIds.set(comment.id, numbers.nextCommentId());
  for (const comment of comments) {
    const commentDates = wpDates(comment.createdAt, site.timeZone);
    out.push(
      "\t\t<wp:comment>",
      `\t\t\t<wp:comment_id>${commentIds.get(comment.id)}</wp:comment_id>`,
      `\t\t\t<wp:comment_author>${cdata(comment.authorName)}</wp:comment_author>`,
      `\t\t\t<wp:comment_author_email>${cdata(comment.authorEmail)}</wp:comment_author_email>`,
      `\t\t\t<wp:comment_author_url>${xmlText(comment.authorWebsite ?? "")}</wp:comment_author_url>`,
      `\t\t\t<wp:comment_author_IP>${cdata("")}</wp:comment_author_IP>`,
      `\t\t\t<wp:comment_date>${cdata(commentDates.local)}</wp:comment_date>`,
      `\t\t\t<wp:comment_date_gmt>${cdata(commentDates.gmt)}</wp:comment_date_gmt>`,
      // A reply is plain text; WordPress reads comment content as HTML, so its < and & are escaped.
      `\t\t\t<wp:comment_content>${cdata(escapeHtml(comment.body))}</wp:comment_content>`,
      `\t\t\t<wp:comment_approved>${cdata("1")}</wp:comment_approved>`,
      `\t\t\t<wp:comment_type>${cdata("comment")}</wp:comment_type>`,
      `\t\t\t<wp:comment_parent>${(comment.parentId && commentIds.get(comment.parentId)) || 0}</wp:comment_parent>`,
      "\t\t\t<wp:comment_user_id>0</wp:comment_user_id>",
      "\t\t</wp:comment>",
    );
  }
  if (article.live) out.push(...liveblogComments(article.live.updates, numbers.nextCommentId, site, absolute));
  out.push("\t</item>", ...attachment);
  return out.join("\n") + "\n";
}

/** Approved replies ordered so that each comes after its parent (oldest first within a level). */
export function threadOrder(comments: WxrComment[]): WxrComment[] {
  const ids = new Set(comments.map((comment) => comment.id));
  const children = new Map<string | null, WxrComment[]>();
  for (const comment of [...comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))) {
    const parent = comment.parentId && ids.has(comment.parentId) ? comment.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), comment]);
  }
  const ordered: WxrComment[] = [];
  const walk = (parent: string | null) => {
    for (const comment of children.get(parent) ?? []) {
      ordered.push(comment);
      walk(comment.id);
    }
  };
  walk(null);
  return ordered;
}

/** Categories ordered so that each comes after its parent (a loop, which the dashboard prevents, ends the walk). */
export function parentsFirst<T extends { id: string; parentId: string | null }>(categories: T[]): T[] {
  const ids = new Set(categories.map((category) => category.id));
  const ordered: T[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const category of categories) {
      const effectiveParent = category.parentId && ids.has(category.parentId) ? category.parentId : null;
      if (effectiveParent !== parent || seen.has(category.id)) continue;
      seen.add(category.id);
      ordered.push(category);
      walk(category.id);
    }
  };
  walk(null);
  // Anything in a loop has no root to reach it from: written last, as top-level sections.
  return [...ordered, ...categories.filter((category) => !seen.has(category.id))];
}

class Out {
  constructor(private readonly stream: WriteStream) {}
  async write(text: string) {
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }
  async close() {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

export type WxrCounts = { articles: number; comments: number; liveUpdates: number; authors: number; categories: number; tags: number };

const PAGE = 100;

/** Write the whole site as WXR 1.2 to `file` (through file.partial: never a half file under its name). */
export async function exportWxr(db: Db, options: { file: string; site: WxrSite; now?: Date }): Promise<WxrCounts> {
  const { site } = options;
  const now = options.now ?? new Date();
  const partial = `${options.file}.partial`;
  const out = new Out(createWriteStream(partial));
  const counts: WxrCounts = { articles: 0, comments: 0, liveUpdates: 0, authors: 0, categories: 0, tags: 0 };
  try {
    await out.write(
      [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        // No "--" may appear inside an XML comment (the command line has two): described in words.
        "<!-- A WordPress eXtended RSS file written by Gazette's WXR export. Import it in WordPress under Tools, Import, WordPress. -->",
        '<rss version="2.0"',
        '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
        '\txmlns:wp="http://wordpress.org/export/1.2/"',
        ">",
        "<channel>",
        `\t<title>${xmlText(site.name)}</title>`,
        `\t<link>${xmlText(site.url)}</link>`,
        `\t<description>${xmlText(site.description)}</description>`,
        `\t<pubDate>${rfc2822(now)}</pubDate>`,
        "\t<language>en</language>",
        "\t<wp:wxr_version>1.2</wp:wxr_version>",
        `\t<wp:base_site_url>${xmlText(site.url)}</wp:base_site_url>`,
        `\t<wp:base_blog_url>${xmlText(site.url)}</wp:base_blog_url>`,
        "",
      ].join("\n"),
    );

    // Authors: every byline (their email only when they have a login; WordPress asks for one per user).
    let authorId = 0;
    for (let cursor: string | undefined; ; ) {
      const authors = await db.author.findMany({
        select: { id: true, handle: true, displayName: true, user: { select: { email: true } } },
        orderBy: { id: "asc" },
        take: PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      for (const author of authors) {
        const [first, ...rest] = author.displayName.split(" ");
        await out.write(
          [
            "\t<wp:author>",
            `\t\t<wp:author_id>${++authorId}</wp:author_id>`,
            `\t\t<wp:author_login>${cdata(author.handle)}</wp:author_login>`,
            `\t\t<wp:author_email>${cdata(author.user?.email ?? "")}</wp:author_email>`,
            `\t\t<wp:author_display_name>${cdata(author.displayName)}</wp:author_display_name>`,
            `\t\t<wp:author_first_name>${cdata(first ?? "")}</wp:author_first_name>`,
            `\t\t<wp:author_last_name>${cdata(rest.join(" "))}</wp:author_last_name>`,
            "\t</wp:author>",
            "",
          ].join("\n"),
        );
      }
      counts.authors += authors.length;
      if (authors.length < PAGE) break;
      cursor = authors.at(-1)!.id;
    }

    let termId = 0;
    // Sections are few (a newsroom has tens, not thousands): read at once, parents before children as WordPress wants.
    const categories = await db.category.findMany({ select: { id: true, parentId: true, slug: true, name: true, description: true }, orderBy: { slug: "asc" } });
    const slugOf = new Map(categories.map((category) => [category.id, category.slug]));
    for (const category of parentsFirst(categories)) {
      await out.write(
        [
          "\t<wp:category>",
          `\t\t<wp:term_id>${++termId}</wp:term_id>`,
          `\t\t<wp:category_nicename>${cdata(category.slug)}</wp:category_nicename>`,
          `\t\t<wp:category_parent>${cdata((category.parentId && slugOf.get(category.parentId)) || "")}</wp:category_parent>`,
          `\t\t<wp:cat_name>${cdata(category.name)}</wp:cat_name>`,
          `\t\t<wp:category_description>${cdata(category.description)}</wp:category_description>`,
          "\t</wp:category>",
          "",
        ].join("\n"),
      );
      counts.categories++;
    }
    for (let cursor: string | undefined; ; ) {
      const tags = await db.tag.findMany({ select: { id: true, slug: true, name: true }, orderBy: { id: "asc" }, take: PAGE, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
      for (const tag of tags) {
        await out.write(
          ["\t<wp:tag>", `\t\t<wp:term_id>${++termId}</wp:term_id>`, `\t\t<wp:tag_slug>${cdata(tag.slug)}</wp:tag_slug>`, `\t\t<wp:tag_name>${cdata(tag.name)}</wp:tag_name>`, "\t</wp:tag>", ""].join(
            "\n",
          ),
        );
      }
      counts.tags += tags.length;
      if (tags.length < PAGE) break;
      cursor = tags.at(-1)!.id;
    }
    await out.write("\t<generator>Gazette</generator>\n");

    // Articles, oldest first, a page at a time; numbers: articles and their images share WordPress's post ids.
    let postId = 0;
    let commentId = 0;
    const nextCommentId = () => ++commentId;
    for (let cursor: string | undefined; ; ) {
      const articles = await db.article.findMany({
        select: {
          id: true,
          slug: true,
          title: true,
          standfirst: true,
          body: true,
          status: true,
          publishedAt: true,
          createdAt: true,
          updatedAt: true,
          repliesOpen: true,
          heroImageUrl: true,
          heroImageAlt: true,
          author: { select: { handle: true } },
          category: { select: { slug: true, name: true } },
          tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { slug: "asc" } } },
          replies: {
            where: { status: "APPROVED" },
            select: { id: true, parentId: true, authorName: true, authorEmail: true, authorWebsite: true, body: true, createdAt: true },
          },
          live: {
            select: {
              endedAt: true,
              updates: {
                where: { deletedAt: null },
                orderBy: [{ createdAt: "asc" }, { id: "asc" }],
                select: {
                  headline: true,
                  body: true,
                  keyEvent: true,
                  createdAt: true,
                  updatedAt: true,
                  author: { select: { name: true, email: true, author: { select: { displayName: true } } } },
                  byline: { select: { displayName: true, user: { select: { email: true } } } },
                },
              },
            },
          },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      for (const article of articles) {
        const numbers: Numbering = { postId: ++postId, attachmentId: article.heroImageUrl ? ++postId : null, nextCommentId };
        const comments = threadOrder(article.replies);
        const live = article.live && {
          endedAt: article.live.endedAt,
          updates: article.live.updates.map((update) => ({
            ...update,
            authorName: update.author?.author?.displayName ?? update.byline?.displayName ?? update.author?.name ?? "",
            authorEmail: update.author?.email ?? update.byline?.user?.email ?? "",
          })),
        };
        await out.write(
          wxrItem({ ...article, live, authorHandle: article.author.handle, tags: article.tags.map((link) => link.tag) }, comments, numbers, site, now),
        );
        counts.articles++;
        counts.comments += comments.length;
        counts.liveUpdates += live?.updates.length ?? 0;
      }
      if (articles.length < PAGE) break;
      cursor = articles.at(-1)!.id;
    }

    await out.write("</channel>\n</rss>\n");
    await out.close();
    await rename(partial, options.file);
    return counts;
  } finally {
    await rm(partial, { force: true });
  }
}
