/**
 * The articles a name is met in, each with the first sentence it is met in there, packed
 * in pairs in one typed array (a 10,000-article library holds thousands of them: a Map of
 * the pairs took five times the room). Kept sorted by article: appended in order as the
 * index is read, sorted once if they came out of it.
 */

/** A first sentence not known (a word only the engine flagged). */
export const NO_SENTENCE = 0x7fffffff;

export class ArticleMarks {
  private data = new Int32Array(4);
  private pairs = 0;
  private sorted = true;

  /** Notes the name in an article, at a sentence (kept if it comes before the one noted). */
  meet(article: number, at: number = NO_SENTENCE): void {
    const sentence = Math.min(at, NO_SENTENCE);
    const last = this.pairs - 1;
    if (last >= 0 && this.data[last * 2] === article) {
      if (sentence < this.data[last * 2 + 1]!) this.data[last * 2 + 1] = sentence;
      return;
    }
    if (last >= 0 && article < this.data[last * 2]!) this.sorted = false;
    if (this.pairs * 2 === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.pairs * 2] = article;
    this.data[this.pairs * 2 + 1] = sentence;
    this.pairs++;
  }

  get size(): number {
    this.settle();
    return this.pairs;
  }

  has(article: number): boolean {
    return this.indexOf(article) >= 0;
  }

  /** The first sentence met in the article, undefined where it is not met. */
  firstAt(article: number): number | undefined {
    const i = this.indexOf(article);
    return i < 0 ? undefined : this.data[i * 2 + 1];
  }

  /** The articles, in ascending order. */
  ids(): number[] {
    this.settle();
    const out = new Array<number>(this.pairs);
    for (let i = 0; i < this.pairs; i++) out[i] = this.data[i * 2]!;
    return out;
  }

  /** Whether every article of these is one of `other`'s. */
  within(other: ArticleMarks): boolean {
    return this.matches(other, true);
  }

  /** Whether one article at least is met in both. */
  meets(other: ArticleMarks): boolean {
    return this.matches(other, false);
  }

  /** Takes in another's articles (the first sentence of the two where both are met). */
  absorb(other: ArticleMarks): void {
    this.settle();
    other.settle();
    const merged = new Int32Array(Math.max(4, (this.pairs + other.pairs) * 2));
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < this.pairs || j < other.pairs) {
      const a = i < this.pairs ? this.data[i * 2]! : Infinity;
      const b = j < other.pairs ? other.data[j * 2]! : Infinity;
      if (a <= b) {
        merged[n * 2] = a;
        merged[n * 2 + 1] = a === b ? Math.min(this.data[i * 2 + 1]!, other.data[j * 2 + 1]!) : this.data[i * 2 + 1]!;
        i++;
        if (a === b) j++;
      } else {
        merged[n * 2] = b;
        merged[n * 2 + 1] = other.data[j * 2 + 1]!;
        j++;
      }
      n++;
    }
    this.data = merged;
    this.pairs = n;
  }

  /** Walks both lists of articles once: whether each of these is one of `other`'s (`all`), or one is. */
  private matches(other: ArticleMarks, all: boolean): boolean {
    this.settle();
    other.settle();
    let j = 0;
    for (let i = 0; i < this.pairs; i++) {
      const article = this.data[i * 2]!;
      while (j < other.pairs && other.data[j * 2]! < article) j++;
      // (Past the other's last article, none of these is one of its.)
      if (j === other.pairs) return false;
      const shared = other.data[j * 2] === article;
      if (shared !== all) return shared;
    }
    return all;
  }

  private indexOf(article: number): number {
    this.settle();
    let lo = 0;
    let hi = this.pairs - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.data[mid * 2]!;
      if (at === article) return mid;
      if (at < article) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Sorts the pairs by article once they came out of order, one pair an article. */
  private settle(): void {
    if (this.sorted) return;
    const order = Array.from({ length: this.pairs }, (_, i) => i).sort((x, y) => this.data[x * 2]! - this.data[y * 2]! || this.data[x * 2 + 1]! - this.data[y * 2 + 1]!);
    const packed = new Int32Array(Math.max(4, this.pairs * 2));
    let n = 0;
    for (const i of order) {
      if (n > 0 && packed[(n - 1) * 2] === this.data[i * 2]) continue;
      packed[n * 2] = this.data[i * 2]!;
      packed[n * 2 + 1] = this.data[i * 2 + 1]!;
      n++;
    }
    this.data = packed;
    this.pairs = n;
    this.sorted = true;
  }
}
