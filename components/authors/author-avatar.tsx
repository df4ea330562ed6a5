import { ServerImage } from "@/components/ui/server-image";

/**
 * An author's picture, or their initials when there is none. Decorative: the name is always beside
 * it. Fixed width and height, so nothing moves when it loads; lazy unless `priority` (top of page).
 * Uploads are resized by next/image; an address elsewhere is shown as it is.
 */
export function AuthorAvatar({ name, url, size = 64, priority = false }: { name: string; url: string | null; size?: number; priority?: boolean }) {
  if (url) {
    return (
      <ServerImage
        src={url}
        alt=""
        width={size}
        height={size}
        priority={priority}
        unoptimized={!url.startsWith("/uploads/")}
        className="avatar-image"
        style={{ width: size, height: size }}
      />
    );
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
