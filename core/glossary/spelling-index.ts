import type { OccurrenceRow } from '../store/glossary';
import { RecordChains } from '../text/record-chains';

/** One sentence a spelling stands in. */
export type SpellingPlace = { articleId: number; n: number; form: string };

/**
 * Where each spelling of the library stands, by its folded form: the article, the sentences
 * and the form as written. Packed into chunks of typed memory (a 10,000-article library has a
 * million occurrences: as objects they took 250 MB, packed they take a tenth of it).
 */
export class SpellingIndex {
  /** Per folded form: [form, article, how many sentences, the sentences…] each. */
  private readonly data = new RecordChains<string>();
  private readonly forms = new Map<string, string[]>();

  /** Adds an occurrence (`fold` is its form as the matcher compares it). */
  add(fold: string, row: OccurrenceRow): void {
    let forms = this.forms.get(fold);
    if (!forms) this.forms.set(fold, (forms = []));
    let form = forms.indexOf(row.form);
    if (form < 0) form = forms.push(row.form) - 1;
    this.data.add(fold, [form, row.article_id, row.sentences.length, ...row.sentences]);
  }

  /** Done adding. */
  finish(): this {
    this.data.finish();
    return this;
  }

  /** Every sentence the folded spelling stands in, as the rows had them (in library order). */
  *places(fold: string): Generator<SpellingPlace> {
    const forms = this.forms.get(fold);
    if (!forms) return;
    for (const { data, at } of this.data.records(fold)) {
      const form = forms[data[at]!]!;
      const articleId = data[at + 1]!;
      const count = data[at + 2]!;
      for (let k = 0; k < count; k++) yield { articleId, n: data[at + 3 + k]!, form };
    }
  }
}
