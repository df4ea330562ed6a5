"use client";

// A reader page that fails to render, inside the readers' layout (a failure of the layout itself is
// app/global-error.tsx's). A database outage reads "Temporarily unavailable" and the response is a
// 503 with Retry-After (lib/http/request-scope.ts).
import { ErrorMessage } from "@/components/site/error-message";

export default function PageError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorMessage error={error} inLayout />;
}
