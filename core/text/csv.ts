/**
 * CSV and TSV cells. A cell that a spreadsheet would run as a formula (one starting with
 * =, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP recommends
 * against CSV injection; `readCell` takes exactly that apostrophe off again, so a file
 * Glosa wrote reads back as it was, whatever the text.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

export function csvCell(value: string, separator: ',' | '\t' = ','): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell's text as written before `csvCell` neutralised it (already unquoted). */
export function readCell(field: string): string {
  return field.startsWith("'") && FORMULA.test(field) ? field.slice(1) : field;
}
