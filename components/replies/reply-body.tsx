import { Fragment } from "react";
import { parsePlainText } from "@/lib/replies/plain-text";

/**
 * A reader's text as paragraphs, with web addresses as user-generated, unendorsed links. Each
 * paragraph takes the direction of what the reader wrote (`dir="auto"`): an English reply on an
 * Arabic page reads left to right, and an Arabic one on an English page right to left.
 */
export function ReplyBody({ body }: { body: string }) {
  return (
    <div className="reply-text">
      {parsePlainText(body).map((lines, p) => (
        <p key={p} dir="auto">
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
