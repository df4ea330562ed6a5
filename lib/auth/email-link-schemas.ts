import { z } from "zod";
import { LoginSchema, NewPasswordSchema } from "@/lib/auth/schemas";

export const ForgotPasswordSchema = z.object({ email: LoginSchema.shape.email.pipe(z.string().max(254, "That email address is too long.")) });

export const ChoosePasswordSchema = z
  .object({
    token: z.string().max(100).default(""),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string().max(1024),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

/** The one answer to a reset request, whether or not an account uses the address. */
export const RESET_REQUESTED_MESSAGE =
  "If an account uses that address, we have sent it a link to choose a new password. The link works for one hour. Check your inbox (and spam folder).";
