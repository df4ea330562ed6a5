import type { CSSProperties } from "react";
import { ServerImage } from "@/components/ui/server-image";
import { responsiveSources } from "@/lib/media/pipeline";
import { publicMediaUrl } from "@/lib/media/storage";
import type { ReaderImage } from "@/lib/media/reader-images";

type Props = {
  /** The library's record of the image (sizes, variants, focal point), or null for an address elsewhere. */
  image: ReaderImage | null;
  src: string;
  alt: string;
  sizes: string;
  /** The page's largest paint: fetched first, never lazy. Everything else loads when scrolled near. */
  priority?: boolean;
  className?: string;
  /** The box the image is shown in, when it is a fixed crop (an avatar): the copies are chosen for it. */
  box?: { width: number; height: number };
};

/**
 * An image at the widths and in the formats made once at upload (lib/media/pipeline.ts): <picture>
 * with AVIF and WebP sources and the JPEG/PNG fallback, width and height so nothing shifts, and the
 * focal point as object-position so a crop (object-fit: cover) keeps it in frame. An image without
 * copies of its own is left to next/image as before.
 */
export function ResponsiveImage({ image, src, alt, sizes, priority = false, className, box }: Props) {
  const sources = image && responsiveSources(image, (url) => publicMediaUrl(url));
  const focal: CSSProperties | undefined = image ? { objectPosition: `${image.focalX}% ${image.focalY}%` } : undefined;
  if (!image || !sources || !image.width || !image.height) {
    if (box) return <ServerImage src={src} alt={alt} width={box.width} height={box.height} priority={priority} unoptimized={!src.startsWith("/uploads/")} className={className} style={{ ...focal, ...box }} />;
    return <ServerImage src={src} alt={alt} fill sizes={sizes} priority={priority} className={className} style={focal} />;
  }
  return (
    <picture>
      {sources.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={publicMediaUrl(image.url)}
        srcSet={sources.srcSet}
        sizes={sizes}
        width={box?.width ?? image.width}
        height={box?.height ?? image.height}
        alt={alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        // Decoded off the main thread, the largest paint too: a phone decoding an AVIF hero on it
        // blocks input for tens of milliseconds (decision 064).
        decoding="async"
        className={className}
        style={box ? { ...focal, ...box } : focal}
      />
    </picture>
  );
}
