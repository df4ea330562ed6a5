import { MediaCard } from "@/components/media/media-card";
import { MediaUploadForm } from "@/components/media/media-upload-form";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/content/pagination";
import { formatDate } from "@/lib/format";
import { listMedia } from "@/lib/media/queries";
import { MediaQuerySchema } from "@/lib/media/schemas";
import { publicMediaUrl } from "@/lib/media/storage";

export const metadata = { title: "Media" };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

/** Where the library's thumbnails come from: the CDN when there is one. */
function thumbnail(url: string): string {
  return publicMediaUrl(url);
}

function sizeText(bytes: number | null): string {
  if (bytes === null) return "";
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requirePagePermission("media:upload");
  const params = await searchParams;
  const parsed = MediaQuerySchema.safeParse(typeof params.q === "string" ? params.q : "");
  const query = parsed.success ? parsed.data : "";
  const { rows, page } = await listMedia({ query, page: parsePageParam(params.page) });
  const base = `/dashboard/media${query ? `?${new URLSearchParams({ q: query })}` : ""}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Media</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Every uploaded image, with the alt text, caption and credit each use starts from. An image an article uses cannot be deleted.
      </p>

      <section aria-labelledby="upload-heading" className="mt-6 max-w-3xl rounded border border-rule p-4">
        <h2 id="upload-heading" className="font-serif text-xl font-bold">
          Upload an image
        </h2>
        <div className="mt-3">
          <MediaUploadForm />
        </div>
      </section>

      <form role="search" action="/dashboard/media" className="mt-8 flex max-w-md gap-2">
        <label htmlFor="media-search" className="sr-only">
          Search images
        </label>
        <input id="media-search" name="q" type="search" defaultValue={query} placeholder="File name, alt text, caption or credit" maxLength={200} className="block w-full rounded border border-neutral-400 px-3 py-2" />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      {!parsed.success && <p className="mt-2 text-sm text-accent">That search cannot be used; showing every image.</p>}

      {rows.length === 0 ? (
        <p className="mt-8 text-muted">{query ? "No images match." : "No images yet. Upload the first one above."}</p>
      ) : (
        <ul aria-label="Images" className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {rows.map((row) => (
            <MediaCard
              key={row.id}
              id={row.id}
              url={row.url}
              filename={row.filename}
              alt={row.alt}
              caption={row.caption}
              credit={row.credit}
              details={[row.width && row.height ? `${row.width} × ${row.height}` : "", sizeText(row.byteSize), formatDate(row.createdAt), row.uploadedBy?.name ?? ""]
                .filter(Boolean)
                .join(" · ")}
              canEdit={can(user.role, "media:edit:any") || row.uploadedById === user.id}
              canDelete={can(user.role, "media:delete")}
              thumbnailUrl={thumbnail(row.variantWidths.split(",").includes("400") ? row.url.replace(/\.[a-z]+$/, "-400.webp") : row.url)}
              width={row.width}
              height={row.height}
              originalMetadata={row.originalKey ? row.originalMetadata : null}
              focalX={row.focalX}
              focalY={row.focalY}
            />
          ))}
        </ul>
      )}
      <Pagination info={page} basePath={base} label="Media pages" />
    </>
  );
}
