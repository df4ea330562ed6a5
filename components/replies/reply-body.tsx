import { Fragment } from "react";
import { parsePlainText } from "@/lib/replies/plain-text";

/** A reader's text as paragraphs, with web addresses as user-generated, unendorsed links. */
export function ReplyBody({ body }: { body: string }) {
  return (
    <div className="reply-text">
      {parsePlainText(body).map((lines, p) => (
        <p key={p}>
          {lines.map((segments, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              {segments.map((segment, s) =>
                segment.kind === "link" ? (
                  <a key={s} href={segment.href} rel="ugc nofollow noopener">
                    {segment.text}
                  </a>
                ) : (
                  <Fragment key={s}>{segment.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
