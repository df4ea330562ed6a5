import { editionPath } from "@/lib/editions/current";

/**
 * A link between reader pages: a plain `<a>`, rendered on the server only. Next.js's `<Link>` is a
 * client component: every one on a page is hydrated, watched by an IntersectionObserver and, once
 * on screen, prefetched (a request and a payload parsed on the phone's main thread). The front page
 * has about seventy. Instead, one listener for the whole page (`ClientNavigation`, in the reader
 * layout) navigates through the App Router when such a link is clicked, and prefetches the page a
 * reader points at or touches: client-side navigation as before, for a fraction of the work
 * (docs/decisions/050-reader-links-without-hydration.md). A site address stays inside the edition
 * being rendered: `/articles/x` on a French page is `/fr/articles/x` (lib/editions/href.ts).
 */
export async function ReaderLink({ href, ...props }: React.ComponentPropsWithoutRef<"a"> & { href: string }) {
  const address = await editionPath(href);
  return <a {...props} href={address} data-reader-link="" />;
}
