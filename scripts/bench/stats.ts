// The bench's one definition of a percentile and a median, so that every mode reports p50 and p99 the
// same way: the nearest rank (the smallest value with at least q of the values at or below it).

/** The `q` percentile (0 < q ≤ 1) of `values` by nearest rank, rounded to `decimals`; 0 when empty. */
export function percentile(values: number[], q: number, decimals = 0): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  const factor = 10 ** decimals;
  return Math.round(sorted[rank - 1]! * factor) / factor;
}

/** The middle of `values` (the lower of the two middles for an even count), unrounded; 0 when empty. */
export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}
