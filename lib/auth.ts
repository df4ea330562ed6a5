// next-auth (Auth.js v5) configuration: email and password, JWT sessions carrying the user's id and
// role. Every protected read and action goes through requireUser / requirePermission
// (lib/auth/session.ts), which re-checks the user in the database on each call.
// docs/decisions/003-auth.md, 007-sign-in-throttling.md
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, issueDeviceToken, readCookie, verifyDeviceToken } from "@/lib/auth/device-cookie";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { LoginSchema } from "@/lib/auth/schemas";
import { endSession, startSession } from "@/lib/auth/sessions";
import { beginSignInAttempt, signInSucceeded } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { ipFromHeaders } from "@/lib/request";
import { authSecret } from "@/lib/secrets";

/** Too many attempts for this account, address or browser: refused without checking the password. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly waitMs: number) {
    super();
  }
}

/** The database cannot be reached: said as such, not as a wrong password nor as a configuration error. */
export class SignInUnavailable extends CredentialsSignin {
  code = "unavailable";
}

/** Email and password against the account, the throttle first (docs/decisions/014-sign-in-hardening.md). */
async function checkCredentials(raw: Partial<Record<string, unknown>>, request: Request) {
  const parsed = LoginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = ipFromHeaders(request.headers);
  // A browser that signed in to this account before is counted on its own limit, so that
  // failures from elsewhere cannot lock the owner out (docs/decisions/014-sign-in-hardening.md).
  const deviceNonce = verifyDeviceToken(readCookie(request.headers.get("cookie"), DEVICE_COOKIE), email, authSecret());
  // Counted before the password is checked: simultaneous attempts cannot all pass the limit.
  const gate = await beginSignInAttempt({ email, ip, deviceNonce });
  if (!gate.allowed) throw new SignInThrottled(gate.waitMs);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
  });
  // Verify against a dummy hash for unknown emails: same work, same answer, no account probing.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || !user.active) return null;
  await signInSucceeded(gate.attempt);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const secure = request.headers.get("x-forwarded-proto") === "https";
  (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(email, authSecret()), {
    httpOnly: true,
    secure,
    sameSite: "lax",
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

const SESSION_MAX_AGE = 60 * 60 * 12;

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      // The throttle lives here, not in the login form's action, so that posting straight to
      // /api/auth/callback/credentials is throttled too.
      async authorize(raw, request) {
        return unlessDatabaseUnavailable(
          () => checkCredentials(raw, request),
          () => {
            throw new SignInUnavailable();
          },
        );
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
        // Milliseconds, unlike `iat`: compared with User.sessionsValidFrom to revoke sessions.
        token.signedInAt = Date.now();
        // The server-side record of this session: signing out deletes it (lib/auth/sessions.ts).
        token.sid = randomUUID();
        await startSession(String(token.sid), user.id!, new Date(Date.now() + SESSION_MAX_AGE * 1000));
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        signedInAt: token.signedInAt,
        sessionId: token.sid,
        user: { ...session.user, id: String(token.uid ?? ""), role: token.role },
      };
    },
  },
  events: {
    // Both the sign-out button and a POST to /api/auth/signout come through here.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
