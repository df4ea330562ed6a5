import { ResponsiveImage } from "@/components/media/responsive-image";
import { getReaderImage } from "@/lib/media/reader-images";

/**
 * A story's picture filling a card's box (its parent: relative, with an aspect ratio), cropped around
 * the image's focal point, from the copies made at upload. An address elsewhere goes through next/image.
 */
export async function CardImage({ src, alt, sizes, priority = false }: { src: string; alt: string; sizes: string; priority?: boolean }) {
  const image = await getReaderImage(src);
  return <ResponsiveImage image={image} src={src} alt={alt} sizes={sizes} priority={priority} className="absolute inset-0 h-full w-full object-cover" />;
}

/** A thumbnail's width on a phone: 7rem is 196 pixels at 1.75×, 336 at 3×, so the 400-pixel copy. */
export const THUMBNAIL_ON_PHONE = "7rem";

/**
 * On a phone, a secondary story is a row: this small picture beside its headline, as the Guardian's
 * and France 24's phone front pages show them (`sizes` for the wider screens, then THUMBNAIL_ON_PHONE);
 * `wide` sets its width from the `sm:` breakpoint up. Lazy, never competing with the lead's picture.
 * The box has its own aspect ratio, so nothing shifts when the picture arrives.
 */
export function CardThumbnail({ src, alt, sizes, wide }: { src: string; alt: string; sizes: string; wide: string }) {
  return (
    <div className={`relative aspect-[3/2] w-28 shrink-0 overflow-hidden rounded bg-surface ${wide}`}>
      <CardImage src={src} alt={alt} sizes={`${sizes}, ${THUMBNAIL_ON_PHONE}`} />
    </div>
  );
}
