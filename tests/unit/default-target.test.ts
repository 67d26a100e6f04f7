import { describe, expect, it } from 'vitest';
import type { GlossaryItem } from '../../core/api';
import { defaultTarget, looksLikeName } from '../../renderer/src/glossary/defaultTarget';

const item = (variants: string[], target: string) => ({ variants, target }) as unknown as GlossaryItem;

describe('a new glossary entry from selected words', () => {
  it('keeps a name as it is written, whatever its words mean', () => {
    expect(defaultTarget('Marco Rubio', [])).toBe('Marco Rubio');
    expect(defaultTarget('Ciudad de México', [])).toBe('Ciudad de México');
    expect(defaultTarget('Jean-Yves Le Drian', [])).toBe('Jean-Yves Le Drian');
  });

  it('takes the spelling the glossary already uses for that name, accents and case aside', () => {
    expect(defaultTarget('Zelenski', [item(['Zelensky', 'Zelenski'], 'Zelensky')])).toBe('Zelensky');
    expect(defaultTarget('kíev', [item(['Kiev'], 'Kyiv')])).toBe('Kyiv');
  });

  it('leaves an ordinary term to the engine', () => {
    expect(defaultTarget('alto el fuego', [])).toBeNull();
    expect(defaultTarget('Rusia y el mundo', [])).toBeNull();
    expect(looksLikeName('el presidente')).toBe(false);
    expect(looksLikeName('Vladimir Putin')).toBe(true);
  });
});
