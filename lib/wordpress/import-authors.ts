// Authors: a byline per WordPress login, the same person as a staff account with the same address,
// and with `inviteAuthors` an account of their own and its invitation.
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { inviteUser } from "@/lib/users/invitations";
import { htmlToSingleLine, toSingleLine } from "./html-to-document";
import type { ImportRun } from "./import-run";
import { oldAddressOwner } from "./old-address-owner";
import type { WxrAuthor } from "./wxr-reader";

/**
 * With `inviteAuthors`: an account (role Author) and its invitation in the outbox, or null. Called
 * only when importAuthor found no account with this address.
 */
async function inviteAuthor(run: ImportRun, email: string, name: string): Promise<{ id: string } | null> {
  if (!run.inviteAuthors || email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null;
  const inviter = run.report.siteTitle ? `The import of “${run.report.siteTitle.slice(0, 100)}”` : "The WordPress import";
  const user = await inviteUser({ email, name: name.slice(0, 100), role: "AUTHOR", inviter, actorId: run.actorId, detail: "AUTHOR (WordPress import)" });
  run.report.authors.invited++;
  return user;
}

export async function importAuthor(run: ImportRun, author: WxrAuthor): Promise<string> {
  const login = author.login.trim().slice(0, 200) || "unknown";
  const cached = run.authorIds.get(login);
  if (cached) return cached;
  run.report.authors.found++;
  const known = await run.remembered("author", login);
  if (known) {
    run.report.authors.existing++;
    run.authorIds.set(login, known);
    return known;
  }
  run.report.authors.created++;
  if (run.dryRun) {
    run.authorIds.set(login, `dry-run:${login}`);
    return `dry-run:${login}`;
  }
  // Someone with a dashboard login and the same address is the same person: their byline is used.
  const email = author.email.trim().toLowerCase();
  const staff = email ? await db.user.findUnique({ where: { email }, select: { author: { select: { id: true } } } }) : null;
  let authorId = staff?.author?.id ?? null;
  if (!authorId) {
    const displayName = htmlToSingleLine(author.displayName || [author.firstName, author.lastName].join(" ").trim() || login, 100) || toSingleLine(login, 100) || "Author";
    const handle = await uniqueSlug(slugify(login) || displayName, async (candidate) => (await db.author.count({ where: { handle: candidate } })) > 0);
    const user = staff ? null : await inviteAuthor(run, email, displayName);
    authorId = (await db.author.create({ data: { handle, displayName, userId: user?.id ?? null }, select: { id: true } })).id;
  }
  const owner = await oldAddressOwner("author", { externalSlug: login.toLowerCase() });
  if (owner && owner.source !== run.source) run.claimed(`/author/${login.toLowerCase()}/`, owner.source);
  await run.remember(db, "author", login, authorId, login.toLowerCase());
  run.authorIds.set(login, authorId);
  return authorId;
}
