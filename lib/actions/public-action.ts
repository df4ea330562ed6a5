import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { log, pathOf, requestIdFrom, thrownOutcome } from "@/lib/log";
import { UNAVAILABLE_MESSAGE, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { formDataToObject } from "./form-data";
import { OUT_OF_DATE_MESSAGE, errorState, invalidState, type ActionState, type FieldErrors } from "./state";

// The one way to write an action open to everyone (sign-in, email links, replies, the newsletter), as
// formAction (staff-action.ts) is for staff: a server action is a public endpoint whose arguments are
// whatever the caller sent, so every one opens the same way: the form data checked to be a form, the
// bound arguments and the fields validated by the form's own zod schema (field errors come back next
// to the fields, with what was typed), then the handler, with a database outage answered as a state
// that keeps the typed values. Each call is logged with its outcome. Who may call is the handler's
// business: rate limits, signed links, timing tokens.

type Config<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null>> = {
  /** For the log: which action this is. */
  name: string;
  schema: S;
  /** Arguments bound with .bind() before the state and the form data. */
  bound?: B;
  /** When the form has no field to mark (a button with a hidden token), say what is wrong in the message. */
  summariseErrors?: boolean;
  /** What to say while the database is away, if not the usual words. */
  unavailableMessage?: string;
};

type Context<B extends z.ZodTuple<readonly z.ZodType[], null>> = { formData: FormData; headers: Headers; bound: z.output<B> };

export function publicFormAction<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null> = z.ZodTuple<[], null>, R extends ActionState = ActionState>(
  config: Config<S, B>,
  handler: (input: z.output<S>, context: Context<B>) => Promise<R>,
): (...args: [...z.input<B>, ActionState, FormData]) => Promise<R | ActionState> {
  return async (...args) => {
    const started = performance.now();
    const requestHeaders = await headers();
    const fields = { requestId: requestIdFrom(requestHeaders), route: pathOf(requestHeaders.get("referer")), action: config.name };
    const done = (outcome: string) => log.info({ ...fields, outcome, durationMs: Math.round(performance.now() - started) }, "action");
    try {
      const state = await run(args, requestHeaders);
      done(state.status);
      return state;
    } catch (error) {
      const outcome = thrownOutcome(error);
      if (!outcome.error) done(`redirect ${outcome.status}`);
      throw error;
    }
  };

  async function run(args: unknown[], requestHeaders: Headers): Promise<R | ActionState> {
    const boundCount = config.bound?.def.items.length ?? 0;
    const formData = args[boundCount + 1];
    if (!(formData instanceof FormData)) return errorState(OUT_OF_DATE_MESSAGE);
    const bound = (config.bound ?? z.tuple([])).safeParse(args.slice(0, boundCount));
    if (!bound.success) return errorState(OUT_OF_DATE_MESSAGE, formData);
    const parsed = config.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      if (config.summariseErrors) return errorState(parsed.error.issues[0]?.message ?? OUT_OF_DATE_MESSAGE, formData);
      return invalidState(z.flattenError(parsed.error).fieldErrors as FieldErrors, formData);
    }
    return unlessDatabaseUnavailable<R | ActionState>(
      () => handler(parsed.data, { formData, headers: requestHeaders, bound: bound.data as z.output<B> }),
      () => errorState(config.unavailableMessage ?? UNAVAILABLE_MESSAGE, formData),
    );
  }
}
