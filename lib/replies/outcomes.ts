// What each refusal of a reply means over HTTP, in one place: the reply API answers with this status,
// and the reply form's state carries it (the words are the mutation's: lib/replies/mutations.ts).
import type { PostReplyResult } from "./mutations";
import { REPLY_ANSWERS } from "./reader-messages";

type Refusal = Extract<PostReplyResult, { ok: false }>["code"];

export const REPLY_REFUSAL_STATUS: Record<Refusal, number> = {
  "not-found": 404,
  closed: 403,
  parent: 400,
  duplicate: 409,
  "rate-limited": 429,
  "staff-name": 400,
};

export const REPLY_NOT_FOUND_MESSAGE = REPLY_ANSWERS.notFound;
