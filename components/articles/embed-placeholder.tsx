"use client";

import { useState } from "react";
import type { EmbedInfo } from "@/lib/content/embeds";
import { SCRIPTS_WHEN_NEAR } from "@/lib/http/scripts-on-demand";

/**
 * A third-party post or video as a placeholder (what it is, who hosts it, a link) until the reader asks
 * for it: no request reaches the provider before the click, so nobody is tracked for scrolling past.
 */
export function EmbedPlaceholder({ embed }: { embed: EmbedInfo }) {
  const [loaded, setLoaded] = useState(false);
  return (
    <figure className={`body-embed body-embed-${embed.aspect}`} {...SCRIPTS_WHEN_NEAR}>
      {loaded ? (
        <iframe
          src={embed.frameUrl}
          title={`${embed.title} on ${embed.providerName}`}
          allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
          referrerPolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
          className="h-full w-full"
        />
      ) : (
        <div className="body-embed-placeholder">
          <p className="body-embed-title">{embed.title}</p>
          <p className="body-embed-provider">
            On {embed.providerName}.{" "}
            <a href={embed.url} rel="noopener">
              Open it on {embed.providerName}
            </a>
          </p>
          <button type="button" onClick={() => setLoaded(true)} className="body-embed-load">
            Load the {embed.providerName} {embed.aspect === "video" ? "video" : "post"} here
          </button>
          <p className="body-embed-note">Loading it shares your visit with {embed.providerName}.</p>
        </div>
      )}
    </figure>
  );
}
