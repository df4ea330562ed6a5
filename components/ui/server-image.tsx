import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * next/image's markup (resized sources, srcset, reserved box, lazy loading) rendered on the server
 * only: next/image's <Image> is a client component, and on a reader page nothing about an image needs
 * the browser to run code. `priority` images (the top of the page) are loaded first and preloaded.
 */
export function ServerImage({ priority = false, alt, ...image }: ImageProps) {
  const { props } = getImageProps({ ...image, alt, priority });
  if (priority && typeof props.src === "string") {
    preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  }
  // eslint-disable-next-line @next/next/no-img-element -- these are next/image's own props
  return <img {...props} alt={alt} />;
}
