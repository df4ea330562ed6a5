import type { APIRequestContext } from "@playwright/test";

/**
 * One sign-in posted straight to next-auth's endpoint (what a script would do), answered with how it
 * ended: "signed-in", "incorrect" (the password was checked) or "throttled" (it was not).
 */
export async function postSignIn(
  request: APIRequestContext,
  credentials: { email: string; password: string; csrfToken: string },
  headers: Record<string, string> = {},
): Promise<"signed-in" | "incorrect" | "throttled"> {
  const response = await request.post("/api/auth/callback/credentials", {
    form: { ...credentials, callbackUrl: "/dashboard" },
    headers,
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  if (location.includes("code=throttled")) return "throttled";
  if (location.includes("error=")) return "incorrect";
  if (location.endsWith("/dashboard")) return "signed-in";
  throw new Error(`unexpected answer ${response.status()} ${location}`);
}

export async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

export function count<T>(values: T[], value: T): number {
  return values.filter((v) => v === value).length;
}
