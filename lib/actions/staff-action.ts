import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { log, pathOf, requestIdFrom, thrownOutcome } from "@/lib/log";
import { AuthorizationError, requirePermission, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { UNAVAILABLE_MESSAGE, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { parseFormInput, type FormInputConfig } from "./form-input";
import { OUT_OF_DATE_MESSAGE, errorState, type ActionState } from "./state";

// The one way to write a staff action (docs/decisions/013-one-way-for-staff-actions.md). Every
// action, form or not, goes through `caller` and zod in the same order: who is calling (checked
// against the database, not a cookie's claims; a one-time password must be replaced first) → every
// argument validated with zod, bound ones included (a client can send any value for an argument
// bound with .bind()) → the domain call. Refusals come back as a state, never
// as a thrown error, and a form's typed values come back with them, so nothing is lost; a database
// outage too (docs/decisions/021-database-outages.md).

type Guard = {
  permission: Permission;
  /** Only for changing the one-time password itself: everything else waits until it is changed. */
  allowWithOneTimePassword?: boolean;
};

async function caller(guard: Guard): Promise<SessionUser | AuthorizationError> {
  try {
    return await requirePermission(guard.permission, { allowWithOneTimePassword: guard.allowWithOneTimePassword });
  } catch (error) {
    if (error instanceof AuthorizationError) return error;
    throw error;
  }
}

/**
 * Log one staff action (pino, lib/log.ts): request id, the page it was sent from, Next's action id,
 * the permission it needs, who called, the outcome and how long it took. Redirects (the usual end
 * of a successful action) are outcomes, not errors; errors are logged with their digest by
 * instrumentation.ts.
 */
function logged<A extends unknown[], R extends ActionState>(permission: Permission, action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    const started = performance.now();
    const h = await headers();
    const fields = {
      requestId: requestIdFrom(h),
      route: pathOf(h.get("referer")),
      actionId: h.get("next-action") ?? undefined,
      permission,
    };
    try {
      const state = await action(...args);
      log.info({ ...fields, outcome: state.status, durationMs: Math.round(performance.now() - started) }, "action");
      return state;
    } catch (error) {
      const outcome = thrownOutcome(error);
      if (!outcome.error) log.info({ ...fields, outcome: `redirect ${outcome.status}`, durationMs: Math.round(performance.now() - started) }, "action");
      throw error;
    }
  };
}

type FormConfig<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null>> = Guard & FormInputConfig<S, B>;

type FormContext<B extends z.ZodTuple<readonly z.ZodType[], null>> = { user: SessionUser; formData: FormData; bound: z.output<B> };

/**
 * A form action for useActionState: `(...bound, previousState, formData) => state`. Validation errors
 * come back per field with the submitted values.
 */
export function formAction<S extends z.ZodType, B extends z.ZodTuple<readonly z.ZodType[], null> = z.ZodTuple<[], null>, R extends ActionState = ActionState>(
  config: FormConfig<S, B>,
  handler: (input: z.output<S>, context: FormContext<B>) => Promise<R>,
): (...args: [...z.input<B>, ActionState, FormData]) => Promise<R | ActionState> {
  return logged(config.permission, async (...args: [...z.input<B>, ActionState, FormData]): Promise<R | ActionState> => {
    const boundCount = config.bound?.def.items.length ?? 0;
    // useActionState calls an action dispatched without a payload with the state alone.
    const formData = args[boundCount + 1] instanceof FormData ? (args[boundCount + 1] as FormData) : new FormData();
    return unlessDatabaseUnavailable<R | ActionState>(() => runForm(args.slice(0, boundCount), formData), () => errorState(UNAVAILABLE_MESSAGE, formData));
  });

  async function runForm(boundArgs: unknown[], formData: FormData): Promise<R | ActionState> {
    const user = await caller(config);
    if (user instanceof AuthorizationError) return errorState(user.message, formData);
    const parsed = parseFormInput(config, boundArgs, formData);
    if (!parsed.ok) return parsed.state;
    return handler(parsed.input, { user, formData, bound: parsed.bound });
  }
}

/**
 * An action called from client code with arguments (autosave, preview): `(...args) => state`.
 * The arguments are validated as a tuple; nothing throws back to the browser.
 */
export function callAction<A extends z.ZodTuple<readonly z.ZodType[], null>, R extends ActionState>(
  config: Guard & { args: A },
  handler: (args: z.output<A>, user: SessionUser) => Promise<R>,
): (...args: z.input<A>) => Promise<R | ActionState> {
  return logged(config.permission, async (...args: z.input<A>): Promise<R | ActionState> =>
    unlessDatabaseUnavailable<R | ActionState>(
      async () => {
        const user = await caller(config);
        if (user instanceof AuthorizationError) return errorState(user.message);
        const parsed = config.args.safeParse(args);
        if (!parsed.success) return errorState(OUT_OF_DATE_MESSAGE);
        return handler(parsed.data, user);
      },
      () => errorState(UNAVAILABLE_MESSAGE),
    ),
  );
}
