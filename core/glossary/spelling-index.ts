import type { OccurrenceRow } from '../store/glossary';

/** One sentence a spelling stands in. */
export type SpellingPlace = { articleId: number; n: number; form: string };

/**
 * Where each spelling of the library stands, by its folded form: the article, the sentences
 * and the form as written. Packed into typed arrays (a 10,000-article library has a million
 * occurrences: as objects they took 250 MB, packed they take a tenth of it).
 */
export class SpellingIndex {
  private readonly building = new Map<string, { forms: string[]; data: number[] }>();
  private readonly packed = new Map<string, { forms: string[]; data: Int32Array }>();

  /** Adds an occurrence (`fold` is its form as the matcher compares it). */
  add(fold: string, row: OccurrenceRow): void {
    let entry = this.building.get(fold);
    if (!entry) this.building.set(fold, (entry = { forms: [], data: [] }));
    let form = entry.forms.indexOf(row.form);
    if (form < 0) form = entry.forms.push(row.form) - 1;
    // [form, article, how many sentences, the sentences…]
    entry.data.push(form, row.article_id, row.sentences.length, ...row.sentences);
  }

  /** Done adding: what was gathered is packed. */
  finish(): this {
    for (const [fold, { forms, data }] of this.building) this.packed.set(fold, { forms, data: Int32Array.from(data) });
    this.building.clear();
    return this;
  }

  /** Every sentence the folded spelling stands in, as the rows had them (in library order). */
  *places(fold: string): Generator<SpellingPlace> {
    const entry = this.packed.get(fold);
    if (!entry) return;
    const { forms, data } = entry;
    for (let i = 0; i < data.length; ) {
      const form = forms[data[i]!]!;
      const articleId = data[i + 1]!;
      const count = data[i + 2]!;
      for (let k = 0; k < count; k++) yield { articleId, n: data[i + 3 + k]!, form };
      i += 3 + count;
    }
  }
}
