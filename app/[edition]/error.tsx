"use client";

// A reader page that fails to render, inside the readers' layout (a failure of the layout itself is
// app/global-error.tsx's), in the edition's language (the layout provides the words). A database
// outage reads "Temporarily unavailable" and the response is a 503 with Retry-After (lib/http/request-scope.ts).
import { ErrorMessage } from "@/components/site/error-message";
import { useErrorWords } from "@/components/site/error-words";

export default function PageError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorMessage error={error} inLayout words={useErrorWords() ?? undefined} />;
}
