// What an author profile holds at most, for the profile form (lib/users/schemas.ts) and every writer
// of profiles (./handles.ts, ./import.ts). No database here: the form's schema loads it in the browser.
export const AUTHOR_FIELD_MAX = { displayName: 100, handle: 60 } as const;
