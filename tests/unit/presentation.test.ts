import { describe, expect, it } from 'vitest';
import { formsToRender, presentSentence, repairCandidates } from '../../core/translate/presentation';

const kiev = { id: 1, target: 'Kyiv', mode: 'enforce' as const, variants: ['Kiev', 'Kíev'] };
const zelenski = { id: 2, target: 'Zelensky', mode: 'hint' as const, variants: ['Zelenski'] };

describe('the sentence as shown', () => {
  it('repairs an enforced term in the machine’s English, where the engine’s rendering stands', () => {
    const shown = presentSentence('La guerra en Kiev.', 'The war in Kiew.', false, [kiev], new Map([['Kiev', 'Kiew']]));
    expect(shown).toEqual({ text: 'The war in Kyiv.', terms: [{ entryId: 1, source: 'Kiev', start: 13, end: 17, target: 'Kyiv', mode: 'enforce', ok: true, targetRange: { start: 11, end: 15 } }] });
  });

  it('only checks a hint, and never rewrites the reader’s own English', () => {
    expect(presentSentence('Zelenski habló.', 'Zelenski spoke.', false, [zelenski], new Map())).toMatchObject({ text: 'Zelenski spoke.', terms: [{ ok: false, targetRange: null }] });
    expect(presentSentence('La guerra en Kiev.', 'My war in Kiev.', true, [kiev], new Map())).toMatchObject({ text: 'My war in Kiev.', terms: [{ ok: false, targetRange: null }] });
  });

  it('shows nothing to check without a translation or without entries', () => {
    expect(presentSentence('La guerra en Kiev.', null, false, [kiev], new Map())).toEqual({ text: null, terms: [] });
    expect(presentSentence('La guerra en Kiev.', 'The war in Kiev.', false, [], new Map())).toEqual({ text: 'The war in Kiev.', terms: [] });
  });

  it('asks the engine to render only the spellings of enforced entries that the sentences hold', () => {
    expect(formsToRender(['La guerra en Kiev.', 'Zelenski habló.', 'Nada aquí.'], [kiev, zelenski])).toEqual(['Kiev', 'Kíev']);
    expect(formsToRender(['Nada aquí.'], [kiev])).toEqual([]);
    // The engine's renderings come first, then the spellings as they are.
    expect(repairCandidates(kiev, new Map([['Kiev', 'Kiew'], ['Kíev', 'Kijew']]))).toEqual(['Kiew', 'Kijew', 'Kiev', 'Kíev']);
  });
});

describe('a surname met alone', () => {
  const rubio = { id: 1, target: 'Marco Rubio', mode: 'enforce' as const, variants: ['Marco Rubio', 'Rubio'] };
  const renderings = new Map([
    ['Marco Rubio', 'Blond Frame'],
    ['Rubio', 'Blond'],
  ]);

  it("reads as the target's surname, repaired where the engine translated it as a word", () => {
    const shown = presentSentence('Rubio dijo que la guerra debe terminar.', 'Blond said that the war has to end.', false, [rubio], renderings);
    expect(shown.text).toBe('Rubio said that the war has to end.');
    expect(shown.terms).toEqual([expect.objectContaining({ source: 'Rubio', target: 'Rubio', ok: true, targetRange: { start: 0, end: 5 } })]);
    // The full name still reads as the whole target.
    const full = presentSentence('Marco Rubio llegó a Kiev.', 'Blond Frame arrived to Kiev.', false, [rubio], renderings);
    expect(full.text).toBe('Marco Rubio arrived to Kiev.');
    expect(full.terms[0]).toMatchObject({ source: 'Marco Rubio', target: 'Marco Rubio', ok: true });
  });

  it('is only flagged in a hint, and in the reader’s own English', () => {
    expect(presentSentence('Rubio dijo.', 'Blond said.', false, [{ ...rubio, mode: 'hint' }], renderings).terms[0]).toMatchObject({ target: 'Rubio', ok: false });
    expect(presentSentence('Rubio dijo.', 'Blond said.', true, [rubio], renderings)).toMatchObject({ text: 'Blond said.', terms: [{ target: 'Rubio', ok: false }] });
  });
});
