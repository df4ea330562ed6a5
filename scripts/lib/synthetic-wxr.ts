// A synthetic WordPress export for the import benchmark (`npm run bench -- --import`): N posts over a
// few authors, a category tree and tags, bodies in both editors' HTML (classic paragraphs, block
// comments, a [caption], an embed, a list, a table now and then) and threaded comments in every
// approval state. Written as a stream: 10,000 posts never sit in memory.
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { once } from "node:events";

export type SyntheticWxrOptions = { posts: number; commentsPerPost?: number; authors?: number; categories?: number; tags?: number };
export type SyntheticWxrCounts = { posts: number; comments: number; items: number };

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const pad = (n: number) => String(n).padStart(2, "0");
const wpDate = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
const WORDS = "the council said on tuesday that a new report into river water quality would be published before the summer after residents raised concerns about".split(" ");

function sentence(seed: number, words = 18): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function body(n: number): string {
  if (n % 2 === 0) {
    // Classic editor: no <p>, blank lines between paragraphs.
    return [
      sentence(n) + " " + sentence(n + 1),
      `${sentence(n + 2)}\n<strong>${sentence(n + 3, 6)}</strong> <a href="https://example.com/${n}">${sentence(n + 4, 4)}</a>`,
      `[caption id="attachment_${n}" align="alignnone" width="600"]<img src="https://old.example/wp-content/uploads/2019/05/photo-${n % 50}.jpg" alt="Photo ${n}" width="600" height="400" /> A caption for ${n}[/caption]`,
      `<ul>\n<li>${sentence(n + 5, 5)}</li>\n<li>${sentence(n + 6, 5)}</li>\n</ul>`,
      n % 10 === 0 ? "https://www.youtube.com/watch?v=dQw4w9WgXcQ" : sentence(n + 7),
      n % 20 === 0 ? "<table><tr><td>a</td><td>b</td></tr></table>" : sentence(n + 8),
    ].join("\n\n");
  }
  return [
    `<!-- wp:paragraph -->\n<p>${sentence(n)} ${sentence(n + 1)}</p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:heading -->\n<h2 class="wp-block-heading">${sentence(n + 2, 5)}</h2>\n<!-- /wp:heading -->`,
    `<!-- wp:paragraph -->\n<p>${sentence(n + 3)} <em>${sentence(n + 4, 4)}</em></p>\n<!-- /wp:paragraph -->`,
    `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>${sentence(n + 5, 10)}</p></blockquote>\n<!-- /wp:quote -->`,
    `<!-- wp:image {"id":${n}} -->\n<figure class="wp-block-image"><img src="https://old.example/wp-content/uploads/2020/01/image-${n % 50}.jpg" alt="Image ${n}"/></figure>\n<!-- /wp:image -->`,
    `<!-- wp:paragraph -->\n<p>${sentence(n + 6)}</p>\n<!-- /wp:paragraph -->`,
  ].join("\n\n");
}

/** Write the export to `file`; returns what it holds. */
export async function writeSyntheticWxr(file: string, options: SyntheticWxrOptions): Promise<SyntheticWxrCounts> {
  const authors = options.authors ?? 20;
  const categories = options.categories ?? 30;
  const tags = options.tags ?? 200;
  const commentsPerPost = options.commentsPerPost ?? 3;
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Synthetic news</title><link>https://old.example</link><description>Benchmark</description>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example</wp:base_site_url><wp:base_blog_url>https://old.example</wp:base_blog_url>
`);
  for (let a = 1; a <= authors; a++) {
    await write(`<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`reporter${a}`)}</wp:author_login><wp:author_email>${cdata(`reporter${a}@old.example`)}</wp:author_email><wp:author_display_name>${cdata(`Reporter ${a}`)}</wp:author_display_name><wp:author_first_name></wp:author_first_name><wp:author_last_name></wp:author_last_name></wp:author>\n`);
  }
  for (let c = 1; c <= categories; c++) {
    const parent = c > 5 ? `section-${((c - 1) % 5) + 1}` : "";
    await write(`<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename>${cdata(`section-${c}`)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(`Section ${c}`)}</wp:cat_name></wp:category>\n`);
  }
  for (let t = 1; t <= tags; t++) {
    await write(`<wp:tag><wp:term_id>${1000 + t}</wp:term_id><wp:tag_slug>${cdata(`topic-${t}`)}</wp:tag_slug><wp:tag_name>${cdata(`Topic ${t}`)}</wp:tag_name></wp:tag>\n`);
  }
  let comments = 0;
  const start = Date.UTC(2015, 0, 1);
  for (let n = 1; n <= options.posts; n++) {
    const id = 10_000 + n;
    const date = new Date(start + n * 3_600_000);
    const status = n % 50 === 0 ? "draft" : n % 97 === 0 ? "pending" : "publish";
    const postComments: string[] = [];
    for (let k = 1; k <= commentsPerPost; k++) {
      const commentId = id * 10 + k;
      const approved = k === 3 ? "0" : n % 31 === 0 && k === 2 ? "spam" : "1";
      const parent = k === 2 ? id * 10 + 1 : 0;
      postComments.push(
        `<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>${cdata(`Reader ${k}`)}</wp:comment_author><wp:comment_author_email>${cdata(`reader${k}@example.com`)}</wp:comment_author_email><wp:comment_author_url>https://reader${k}.example</wp:comment_author_url><wp:comment_date>${wpDate(date)}</wp:comment_date><wp:comment_date_gmt>${wpDate(date)}</wp:comment_date_gmt><wp:comment_content>${cdata(sentence(n + k, 12))}</wp:comment_content><wp:comment_approved>${approved}</wp:comment_approved><wp:comment_type></wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`,
      );
      comments++;
    }
    await write(`<item>
<title>${cdata(`Story ${n}: ${sentence(n, 6).slice(0, -1)}`)}</title>
<link>https://old.example/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/story-${n}/</link>
<dc:creator>${cdata(`reporter${(n % authors) + 1}`)}</dc:creator>
<content:encoded>${cdata(body(n))}</content:encoded>
<excerpt:encoded>${cdata(n % 3 === 0 ? sentence(n + 9, 20) : "")}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${wpDate(date)}</wp:post_date><wp:post_date_gmt>${wpDate(date)}</wp:post_date_gmt>
<wp:comment_status>open</wp:comment_status><wp:post_name>${cdata(`story-${n}`)}</wp:post_name><wp:status>${status}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>
<category domain="category" nicename="section-${(n % categories) + 1}">${cdata(`Section ${(n % categories) + 1}`)}</category>
<category domain="post_tag" nicename="topic-${(n % tags) + 1}">${cdata(`Topic ${(n % tags) + 1}`)}</category>
<category domain="post_tag" nicename="topic-${((n * 7) % tags) + 1}">${cdata(`Topic ${((n * 7) % tags) + 1}`)}</category>
${postComments.join("\n")}
</item>
`);
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
  return { posts: options.posts, comments, items: options.posts };
}

/**
 * An export split into parts of at most `maxBytes` (unless one item is larger) at item boundaries,
 * each with the export's head (site, authors, categories, tags) and end, as WordPress writes an
 * export of a range of dates: for the dashboard's upload limit. Returns the parts' files (beside
 * `file`) and how many items each holds.
 */
export function splitWxr(file: string, maxBytes: number): { files: string[]; posts: number[] } {
  const text = readFileSync(file, "utf8");
  const first = text.indexOf("<item>");
  const end = text.lastIndexOf("</channel>");
  if (first < 0 || end < first) throw new Error("bench: the export has no items to split");
  const head = text.slice(0, first);
  const tail = text.slice(end);
  const items = text.slice(first, end).split(/(?=<item>)/);
  const files: string[] = [];
  const posts: number[] = [];
  let part: string[] = [];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const flush = () => {
    if (!part.length) return;
    const out = `${file.replace(/\.xml$/, "")}-part-${files.length + 1}.xml`;
    writeFileSync(out, head + part.join("") + tail);
    files.push(out);
    posts.push(part.length);
    part = [];
    bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  };
  for (const item of items) {
    const size = Buffer.byteLength(item);
    if (part.length && bytes + size > maxBytes) flush();
    part.push(item);
    bytes += size;
  }
  flush();
  return { files, posts };
}
