import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { log, pathOf, requestIdFrom, thrownOutcome } from "@/lib/log";
import { UNAVAILABLE_MESSAGE, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { parseFormInput, type FormInputConfig } from "./form-input";
import { OUT_OF_DATE_MESSAGE, errorState, type ActionState } from "./state";

// The one way to write an action open to everyone (sign-in, email links, replies, the newsletter), as
// formAction (staff-action.ts) is for staff: a server action is a public endpoint whose arguments are
// whatever the caller sent, so every one opens the same way: the form data checked to be a form, the
// bound arguments and the fields validated by the form's own zod schema (field errors come back next
// to the fields, with what was typed), then the handler, with a database outage answered as a state
// that keeps the typed values. Each call is logged with its outcome. Who may call is the handler's
// business: rate limits, signed links, timing tokens.

type Config<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null>> = FormInputConfig<S, B> & {
  /** For the log: which action this is. */
  name: string;
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
    const parsed = parseFormInput(config, args.slice(0, boundCount), formData);
    if (!parsed.ok) return parsed.state;
    return unlessDatabaseUnavailable<R | ActionState>(
      () => handler(parsed.input, { formData, headers: requestHeaders, bound: parsed.bound }),
      () => errorState(config.unavailableMessage ?? UNAVAILABLE_MESSAGE, formData),
    );
  }
}
