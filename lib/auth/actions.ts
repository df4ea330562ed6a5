"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { SignInThrottled, signIn, signOut } from "@/lib/auth";
import { LoginSchema, safeCallbackPath } from "@/lib/auth/schemas";
import { minutesToWait, signInBlockedFor } from "@/lib/auth/throttle";
import { errorState, invalidState, type ActionState } from "@/lib/actions/state";
import { clientIp } from "@/lib/request";

// Signing in is the one action open to anyone: it is what establishes who is calling.
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = LoginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return invalidState(z.flattenError(parsed.error).fieldErrors, formData);
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof SignInThrottled || (error instanceof AuthError && (error as { code?: string }).code === "throttled")) {
      const wait = await signInBlockedFor(parsed.data.email, await clientIp());
      return errorState(
        `Too many failed sign-in attempts. Please wait ${minutesToWait(wait)} minutes and try again.`,
        formData,
      );
    }
    // The same answer for an unknown email, a wrong password and a deactivated account.
    if (error instanceof AuthError) return errorState("Incorrect email or password.", formData);
    throw error; // the redirect after a successful sign-in
  }
  return errorState("Incorrect email or password.", formData);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
