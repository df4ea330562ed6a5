// Limits shared by the poll answers and the page that polls them (no server-only code).

/** The most changes one range answer carries. */
export const MAX_CHANGES_PER_RANGE = 100;
