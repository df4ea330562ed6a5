// Authors: a byline per WordPress login, the same person as a staff account with the same address,
// and with `inviteAuthors` an account of their own and its invitation. The byline is written through
// the author profiles' import entry (lib/authors/import.ts: handle rule, audit event and expiry go
// with the write), the invitation through the users' (lib/users/invitations.ts).
import { importAuthorProfile } from "@/lib/authors/import";
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
  const owner = await oldAddressOwner("author", { externalSlug: login.toLowerCase() });
  if (owner && owner.source !== run.source) run.claimed(`/author/${login.toLowerCase()}/`, owner.source);
  const remember = (client: Parameters<ImportRun["remember"]>[0], authorId: string) => run.remember(client, "author", login, authorId, login.toLowerCase());
  let authorId = staff?.author?.id ?? null;
  if (authorId) await remember(db, authorId);
  else {
    const displayName = htmlToSingleLine(author.displayName || [author.firstName, author.lastName].join(" ").trim() || login, 100) || toSingleLine(login, 100) || "Author";
    const user = staff ? null : await inviteAuthor(run, email, displayName);
    authorId = (await importAuthorProfile(run.actor, { wantedHandle: login, displayName, userId: user?.id ?? null, source: run.source }, remember)).id;
  }
  run.authorIds.set(login, authorId);
  return authorId;
}
