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
