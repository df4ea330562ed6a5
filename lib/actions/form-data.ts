// Reading a submitted form into the plain object that zod validates. Pure, so it has unit tests.

/** FormData as a plain object for zod: repeated keys become arrays, files are kept as they are. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key in object) {
      const existing = object[key];
      object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      object[key] = value;
    }
  }
  return object;
}
