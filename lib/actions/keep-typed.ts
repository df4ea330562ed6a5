// For forms that must never lose what was typed (the reply form, the article editor): when the
// request itself fails (the server is down, the connection dropped, or it answered with an error
// instead of a state), the form gets a state that says so and keeps the submitted values, instead of
// the error replacing the page. docs/decisions/021-database-outages.md
import { unstable_rethrow } from "next/navigation";
import { UNREACHABLE_MESSAGE } from "@/lib/ops/unavailable-digest";
import { errorState, type ActionState } from "./state";

export function keepTypedOnFailure<S extends ActionState>(action: (previous: S, formData: FormData) => Promise<S>) {
  return async (previous: S, formData: FormData): Promise<S> => {
    try {
      return await action(previous, formData);
    } catch (error) {
      // A redirect or a not-found from the action is navigation, not a failure.
      unstable_rethrow(error);
      return { ...errorState(UNREACHABLE_MESSAGE, formData) } as S;
    }
  };
}
