// Demo content for a fresh Gazette: `npm run db:seed`. It refuses to touch a database that already
// has articles (pass --reset to wipe one first), and never creates the demo logins when
// NODE_ENV=production unless --demo-accounts (or SEED_DEMO_ACCOUNTS=true) says so explicitly.
import { ArticleStatus, ReplyStatus, Role, db } from "../lib/db";
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoArticles,
  demoAuthors,
  demoCategories,
  demoPhotos,
  demoQuotes,
  demoReplies,
  sectionParagraphs,
} from "./demo-content";
import { createArticle, createAuthor, createCategory, createReply, createTag, createUser } from "./factories";
import type { Block, BodyDocument } from "../lib/content/document";
import { slugify } from "../lib/content/slug";
import { readFile } from "node:fs/promises";

const HOUR = 60 * 60 * 1000;

/**
 * The demo's photographs into the media library, through the one upload path (re-encoded, responsive
 * copies, into MEDIA_STORAGE): each article's hero image address and alt text, by title.
 */
async function seedDemoPhotos(): Promise<Map<string, { url: string; alt: string }>> {
  const { storeImageBytes, storedMediaFields } = await import("../lib/uploads/image-bytes");
  const heroes = new Map<string, { url: string; alt: string }>();
  for (const photo of demoPhotos) {
    const bytes = await readFile(new URL(`./demo-photos/${photo.file}`, import.meta.url));
    const stored = await storeImageBytes(bytes, photo.file);
    await db.media.create({ data: { ...storedMediaFields(stored), filename: photo.file, alt: photo.alt, caption: photo.caption, credit: photo.credit, focalX: photo.focalX, focalY: photo.focalY } });
    heroes.set(photo.article, { url: stored.url, alt: photo.alt });
  }
  return heroes;
}
const MINUTE = 60 * 1000;

export async function wipeDatabase() {
  // Children first, so foreign keys never object, on SQLite and PostgreSQL alike. The editions stay
  // as they are: the migration made the default one (docs/decisions/047-editions.md), and seeding
  // again changes nothing in them.
  await db.replyHoldReason.deleteMany();
  await db.reply.deleteMany({ where: { parentId: { not: null } } });
  await db.reply.deleteMany();
  await db.articleRevision.deleteMany();
  await db.slugRedirect.deleteMany();
  await db.articleTag.deleteMany();
  await db.article.deleteMany();
  await db.tag.deleteMany();
  await db.category.deleteMany();
  await db.authorLink.deleteMany();
  await db.author.deleteMany();
  await db.auditEvent.deleteMany();
  await db.siteSetting.deleteMany();
  await db.user.deleteMany();
}

const paragraph = (text: string): Block => ({ type: "paragraph", content: [{ type: "text", text }] });

/** A demo article's body: lead, two sections, a quotation and sometimes a list, as a body document. */
export function articleBody(index: number, lead: string, paragraphs: string[]): BodyDocument {
  const p = (n: number) => paragraphs[(index + n) % paragraphs.length]!;
  const quote = demoQuotes[index % demoQuotes.length]!;
  const item = (text: string) => ({ type: "listItem" as const, content: [paragraph(text)] });
  return {
    type: "doc",
    content: [
      paragraph(lead),
      paragraph(p(0)),
      { type: "blockquote", content: [paragraph(quote)] },
      paragraph(p(1)),
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What comes next" }] },
      paragraph(p(2)),
      ...(index % 3 === 0
        ? [paragraph("Three questions remain open:"), { type: "bulletList" as const, content: [item("who pays,"), item("how quickly it can happen,"), item("and who checks that it worked.")] }]
        : [paragraph(p(3))]),
    ],
  };
}

export async function seedDemoContent(options: { demoAccounts: boolean }) {
  const now = Date.now();

  const users = new Map<string, string>();
  if (options.demoAccounts) {
    for (const account of demoAccounts) {
      const user = await createUser({ ...account, role: Role[account.role], password: DEMO_PASSWORD });
      users.set(account.email, user.id);
    }
  }

  const authors = new Map<string, string>();
  for (const author of demoAuthors) {
    const created = await createAuthor({
      displayName: author.displayName,
      handle: author.handle,
      bio: author.bio,
      website: author.website,
      // A small raster (160-pixel WebP made from public/avatars/*.svg with sharp): an SVG with text costs a
      // phone a text layout for each copy on the page (decision 064).
      avatarUrl: `/avatars/${author.handle}.webp`,
      links: [...author.links],
      userId: "account" in author ? (users.get(author.account) ?? null) : null,
    });
    authors.set(author.key, created.id);
  }

  const categories = new Map<string, string>();
  for (const category of demoCategories) categories.set(category.slug, (await createCategory(category)).id);

  const tags = new Map<string, string>();
  const tagId = async (name: string) => {
    if (!tags.has(name)) tags.set(name, (await createTag({ name })).id);
    return tags.get(name)!;
  };

  const heroes = await seedDemoPhotos();
  const published: { id: string; slug: string }[] = [];
  for (const [index, article] of demoArticles.entries()) {
    // Newest first in the list above; roughly one article every 31 hours going back.
    const publishedAt = new Date(now - (index * 31 + 2) * HOUR);
    const created = await createArticle({
      title: article.title,
      slug: slugify(article.title),
      standfirst: article.standfirst,
      body: articleBody(index, article.lead, sectionParagraphs[article.category]),
      status: ArticleStatus.PUBLISHED,
      publishedAt,
      editedAt: index % 7 === 1 ? new Date(publishedAt.getTime() + 5 * HOUR) : null,
      authorId: authors.get(article.author)!,
      coAuthorIds: (article.coAuthors ?? []).map((key) => authors.get(key)!),
      categoryId: categories.get(article.category)!,
      tagIds: await Promise.all(article.tags.map(tagId)),
      sourceName: article.source?.name ?? null,
      sourceUrl: article.source?.url ?? null,
      repliesOpen: index !== 5,
      heroImageUrl: heroes.get(article.title)?.url ?? null,
      heroImageAlt: heroes.get(article.title)?.alt ?? null,
    });
    published.push(created);
  }

  // Articles readers must never see.
  const hidden = [
    { title: "Draft: Coastal Rail Plan Costings", status: ArticleStatus.DRAFT, publishedAt: null },
    { title: "In Review: Water Company Fines Explained", status: ArticleStatus.IN_REVIEW, publishedAt: null },
    { title: "Scheduled: Preview of the Spring Statement", status: ArticleStatus.SCHEDULED, publishedAt: new Date(now + 7 * 24 * HOUR) },
    { title: "Archived: Last Year's Budget Live Blog", status: ArticleStatus.ARCHIVED, publishedAt: new Date(now - 400 * 24 * HOUR) },
  ];
  for (const article of hidden) {
    await createArticle({
      ...article,
      slug: slugify(article.title),
      standfirst: "Not for readers yet.",
      body: "This article must not be visible on the public site.",
      authorId: authors.get("marcus")!,
      categoryId: categories.get("politics")!,
    });
  }

  // Replies: approved and threaded on recent articles, a few pending ones for the moderators. Each
  // conversation starts ten minutes after its article went up and lasts an hour and a half, so even
  // on the newest article (up two hours ago) every reply is dated in the past when the seed runs.
  for (const [index, article] of published.slice(0, 12).entries()) {
    const start = now - (index * 31 + 2) * HOUR + 10 * MINUTE;
    const approved = demoReplies.approved.slice(0, 2 + (index % 3));
    const created = [];
    for (const [n, reply] of approved.entries()) {
      created.push(
        await createReply({
          articleId: article.id,
          authorName: reply.name,
          authorEmail: `${slugify(reply.name)}@example.net`,
          body: reply.body,
          status: ReplyStatus.APPROVED,
          createdAt: new Date(start + n * 15 * MINUTE),
        }),
      );
    }
    let parentId = created[1]!.id;
    for (const [n, answer] of demoReplies.answers.entries()) {
      if (n > 0 && index % 2 === 1) break;
      const reply = await createReply({
        articleId: article.id,
        parentId,
        authorName: answer.name,
        authorEmail: `${slugify(answer.name)}@example.net`,
        authorWebsite: n === 0 ? "https://example.org/ruth" : null,
        body: answer.body,
        status: ReplyStatus.APPROVED,
        createdAt: new Date(start + (40 + n * 10) * MINUTE),
      });
      parentId = reply.id;
    }
    if (index < 3) {
      for (const pending of demoReplies.pending) {
        await createReply({
          articleId: article.id,
          authorName: pending.name,
          authorEmail: `${slugify(pending.name)}@example.net`,
          body: pending.body,
          status: ReplyStatus.PENDING,
          createdAt: new Date(start + 90 * MINUTE),
        });
      }
    }
  }

  return { articles: published.length, hidden: hidden.length, authors: authors.size, accounts: users.size };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const production = process.env.NODE_ENV === "production";
  const demoAccountsAllowed =
    !production || args.has("--demo-accounts") || process.env.SEED_DEMO_ACCOUNTS === "true";

  if (args.has("--reset")) {
    await wipeDatabase();
  } else if ((await db.article.count()) > 0) {
    console.log("seed: the database already has articles; nothing done (use --reset to wipe it first).");
    return;
  }
  if (!demoAccountsAllowed) {
    console.log("seed: NODE_ENV=production, so no demo logins (pass --demo-accounts to create them).");
  }
  const result = await seedDemoContent({ demoAccounts: demoAccountsAllowed });
  console.log(
    `seed: ${result.articles} published articles, ${result.hidden} unpublished, ${result.authors} authors, ${result.accounts} demo logins.`,
  );
}

// Run only as a script, not when imported by tests.
if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .then(() => db.$disconnect())
    .catch(async (error) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
