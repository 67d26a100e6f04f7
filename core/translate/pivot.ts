import type { EngineOutput, TranslationEngine } from './engine';

/**
 * Two engines in a row, through a third language, where no engine serves the pair directly
 * (French to English through Spanish, as Argos Translate and TranslateLocally pivot). The
 * words the first engine did not know are the article's own; the second hop's are not.
 */
export class PivotEngine implements TranslationEngine {
  readonly id: TranslationEngine['id'];
  readonly revision: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly batchSize: number;

  constructor(
    private readonly first: TranslationEngine,
    private readonly second: TranslationEngine,
    readonly via: string,
  ) {
    this.id = first.id;
    this.revision = pivotRevision(first.revision, via, second.revision);
    this.sourceLang = first.sourceLang;
    this.targetLang = second.targetLang;
    this.batchSize = Math.min(first.batchSize, second.batchSize);
  }

  async translateBatch(sources: string[], signal?: AbortSignal): Promise<EngineOutput[]> {
    const middle = await this.first.translateBatch(sources, signal);
    const last = await this.second.translateBatch(middle.map((m) => m.text), signal);
    return last.map((out, i) => ({ text: out.text, unknownWords: middle[i]!.unknownWords }));
  }

  async dispose(): Promise<void> {
    // The hops are the registry's own engines, disposed with the rest.
  }
}

export function pivotRevision(first: string, via: string, second: string): string {
  return `${first} > ${via} > ${second}`;
}
