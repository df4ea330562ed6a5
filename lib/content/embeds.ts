// Embeds from a pasted address alone: no oEmbed call, no network at save time. Each provider is
// recognised by its host and path; the frame address, the reader's link and the placeholder's title
// are all built from what the address says. The editor (on paste), the validator (on save) and the
// renderer (for readers) all use this one function, so a stored embed is re-checked every time.

export const EMBED_PROVIDERS = ["youtube", "vimeo", "x", "bluesky", "instagram"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export type EmbedInfo = {
  provider: EmbedProvider;
  /** The provider's name as readers know it. */
  providerName: string;
  /** What the placeholder says before the reader asks for the frame. */
  title: string;
  /** The canonical public address (the reader's link, and what is stored). */
  url: string;
  /** The provider's frame, loaded only when the reader clicks. */
  frameUrl: string;
  /** Width / height of the frame. */
  aspect: "video" | "post";
};


const MAX_URL_LENGTH = 500;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const NUMERIC_ID = /^\d{1,25}$/;
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const BSKY_HANDLE = /^(?:did:plc:[a-z2-7]{24}|[A-Za-z0-9.-]{3,253})$/;
const BSKY_RKEY = /^[A-Za-z0-9]{6,20}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(www\.|m\.|mobile\.)/, "");
}

/** The embed a pasted address stands for, or null when it is not one Gazette can embed. */
export function parseEmbedUrl(input: string): EmbedInfo | null {
  const text = input.trim();
  if (!text || text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || (url.port && url.port !== "443" && url.port !== "80")) return null;
  const host = hostOf(url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (host === "youtube.com" || host === "youtu.be" || host === "youtube-nocookie.com") {
    let id: string | null = null;
    if (host === "youtu.be") id = parts[0] ?? null;
    else if (parts[0] === "watch") id = url.searchParams.get("v");
    else if (["embed", "shorts", "live", "v"].includes(parts[0] ?? "")) id = parts[1] ?? null;
    if (!id || !YOUTUBE_ID.test(id)) return null;
    return {
      provider: "youtube",
      providerName: "YouTube",
      title: "YouTube video",
      url: `https://www.youtube.com/watch?v=${id}`,
      frameUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
      aspect: "video",
    };
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = host === "player.vimeo.com" ? (parts[0] === "video" ? parts[1] : undefined) : parts.find((part) => NUMERIC_ID.test(part));
    if (!id || !NUMERIC_ID.test(id)) return null;
    return {
      provider: "vimeo",
      providerName: "Vimeo",
      title: "Vimeo video",
      url: `https://vimeo.com/${id}`,
      frameUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
      aspect: "video",
    };
  }
  if (host === "twitter.com" || host === "x.com") {
    const [handle, status, id] = parts;
    if (!handle || !HANDLE.test(handle) || (status !== "status" && status !== "statuses") || !id || !NUMERIC_ID.test(id)) return null;
    return {
      provider: "x",
      providerName: "X",
      title: `Post by @${handle}`,
      url: `https://x.com/${handle}/status/${id}`,
      frameUrl: `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
      aspect: "post",
    };
  }
  if (host === "bsky.app") {
    const [profile, handle, post, rkey] = parts;
    if (profile !== "profile" || !handle || !BSKY_HANDLE.test(handle) || post !== "post" || !rkey || !BSKY_RKEY.test(rkey)) return null;
    return {
      provider: "bluesky",
      providerName: "Bluesky",
      title: `Post by @${handle}`,
      url: `https://bsky.app/profile/${handle}/post/${rkey}`,
      frameUrl: `https://embed.bsky.app/embed/${handle}/app.bsky.feed.post/${rkey}`,
      aspect: "post",
    };
  }
  if (host === "instagram.com") {
    const [kind, code] = parts;
    if ((kind !== "p" && kind !== "reel" && kind !== "tv") || !code || !INSTAGRAM_CODE.test(code)) return null;
    return {
      provider: "instagram",
      providerName: "Instagram",
      title: kind === "p" ? "Instagram post" : "Instagram reel",
      url: `https://www.instagram.com/${kind}/${code}/`,
      frameUrl: `https://www.instagram.com/${kind}/${code}/embed/`,
      aspect: "post",
    };
  }
  return null;
}
