// Runs in the browser before any of the app's own code (Next.js loads it ahead of hydration).
//
// Zod 4 compiles object schemas with `new Function` when eval is allowed, and finds out by trying
// `new Function("")` when it builds its first object schema. The dashboard's Content-Security-Policy
// refuses eval (docs/decisions/015-security-headers.md): Zod catches the refusal and parses without
// compiling, but the browser has already reported a violation, on every page with a client-side form.
// Without compiling, Zod never makes the attempt; the forms' schemas are small, so nothing is lost.
import { config } from "zod/v4/core";

config({ jitless: true });
