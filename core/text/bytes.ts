/**
 * Sizes for people, in the decimal units the Hugging Face hub and disk makers use
 * (1 MB = 1,000,000 bytes), so that a size reads the same in Glosa as on the hub's pages.
 */
export function formatBytes(n: number, locale = 'en'): string {
  if (n >= 1e9) return `${trim(n / 1e9, locale)} GB`;
  if (n >= 1e6) return `${trim(n / 1e6, locale)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} bytes`;
}

/** One decimal below ten (5.3 MB; 5,3 MB in Spanish), none above (119 MB). */
function trim(value: number, locale: string): string {
  const digits = value < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
}
