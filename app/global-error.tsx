"use client";

// When the root layout itself fails: it replaces the whole document, so it brings its own.
import { ErrorMessage } from "@/components/site/error-message";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-paper font-sans text-ink antialiased">
        <ErrorMessage error={error} />
      </body>
    </html>
  );
}
