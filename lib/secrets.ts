// The site's secret (AUTH_SECRET), which signs sessions, device cookies and reply timing tokens.
// Read when needed, not at import, so that `next build` does not need it.
export function authSecret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}
