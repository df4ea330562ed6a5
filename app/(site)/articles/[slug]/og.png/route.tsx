// A share image for articles without a hero image: headline, standfirst and byline on the masthead's
// colours, drawn by next/og (with its bundled font; nothing is downloaded).
import { ImageResponse } from "next/og";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { env } from "@/lib/env";

// Cached like the article page: drawn on the first request, again only when the article changes.
export const generateStaticParams = renderOnFirstRequest;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = await getPublishedArticleBySlug((await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", borderTop: "24px solid #a4161a" }}>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700, color: "#16181d" }}>{env.SITE_NAME}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          {article.category && <div style={{ fontSize: 28, color: "#a4161a", textTransform: "uppercase", letterSpacing: 2 }}>{article.category.name}</div>}
          <div style={{ fontSize: article.title.length > 80 ? 52 : 64, fontWeight: 700, color: "#16181d", lineHeight: 1.1 }}>{article.title}</div>
          {article.standfirst && <div style={{ fontSize: 30, color: "#4b5260", lineHeight: 1.3 }}>{article.standfirst.slice(0, 180)}</div>}
        </div>
        <div style={{ display: "flex", fontSize: 28, color: "#4b5260" }}>By {article.author.displayName}</div>
      </div>
    ),
    { width: 1200, height: 630, headers: { "Cache-Control": READER_CACHE_CONTROL } },
  );
}
