// next-auth (Auth.js v5) configuration: email and password, JWT sessions carrying the user's id and
// role. Every protected read and action goes through requireUser / requirePermission
// (lib/auth/session.ts), which re-checks the user in the database on each call.
// docs/decisions/003-auth.md, 007-sign-in-throttling.md
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { LoginSchema } from "@/lib/auth/schemas";
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { ipFromHeaders } from "@/lib/request";

/** Too many failed attempts for this account or address: refused without checking the password. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      // The throttle lives here, not in the login form's action, so that posting straight to
      // /api/auth/callback/credentials is throttled too.
      async authorize(raw, request) {
        const parsed = LoginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = ipFromHeaders(request.headers);
        if ((await signInBlockedFor(email, ip)) > 0) throw new SignInThrottled();

        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
        });
        // Verify against a dummy hash for unknown emails: same work, same answer, no account probing.
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !valid || !user.active) {
          await recordFailedSignIn(email, ip);
          return null;
        }
        await clearFailedSignIns(email);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
        // Milliseconds, unlike `iat`: compared with User.sessionsValidFrom to revoke sessions.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        signedInAt: token.signedInAt,
        user: { ...session.user, id: String(token.uid ?? ""), role: token.role },
      };
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
