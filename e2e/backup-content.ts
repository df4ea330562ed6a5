// Run by e2e/backup-restore.spec.ts with `tsx`, against DATABASE_URL (the SQLite file it exports from):
// a byline, an article in a section inside another, a tag, a correction, threaded approved replies, a pending one
// and a spam one, an uploaded image in UPLOAD_DIR with its media row, and a remembered WordPress id. Prints what it made as JSON.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ReplyStatus, db } from "../lib/db";
import { createArticle, createAuthor, createCategory, createCorrection, createReply, createTag } from "../prisma/factories";

const suffix = process.argv[2] ?? "x";
const author = await createAuthor({ displayName: `Backup Reporter ${suffix}`, links: [{ label: "Website", url: "https://example.org/" }] });
const parentCategory = await createCategory({ name: `Archives ${suffix}` });
const created = await createCategory({ name: `Archive ${suffix}` });
// A section inside another: a row pointing at a row of its own table, like a reply's parent.
const category = await db.category.update({ where: { id: created.id }, data: { parentId: parentCategory.id }, select: { id: true } });
const tag = await createTag({ name: `Restored ${suffix}` });
const article = await createArticle({
  title: `The archive survives ${suffix}`,
  standfirst: "Exported, restored and served again.",
  body: "A first paragraph about the move.\n\n## Moving day\n\nThe *second* paragraph, with [a link](https://example.org/).",
  authorId: author.id,
  categoryId: category.id,
  tagIds: [tag.id],
});
await createCorrection({ articleId: article.id, text: `A figure was corrected (${suffix}).` });
const parent = await createReply({ articleId: article.id, authorName: `Ines ${suffix}`, body: "The first approved reply.", createdAt: new Date(Date.now() - 30_000) });
const child = await createReply({ articleId: article.id, parentId: parent.id, authorName: `Omar ${suffix}`, body: "An answer to Ines.", createdAt: new Date(Date.now() - 20_000) });
await createReply({ articleId: article.id, parentId: child.id, authorName: `Lena ${suffix}`, body: "An answer to Omar.", createdAt: new Date(Date.now() - 10_000) });
await createReply({ articleId: article.id, authorName: `Pending ${suffix}`, body: "Not yet approved.", status: ReplyStatus.PENDING });
await createReply({ articleId: article.id, authorName: `Spammer ${suffix}`, body: "Buy now.", status: ReplyStatus.SPAM });

// A 1×1 PNG, as the media library would have stored it.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? "./uploads");
await mkdir(path.join(uploadDir, "2026", "11"), { recursive: true });
await writeFile(path.join(uploadDir, "2026", "11", `backup-${suffix}.png`), png);
await db.media.create({ data: { url: `/uploads/2026/11/backup-${suffix}.png`, filename: "pixel.png", mime: "image/png", width: 1, height: 1, byteSize: png.length, alt: "A pixel" } });

// What the WordPress import remembers (a table added after the backup was written: exported all the same).
await db.importedItem.create({ data: { source: "wordpress:https://old.example.com", kind: "post", externalId: "42", externalSlug: "old-slug", entityId: article.id } });

console.log(JSON.stringify({ article: { title: article.title, slug: article.slug }, author: { displayName: author.displayName, handle: author.handle }, suffix }));
await db.$disconnect();
