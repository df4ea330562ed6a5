import type { Prisma } from "@/lib/db";

// An image of the media library as client components see it (the picker, the body editor's figures).
export type MediaItem = {
  id: string;
  url: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  filename: string;
};

/** What is read for a MediaItem (the library's writes and reads alike). */
export const mediaItemSelect = {
  id: true,
  url: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  filename: true,
} satisfies Prisma.MediaSelect;
