import { expect, test } from "./fixtures";

// Sign-in itself arrives with the dashboard; this checks next-auth is mounted and configured.
test("next-auth is wired with the email and password provider", async ({ request }) => {
  const response = await request.get("/api/auth/providers");
  expect(response.status()).toBe(200);
  const providers = await response.json();
  expect(providers.credentials).toMatchObject({ id: "credentials", type: "credentials" });

  const session = await request.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toBeNull();
});
