import { ResponsiveImage } from "@/components/media/responsive-image";
import { getReaderImage } from "@/lib/media/reader-images";

/**
 * An author's picture, or their initials when there is none. Decorative: the name is always beside
 * it. Fixed width and height, so nothing moves when it loads; lazy unless `priority` (top of page).
 * A library image uses the copies made at upload, cropped around its focal point; an older upload is
 * resized by next/image; an address elsewhere is shown as it is.
 */
export async function AuthorAvatar({ name, url, size = 64, priority = false }: { name: string; url: string | null; size?: number; priority?: boolean }) {
  if (url) {
    const image = await getReaderImage(url);
    return <ResponsiveImage image={image} src={url} alt="" sizes={`${size}px`} priority={priority} className="avatar-image" box={{ width: size, height: size }} />;
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size / 2.6 }}
      className="avatar-initials"
    >
      {initials}
    </span>
  );
}
