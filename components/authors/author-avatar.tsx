/** An author's picture, or their initials when there is none. Decorative: the name is always beside it. */
export function AuthorAvatar({ name, url, size = 64 }: { name: string; url: string | null; size?: number }) {
  if (url) {
    // Avatars are small, fixed-size images from our own origin or the author's profile.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={url} alt="" width={size} height={size} className="shrink-0 self-start rounded-full bg-neutral-200" />;
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
      className="inline-flex shrink-0 self-start items-center justify-center rounded-full bg-neutral-700 font-serif font-bold text-white"
    >
      {initials}
    </span>
  );
}
