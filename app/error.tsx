"use client";

// Any page that fails to render, under the root layout. A database outage reads "Temporarily
// unavailable" and the response is a 503 with Retry-After (lib/peer-address.ts).
import { ErrorMessage } from "@/components/site/error-message";

export default function PageError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorMessage error={error} />;
}
