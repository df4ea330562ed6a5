"use server";

import { AuthError } from "next-auth";
import { SignInThrottled, signIn, signOut } from "@/lib/auth";
import { LoginSchema, safeCallbackPath } from "@/lib/auth/schemas";
import { endAllSessions } from "@/lib/auth/sessions";
import { waitInMinutes } from "@/lib/auth/wait";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { SIGN_IN_UNAVAILABLE_MESSAGE } from "@/lib/ops/unavailable-digest";
import { publicFormAction } from "@/lib/actions/public-action";
import { errorState } from "@/lib/actions/state";

// Signing in is the one action open to anyone: it is what establishes who is calling.
export const signInAction = publicFormAction({ name: "sign-in", schema: LoginSchema, unavailableMessage: SIGN_IN_UNAVAILABLE_MESSAGE }, async (input, { formData }) => {
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof SignInThrottled || (error instanceof AuthError && (error as { code?: string }).code === "throttled")) {
      const wait = (error as { waitMs?: number }).waitMs ?? 15 * 60_000;
      return errorState(
        `Too many failed sign-in attempts. Please wait ${waitInMinutes(wait)} and try again.`,
        formData,
      );
    }
    if ((error as { code?: string }).code === "unavailable") return errorState(SIGN_IN_UNAVAILABLE_MESSAGE, formData);
    // The same answer for an unknown email, a wrong password and a deactivated account.
    if (error instanceof AuthError) return errorState("Incorrect email or password.", formData);
    throw error; // the redirect after a successful sign-in
  }
  return errorState("Incorrect email or password.", formData);
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}

/**
 * Ends every session of the caller, on every browser (this one too), e.g. after losing a laptop.
 * Like signing out, it needs a session and nothing else (not the staff guard: a one-time password
 * must not stop someone ending a stolen session).
 */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  await endAllSessions(user.id);
  await signOut({ redirectTo: "/login?signedOut=1" });
}
