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
