"use client";

// The words of a reader page that could not be made, in its edition's language. app/[edition]/error.tsx
// is a client component that Next.js renders inside the readers' layout, which cannot pass it props:
// the layout provides them here, made on the server from the messages (no message formatter in the
// browser: docs/decisions/056-the-article-page-without-a-message-formatter.md). A provider has no
// element of its own, so it adds nothing to hydrate but its props.
import { createContext, useContext } from "react";

export type ErrorWords = {
  unavailableTitle: string;
  unavailableText: string;
  errorTitle: string;
  errorText: string;
  tryAgain: string;
  frontPage: string;
  /** The edition's front page ("/", "/fr"). */
  home: string;
  /** "Reference: {digest}" with the digest's place marked by "{digest}". */
  reference: string;
};

const Words = createContext<ErrorWords | null>(null);

export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: React.ReactNode }) {
  return <Words value={words}>{children}</Words>;
}

/** The edition's words, or null outside the readers' layout (app/global-error.tsx: English). */
export function useErrorWords(): ErrorWords | null {
  return useContext(Words);
}
