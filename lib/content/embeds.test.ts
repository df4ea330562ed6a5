import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALLOWED_SOURCES } from "../security/policy.js";
import { parseEmbedUrl } from "./embeds";

describe("parseEmbedUrl", () => {
  it("builds each provider's embed from its address alone", () => {
    const cases: [string, string, string, string][] = [
      ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
      ["https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
      ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
      ["https://vimeo.com/76979871", "vimeo", "https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"],
      ["https://twitter.com/gazette/status/1234567890", "x", "https://x.com/gazette/status/1234567890", "https://platform.twitter.com/embed/Tweet.html?id=1234567890&dnt=true"],
      ["https://x.com/gazette/status/1234567890?s=20", "x", "https://x.com/gazette/status/1234567890", "https://platform.twitter.com/embed/Tweet.html?id=1234567890&dnt=true"],
      ["https://bsky.app/profile/amara.example.com/post/3kxyzabc2de", "bluesky", "https://bsky.app/profile/amara.example.com/post/3kxyzabc2de", "https://embed.bsky.app/embed/amara.example.com/app.bsky.feed.post/3kxyzabc2de"],
      ["https://www.instagram.com/p/C0dEfGhIjK/", "instagram", "https://www.instagram.com/p/C0dEfGhIjK/", "https://www.instagram.com/p/C0dEfGhIjK/embed/"],
    ];
    for (const [input, provider, url, frameUrl] of cases) {
      const embed = parseEmbedUrl(input);
      assert.deepEqual(embed && [embed.provider, embed.url, embed.frameUrl], [provider, url, frameUrl], input);
    }
  });

  it("refuses everything else", () => {
    for (const input of [
      "javascript:alert(1)",
      "https://evil.example/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=short",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>",
      "https://user:pass@youtube.com/watch?v=dQw4w9WgXcQ",
      "https://x.com/gazette",
      "https://vimeo.com/channels/staffpicks",
      "not a url",
      `https://youtu.be/${"a".repeat(600)}`,
    ]) {
      assert.equal(parseEmbedUrl(input), null, input);
    }
  });

  it("only ever builds frames the reader pages' Content-Security-Policy allows", () => {
    for (const input of ["https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/1", "https://x.com/a/status/1", "https://bsky.app/profile/a.bsky.social/post/3kxyzabc2de", "https://instagram.com/reel/abcdef/"]) {
      const embed = parseEmbedUrl(input);
      assert.ok(embed, input);
      assert.ok(ALLOWED_SOURCES.readerFrames.includes(new URL(embed.frameUrl).origin), embed.frameUrl);
    }
  });
});
