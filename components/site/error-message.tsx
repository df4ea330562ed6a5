// What a person reads when a page could not be made: "temporarily unavailable" when the database could
// not be reached (the server also answered 503 with Retry-After; lib/db/unavailable.ts), otherwise a
// plain error. Used by app/[edition]/error.tsx (inside the readers' layout, whose <main> it then leaves
// alone: `inLayout`, in the edition's language: ./error-words.tsx) and app/global-error.tsx, so it
// must work without the site's layout (in English).
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/ops/unavailable-digest";
import type { ErrorWords } from "./error-words";

const ENGLISH: ErrorWords = {
  unavailableTitle: "Temporarily unavailable",
  unavailableText: "The site cannot reach its database just now. Nothing you saved is lost. Please try again in a minute.",
  errorTitle: "Something went wrong",
  errorText: "This page could not be shown. Please try again; if it keeps happening, come back later.",
  tryAgain: "Try again",
  frontPage: "Go to the front page",
  home: "/",
  reference: "Reference: {digest}",
};

export function ErrorMessage({ error, inLayout = false, words = ENGLISH }: { error: Error & { digest?: string }; inLayout?: boolean; words?: ErrorWords }) {
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  const Box = inLayout ? "div" : "main";
  return (
    <Box id={inLayout ? undefined : "main"} className="container-page flex-1 py-16">
      <h1 className="font-serif text-4xl font-bold">{unavailable ? words.unavailableTitle : words.errorTitle}</h1>
      <p className="mt-4 max-w-prose text-lg text-muted">{unavailable ? words.unavailableText : words.errorText}</p>
      <p className="mt-6 flex flex-wrap gap-6">
        <button type="button" onClick={() => window.location.reload()} className="link-accent">
          {words.tryAgain}
        </button>
        {/* A plain link: the front page is usually still served from the cache. */}
        <a href={words.home} className="link-accent">
          {words.frontPage}
        </a>
      </p>
      {error.digest && !unavailable && <p className="mt-6 text-sm text-muted">{words.reference.replace("{digest}", error.digest)}</p>}
    </Box>
  );
}
