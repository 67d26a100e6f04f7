/**
 * Sizes for people, in the decimal units the Hugging Face hub and disk makers use
 * (1 MB = 1,000,000 bytes), so that a size reads the same in Glosa as on the hub's pages.
 */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${trim(n / 1e9)} GB`;
  if (n >= 1e6) return `${trim(n / 1e6)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} bytes`;
}

/** One decimal below ten (5.3 MB), none above (119 MB). */
function trim(value: number): string {
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}
