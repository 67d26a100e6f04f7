/**
 * Boundary precision, recall and F1 of a segmentation against a gold one. Boundaries are
 * counted as positions in the text with all whitespace removed, so that the two may differ
 * in spacing and still be compared.
 */
export type Segmented = { paragraphs: { role: string; sentences: string[] }[] };

export type BoundaryScore = { precision: number; recall: number; f1: number; gold: number; found: number; roleAccuracy: number };

function boundaries(doc: Segmented): Set<number> {
  const set = new Set<number>();
  let pos = 0;
  for (const p of doc.paragraphs) {
    for (const s of p.sentences) {
      pos += s.replace(/\s+/g, '').length;
      set.add(pos);
    }
  }
  return set;
}

/** The role of every character of the text, white space removed. */
function rolesByCharacter(doc: Segmented): string[] {
  const roles: string[] = [];
  for (const p of doc.paragraphs) for (const s of p.sentences) for (let i = s.replace(/\s+/g, '').length; i > 0; i--) roles.push(p.role);
  return roles;
}

/**
 * Of the gold's paragraphs, those whose characters the found segmentation gives the gold's
 * role, most of them: a paragraph split in two (a call to subscribe set apart from the text
 * it was glued to) shifts no other paragraph's score.
 */
function roleAccuracy(gold: Segmented, found: Segmented): number {
  const foundRoles = rolesByCharacter(found);
  let pos = 0;
  let right = 0;
  for (const p of gold.paragraphs) {
    const length = p.sentences.reduce((n, s) => n + s.replace(/\s+/g, '').length, 0);
    const agreeing = foundRoles.slice(pos, pos + length).filter((r) => r === p.role).length;
    if (agreeing * 2 > length) right++;
    pos += length;
  }
  return gold.paragraphs.length ? right / gold.paragraphs.length : 1;
}

export function scoreSegmentation(gold: Segmented, found: Segmented): BoundaryScore {
  const g = boundaries(gold);
  const f = boundaries(found);
  const hits = [...f].filter((b) => g.has(b)).length;
  const precision = f.size ? hits / f.size : 1;
  const recall = g.size ? hits / g.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: g.size, found: f.size, roleAccuracy: roleAccuracy(gold, found) };
}
