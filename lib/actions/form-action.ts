import "server-only";
import { z } from "zod";
import { AuthorizationError, requirePermission, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { errorState, type ActionState } from "./state";
import { formDataToObject } from "./form-data";

/**
 * For actions without a form schema: who is calling first; a refusal comes back as the form's
 * message instead of an error page.
 */
export async function authorized<T extends ActionState>(
  permission: Permission,
  handler: (user: SessionUser) => Promise<T>,
): Promise<T | ActionState> {
  let user: SessionUser;
  try {
    user = await requirePermission(permission);
  } catch (error) {
    if (error instanceof AuthorizationError) return errorState(error.message);
    throw error;
  }
  return handler(user);
}

/**
 * Every form action goes through here, so none can skip a step: who is calling (the permission is
 * checked against the database, not a cookie's claims) → zod validation with the form's own schema →
 * the domain call. Errors come back with the submitted values, so nothing typed is lost.
 */
export function formAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, user: SessionUser, formData: FormData) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    let user: SessionUser;
    try {
      user = await requirePermission(permission);
    } catch (error) {
      if (error instanceof AuthorizationError) return errorState(error.message, formData);
      throw error;
    }
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return errorState("Please correct the fields marked below.", formData, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    return handler(parsed.data, user, formData);
  };
}
