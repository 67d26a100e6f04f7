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

export function scoreSegmentation(gold: Segmented, found: Segmented): BoundaryScore {
  const g = boundaries(gold);
  const f = boundaries(found);
  const hits = [...f].filter((b) => g.has(b)).length;
  const precision = f.size ? hits / f.size : 1;
  const recall = g.size ? hits / g.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const roles = gold.paragraphs.filter((p, i) => found.paragraphs[i]?.role === p.role).length;
  return { precision, recall, f1, gold: g.size, found: f.size, roleAccuracy: gold.paragraphs.length ? roles / gold.paragraphs.length : 1 };
}
