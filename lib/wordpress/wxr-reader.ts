// A streaming reader of WordPress eXtended RSS (WXR 1.0, 1.1 and 1.2) on saxes: the file is read in
// chunks and every <item> is handed over as soon as it closes, so memory holds one item (its body and
// comments), never the export. Elements are recognised by their namespace (any
// wordpress.org/export/1.x/ URI, http or https), not by the prefix the file happens to use. A file
// that is not well-formed XML stops with its line and column (WxrSyntaxError); every text field has
// a bound, and a longer value is cut and flagged (`truncated`) so the report can say so.
import { createReadStream } from "node:fs";
import { SaxesParser, type SaxesTagNS } from "saxes";

export class WxrSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
  }
}

/** `language` is the site's, as WordPress wrote it in the feed ("en-US"; "" when absent). */
export type WxrChannel = { title: string; link: string; baseSiteUrl: string; baseBlogUrl: string; wxrVersion: string; language: string };
export type WxrAuthor = { id: string; login: string; email: string; displayName: string; firstName: string; lastName: string };
export type WxrCategory = { termId: string; nicename: string; parent: string; name: string; description: string };
export type WxrTag = { termId: string; slug: string; name: string; description: string };
export type WxrTerm = { domain: string; nicename: string; name: string };
/** A term of another taxonomy than categories and tags (`<wp:term>`): Polylang's languages and translation groups among them. */
export type WxrCustomTerm = { termId: string; taxonomy: string; slug: string; parent: string; name: string; description: string };
export type WxrComment = {
  id: string;
  author: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
  parent: string;
  userId: string;
  /** Its wp:commentmeta (Liveblog keeps edits and key events there), at most WXR_MAX_COMMENT_META keys. */
  meta: Record<string, string>;
};
export type WxrItem = {
  /** Line of the <item> in the file, for the report. */
  line: number;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  commentStatus: string;
  postName: string;
  status: string;
  postParent: string;
  postType: string;
  password: string;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: Record<string, string>;
  comments: WxrComment[];
  /** Fields that were longer than their bound and were cut. */
  truncated: string[];
};

export type WxrHandlers = {
  channel?: (channel: WxrChannel) => void;
  author?: (author: WxrAuthor) => void;
  category?: (category: WxrCategory) => void;
  tag?: (tag: WxrTag) => void;
  term?: (term: WxrCustomTerm) => void;
  item?: (item: WxrItem) => void | Promise<void>;
};

/**
 * How deep elements may nest. A WordPress export needs 6 (rss, channel, item, wp:comment,
 * wp:commentmeta, wp:meta_key); post bodies are text (CDATA), not elements. The bound also bounds
 * saxes's time: it resolves every unprefixed name by walking up the open elements (RSS declares no
 * default namespace), so a file nested n deep costs n² without it (40,000 levels took 12.7 s).
 */
export const WXR_MAX_DEPTH = 64;

/** Bounds on one field's text, in characters: a body is the only long one. */
/** Comment meta kept per comment: Liveblog uses three or four keys; the rest of a hostile file is dropped. */
export const WXR_MAX_COMMENT_META = 32;

export const WXR_FIELD_LIMITS = { content: 4_000_000, commentContent: 200_000, meta: 100_000, other: 20_000 } as const;

const WP_NS = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/?$/;
const EXCERPT_NS = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/?$/;
const NAMESPACES: [RegExp, string][] = [
  [WP_NS, "wp"],
  [EXCERPT_NS, "excerpt"],
  [/^http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, "content"],
  [/^http:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, "dc"],
];

/** A name as this reader knows it: "wp:post_id", "content:encoded", "title" (RSS has no namespace). */
function qualified(tag: SaxesTagNS): string {
  if (!tag.uri) return tag.local;
  for (const [pattern, prefix] of NAMESPACES) if (pattern.test(tag.uri)) return `${prefix}:${tag.local}`;
  return `{${tag.uri}}${tag.local}`;
}

const emptyComment = (): WxrComment => ({ id: "", author: "", authorEmail: "", authorUrl: "", authorIp: "", date: "", dateGmt: "", content: "", approved: "", type: "", parent: "", userId: "", meta: {} });
const emptyItem = (line: number): WxrItem => ({
  line,
  title: "",
  link: "",
  guid: "",
  creator: "",
  content: "",
  excerpt: "",
  postId: "",
  postDate: "",
  postDateGmt: "",
  commentStatus: "",
  postName: "",
  status: "",
  postParent: "",
  postType: "",
  password: "",
  attachmentUrl: "",
  terms: [],
  meta: {},
  comments: [],
  truncated: [],
});

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  guid: "guid",
  "dc:creator": "creator",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:comment_status": "commentStatus",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_parent": "postParent",
  "wp:post_type": "postType",
  "wp:post_password": "password",
  "wp:attachment_url": "attachmentUrl",
};
const COMMENT_FIELDS: Record<string, Exclude<keyof WxrComment, "meta">> = {
  "wp:comment_id": "id",
  "wp:comment_author": "author",
  "wp:comment_author_email": "authorEmail",
  "wp:comment_author_url": "authorUrl",
  "wp:comment_author_IP": "authorIp",
  "wp:comment_date": "date",
  "wp:comment_date_gmt": "dateGmt",
  "wp:comment_content": "content",
  "wp:comment_approved": "approved",
  "wp:comment_type": "type",
  "wp:comment_parent": "parent",
  "wp:comment_user_id": "userId",
};

type Frame = { name: string; text: string; limit: number; truncated: boolean; attributes: Record<string, string> };

function limitFor(name: string): number {
  if (name === "content:encoded") return WXR_FIELD_LIMITS.content;
  if (name === "wp:comment_content") return WXR_FIELD_LIMITS.commentContent;
  if (name === "wp:meta_value") return WXR_FIELD_LIMITS.meta;
  return WXR_FIELD_LIMITS.other;
}

/**
 * Read a WXR file from `path`, calling the handlers as each part closes. An item handler may be async:
 * reading waits for it (items are handled in file order, one at a time). Throws WxrSyntaxError on a
 * malformed file or one that is not a WordPress export.
 */
export async function readWxr(path: string, handlers: WxrHandlers): Promise<{ channel: WxrChannel; items: number; invalidCharacters: number }> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const channel: WxrChannel = { title: "", link: "", baseSiteUrl: "", baseBlogUrl: "", wxrVersion: "", language: "" };
  let channelSent = false;
  let sawRss = false;
  let item: WxrItem | null = null;
  let comment: WxrComment | null = null;
  let meta: { key: string; value: string } | null = null;
  let commentMeta: { key: string; value: string } | null = null;
  let record: Record<string, string> | null = null;
  let items = 0;
  const ready: WxrItem[] = [];
  let failure: WxrSyntaxError | null = null;

  const fail = (message: string) => {
    failure ??= new WxrSyntaxError(message, parser.line, parser.column + 1);
  };
  const sendChannel = () => {
    if (channelSent) return;
    channelSent = true;
    handlers.channel?.(channel);
  };

  parser.on("error", (error) => {
    // saxes prefixes "line:column: "; the position is given separately.
    fail(error.message.replace(/^[^:]*:?\d+:\d+: /, "").replace(/\.$/, ""));
    throw failure;
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= WXR_MAX_DEPTH) {
      fail(`Elements are nested more than ${WXR_MAX_DEPTH} deep (<${tag.name.slice(0, 40)}> inside ${stack.length} others): a WordPress export needs 6`);
      throw failure;
    }
    const name = qualified(tag);
    const attributes: Record<string, string> = {};
    for (const [key, attribute] of Object.entries(tag.attributes)) attributes[key] = typeof attribute === "string" ? attribute : attribute.value;
    if (stack.length === 0) {
      if (name !== "rss") fail(`This is not a WordPress export: the file starts with <${tag.name}>, not <rss>`);
      sawRss = true;
    }
    const parent = stack.at(-1)?.name;
    if (name === "item" && parent === "channel") {
      sendChannel();
      item = emptyItem(parser.line);
    } else if (name === "wp:comment" && item) comment = emptyComment();
    else if (name === "wp:commentmeta" && comment) commentMeta = { key: "", value: "" };
    else if (name === "wp:postmeta" && item) meta = { key: "", value: "" };
    else if (parent === "channel" && (name === "wp:author" || name === "wp:category" || name === "wp:tag" || name === "wp:term")) record = {};
    stack.push({ name, text: "", limit: limitFor(name), truncated: false, attributes });
  });
  const onText = (text: string) => {
    const frame = stack.at(-1);
    if (!frame) return;
    if (frame.text.length + text.length > frame.limit) {
      frame.text += text.slice(0, Math.max(0, frame.limit - frame.text.length));
      frame.truncated = true;
    } else frame.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    const frame = stack.pop()!;
    const { name, text } = frame;
    const parent = stack.at(-1)?.name;
    if (item) {
      if (name === "item") {
        ready.push(item);
        item = null;
        items++;
      } else if (comment) {
        if (name === "wp:comment") {
          item.comments.push(comment);
          comment = null;
          commentMeta = null;
        } else if (commentMeta) {
          if (name === "wp:commentmeta") {
            const key = commentMeta.key.trim();
            if (key && (key in comment.meta || Object.keys(comment.meta).length < WXR_MAX_COMMENT_META)) comment.meta[key] = commentMeta.value;
            commentMeta = null;
          } else if (name === "wp:meta_key") commentMeta.key = text;
          else if (name === "wp:meta_value") commentMeta.value = text;
        } else if (parent === "wp:comment" && COMMENT_FIELDS[name]) {
          comment[COMMENT_FIELDS[name]] = text;
          if (frame.truncated) item.truncated.push(`comment ${comment.id || "?"} ${name}`);
        }
      } else if (meta) {
        if (name === "wp:postmeta") {
          if (meta.key) item.meta[meta.key] = meta.value;
          meta = null;
        } else if (name === "wp:meta_key") meta.key = text;
        else if (name === "wp:meta_value") meta.value = text;
      } else if (parent === "item") {
        const field = ITEM_FIELDS[name];
        if (field) {
          (item[field] as string) = text;
          if (frame.truncated) item.truncated.push(name);
        } else if (name === "category") {
          item.terms.push({ domain: frame.attributes.domain ?? "category", nicename: frame.attributes.nicename ?? "", name: text.trim() });
        }
      }
      return;
    }
    if (record) {
      if (parent === "channel") {
        const r = record;
        record = null;
        if (name === "wp:author") {
          handlers.author?.({ id: r.author_id ?? "", login: (r.author_login ?? "").trim(), email: r.author_email ?? "", displayName: (r.author_display_name ?? "").trim(), firstName: r.author_first_name ?? "", lastName: r.author_last_name ?? "" });
        } else if (name === "wp:category") {
          handlers.category?.({ termId: (r.term_id ?? "").trim(), nicename: (r.category_nicename ?? "").trim(), parent: (r.category_parent ?? "").trim(), name: (r.cat_name ?? "").trim(), description: r.category_description ?? "" });
        } else if (name === "wp:tag") {
          handlers.tag?.({ termId: (r.term_id ?? "").trim(), slug: (r.tag_slug ?? "").trim(), name: (r.tag_name ?? "").trim(), description: r.tag_description ?? "" });
        } else if (name === "wp:term") {
          handlers.term?.({ termId: (r.term_id ?? "").trim(), taxonomy: (r.term_taxonomy ?? "").trim(), slug: (r.term_slug ?? "").trim(), parent: (r.term_parent ?? "").trim(), name: (r.term_name ?? "").trim(), description: r.term_description ?? "" });
        }
      } else if (name.startsWith("wp:")) record[name.slice(3)] = text;
      return;
    }
    if (parent === "channel") {
      if (name === "title") channel.title = text.trim();
      else if (name === "link") channel.link = text.trim();
      else if (name === "wp:base_site_url") channel.baseSiteUrl = text.trim();
      else if (name === "wp:base_blog_url") channel.baseBlogUrl = text.trim();
      else if (name === "wp:wxr_version") channel.wxrVersion = text.trim();
      else if (name === "language") channel.language = text.trim();
    }
  });

  const stream = createReadStream(/*turbopackIgnore: true*/ path, { highWaterMark: 64 * 1024 });
  // Bytes that are not UTF-8 become "�" (U+FFFD), as browsers read them; they are counted (the
  // characters "�" the decoder wrote, less those the file itself spelled) so the report can say so.
  const decoder = new TextDecoder("utf-8");
  let invalidCharacters = 0;
  const decode = (bytes?: Buffer) => {
    const text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    invalidCharacters += countOf(text) - (bytes ? literalReplacements(bytes) : 0);
    return text;
  };
  try {
    for await (const bytes of stream) {
      const chunk = decode(bytes as Buffer);
      try {
        parser.write(chunk);
      } catch (error) {
        if (failure) throw failure;
        throw error;
      }
      if (failure) throw failure;
      while (ready.length) await handlers.item?.(ready.shift()!);
    }
    try {
      const rest = decode();
      if (rest) parser.write(rest);
      parser.close();
    } catch (error) {
      if (failure) throw failure;
      throw error;
    }
    if (failure) throw failure;
    while (ready.length) await handlers.item?.(ready.shift()!);
  } finally {
    stream.destroy();
  }
  if (!sawRss) throw new WxrSyntaxError("The file is empty or holds no XML", parser.line, parser.column + 1);
  if (!channel.wxrVersion) throw new WxrSyntaxError("This is RSS but not a WordPress export: it has no <wp:wxr_version>", parser.line, parser.column + 1);
  if (!/^1\.[0-2]$/.test(channel.wxrVersion)) throw new WxrSyntaxError(`WXR version ${channel.wxrVersion.slice(0, 20)} is not one this importer reads (1.0, 1.1 or 1.2)`, parser.line, parser.column + 1);
  sendChannel();
  return { channel, items, invalidCharacters: Math.max(0, invalidCharacters) };
}

const REPLACEMENT_BYTES = Buffer.from("\uFFFD", "utf8");

function countOf(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\uFFFD"); index >= 0; index = text.indexOf("\uFFFD", index + 1)) count++;
  return count;
}

function literalReplacements(bytes: Buffer): number {
  let count = 0;
  for (let index = bytes.indexOf(REPLACEMENT_BYTES); index >= 0; index = bytes.indexOf(REPLACEMENT_BYTES, index + 3)) count++;
  return count;
}
