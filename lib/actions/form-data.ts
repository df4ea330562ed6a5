// Reading a submitted form into the plain object that zod validates. Pure, so it has unit tests.

/** FormData as a plain object for zod: repeated keys become arrays, files are kept as they are. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  // A Map, not an object: a field named "constructor" or "__proto__" is a field like any other
  // (on a plain object the first reads as inherited, the second would replace its prototype).
  const fields = new Map<string, unknown>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (fields.has(key)) {
      const existing = fields.get(key);
      fields.set(key, Array.isArray(existing) ? [...existing, value] : [existing, value]);
    } else {
      fields.set(key, value);
    }
  }
  return Object.fromEntries(fields);
}
