import { z } from "zod";

export const LoginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@example.com."))
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
});

export const PASSWORD_MIN_LENGTH = 12;

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(1024, "That password is too long.");

/** Only paths inside the dashboard are followed after signing in (no open redirects). */
export function safeCallbackPath(value: unknown): string {
  return typeof value === "string" && /^\/dashboard(\/[\w\-/?=&%.]*)?$/.test(value) ? value : "/dashboard";
}
