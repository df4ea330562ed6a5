// The words and marks for a database outage that browser code needs too (app/[edition]/error.tsx, forms); the
// server side is in lib/db/unavailable.ts. docs/decisions/021-database-outages.md

/** A digest of our own: Next.js keeps a thrown error's `digest`, so app/[edition]/error.tsx can tell this case apart. */
export const DATABASE_UNAVAILABLE_DIGEST = "GAZETTE_DATABASE_UNAVAILABLE";

/** For a form whose submission was not saved: nothing is lost, and the person knows what to do. */
export const UNAVAILABLE_MESSAGE =
  "The site cannot reach its database just now, so this was not saved. What you typed is still here: please try again in a minute.";

/** For a form whose request never got an answer (the server is down, or the connection dropped). */
export const UNREACHABLE_MESSAGE =
  "The site did not answer, so this may not have been saved. What you typed is still here: please try again in a minute.";

export const SIGN_IN_UNAVAILABLE_MESSAGE = "Sign-in is temporarily unavailable because the site cannot reach its database. Please try again in a minute.";
