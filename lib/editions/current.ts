import "server-only";
// The edition whose tree is rendering, for server components of app/[edition]: its path comes from
// the root param (`edition()` of next/root-params, which reads no header, so pages stay static), its
// language and direction from a reader query tagged `editions` (a change of editions expires every
// page that shows one). Route handlers and actions, which root params do not reach, use
// `params.edition` with `editionAt`. docs/decisions/052-editions-routing.md
import { edition } from "next/root-params";
import { cache } from "react";
import { readerQuery } from "@/lib/cache/reader-cache";
import { editionTags } from "@/lib/cache/tags";
import { MIGRATION_DEFAULT_EDITION } from "./default-edition";
import { db } from "@/lib/db";
import { editionHref } from "./href";
import { editionSelect, type RegisteredEdition } from "./registry";

/** Every edition, in their order: the sitemap index and the editions switch list them. */
export const readerEditions = readerQuery(
  "editions",
  (): Promise<RegisteredEdition[]> => db.edition.findMany({ select: editionSelect, orderBy: [{ position: "asc" }, { language: "asc" }] }),
  () => [editionTags.editions()],
);

/**
 * The edition served under `path`. proxy.ts routes only known paths into the tree; a path unknown
 * here (a list a few seconds older than the proxy's, in a fleet) is served as the default edition.
 */
export async function editionAt(path: string | undefined): Promise<RegisteredEdition> {
  const list = await readerEditions();
  const fallback = list.find((candidate) => candidate.isDefault) ?? MIGRATION_DEFAULT_EDITION;
  return (path && list.find((candidate) => candidate.path === path)) || fallback;
}

/** The edition of the page being rendered (a server component under app/[edition]). */
export const currentEdition = cache(async (): Promise<RegisteredEdition> => editionAt(await edition()));

/** `path` (one of the site's own, "/…") as an address of the edition being rendered; others unchanged. */
export async function editionPath(path: string): Promise<string> {
  return path.startsWith("/") && !path.startsWith("//") ? editionHref(await currentEdition(), path) : path;
}
