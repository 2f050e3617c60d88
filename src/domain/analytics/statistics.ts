// Robust summary statistics for management information. Medians, not means: one LA's typing error
// (7400 for 74) must not move the figure every other LA is compared with.

/** The median of the values, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median absolute deviation from the median (unscaled), or null when there are no values. */
export function medianAbsoluteDeviation(values: readonly number[]): number | null {
  const centre = median(values);
  if (centre === null) return null;
  return median(values.map((v) => Math.abs(v - centre)));
}

/** Rounds for display and comparison in tables: one decimal place, no trailing ".0". */
export function roundFigure(value: number): number {
  return Math.round(value * 10) / 10;
}
