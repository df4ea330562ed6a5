// Runs in the browser before any of the app's own code (Next.js loads it ahead of hydration), on
// every page, reader pages included: so it imports nothing (docs/decisions/022-speed-against-bare-next.md).
//
// Zod 4 compiles object schemas with `new Function` when eval is allowed, and finds out by trying
// `new Function("")` when it builds its first object schema. The dashboard's Content-Security-Policy
// refuses eval (docs/decisions/015-security-headers.md): Zod catches the refusal and parses without
// compiling, but the browser has already reported a violation, on every page with a client-side form.
// Without compiling, Zod never makes the attempt; the forms' schemas are small, so nothing is lost.
//
// Zod keeps its settings in one object on globalThis and adopts an object that is already there, so
// setting `jitless` here needs no import: importing `config` from zod put ~10 KB (gzip) of Zod on
// every reader page, which has no form that uses it. lib/zod-jitless.test.ts checks Zod still reads it.
import { setZodJitless } from "./lib/zod-jitless";

setZodJitless();
