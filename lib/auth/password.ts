// Password hashing with argon2id (OWASP's first choice). @node-rs/argon2 ships a prebuilt binary
// and needs no install script (docs/decisions/003-auth.md).
import { hash, verify } from "@node-rs/argon2";

// Argon2id is the library's default algorithm; the costs are OWASP's minimum recommendation.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash to verify against when the email is unknown, so a wrong email costs as much time as a
// wrong password and the two cannot be told apart.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword("not-a-real-password"));
}
