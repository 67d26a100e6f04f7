import { describe, expect, it } from 'vitest';
import { containsTarget, findPhrase, matchTerms, readRenderingProbe, renderingProbe, repairTranslation, substituteInSource, targetFor } from '../../core/glossary/match';

describe('finding a phrase', () => {
  it('as a whole word or phrase, whatever its case and accents', () => {
    expect(findPhrase('La guerra en KÍEV sigue.', 'kiev')).toEqual({ start: 13, end: 17 });
    expect(findPhrase('Los kievitas celebran.', 'Kiev')).toBeNull();
    expect(findPhrase('Sobre Kiev.', 'Kiev')).toEqual({ start: 6, end: 10 });
    expect(findPhrase('alto   el\\nfuego'.replace('\\n', '\n'), 'alto el fuego')).toEqual({ start: 0, end: 15 });
    expect(findPhrase('', 'Kiev')).toBeNull();
    // A blank spelling is no spelling: it matches nothing.
    expect(findPhrase('Kiev', '   ')).toBeNull();
  });

  it('with dotted abbreviations spaced or not, and from a given position on', () => {
    expect(findPhrase('Dijo que EE. UU. ayudará.', 'EE.UU.')).toEqual({ start: 9, end: 16 });
    expect(findPhrase('Kiev y Kiev.', 'Kiev', 1)).toEqual({ start: 7, end: 11 });
    expect(findPhrase('Kiev y Kiev.', 'Kiev', 8)).toBeNull();
  });

  it('in text whose case folding changes its length, by plain search', () => {
    // Hangul decomposes into several letters: positions must still point into the original text.
    const text = '서울과 Kiev';
    const at = findPhrase(text, ' kiev ')!;
    expect(text.slice(at.start, at.end)).toBe('Kiev');
    expect(findPhrase(text, 'Minsk')).toBeNull();
    expect(findPhrase('Kiev 서울', 'KIEV')).toEqual({ start: 0, end: 4 });
  });
});

describe('matching glossary entries in a sentence', () => {
  const entries = [
    { id: 1, target: 'ceasefire', mode: 'enforce' as const, variants: ['alto el fuego', 'alto el fuego inmediato'] },
    { id: 2, target: 'fire', mode: 'enforce' as const, variants: ['fuego'] },
    { id: 3, target: 'Kyiv', mode: 'enforce' as const, variants: ['Kiev'] },
  ];

  it('takes the longest spelling, lets no two entries claim the same words, and lists them in reading order', () => {
    const matches = matchTerms('Kiev pide un alto el fuego inmediato.', entries);
    expect(matches).toEqual([
      { entryId: 3, form: 'Kiev', start: 0, end: 4 },
      { entryId: 1, form: 'alto el fuego inmediato', start: 13, end: 36 },
    ]);
  });

  it('counts an entry once per sentence', () => {
    expect(matchTerms('Kiev y Kiev.', entries)).toHaveLength(1);
  });
});

describe('repairing the English', () => {
  it('capitalises the target where the sentence starts, and only there', () => {
    expect(repairTranslation('Cease-fire now.', 'ceasefire', ['cease-fire'])).toBe('Ceasefire now.');
    expect(repairTranslation('They want. Cease-fire now.', 'ceasefire', ['cease-fire'])).toBe('They want. Ceasefire now.');
    expect(repairTranslation('They want a Cease-fire now.', 'ceasefire', ['cease-fire'])).toBe('They want a ceasefire now.');
    expect(repairTranslation('A cease-fire now.', 'ceasefire', ['cease-fire'])).toBe('A ceasefire now.');
    expect(repairTranslation('cease-fire now.', 'ceasefire', ['cease-fire'])).toBe('ceasefire now.');
  });

  it('tries the longest rendering first and skips empty ones', () => {
    expect(repairTranslation('An immediate high the fire.', 'immediate ceasefire', ['', '  ', 'high the fire', 'immediate high the fire'])).toBe('An immediate ceasefire.');
  });

  it('is checked as a whole word', () => {
    expect(containsTarget('Kyiv said.', 'Kyiv')).toBe(true);
    expect(containsTarget('Kyivans said.', 'Kyiv')).toBe(false);
  });
});

describe('writing the targets into the Spanish', () => {
  it('replaces every match, from the end so that earlier positions hold', () => {
    const sentence = 'Kiev pide un alto el fuego en Kiev.';
    const matches = [
      { entryId: 3, form: 'Kiev', start: 0, end: 4 },
      { entryId: 1, form: 'alto el fuego', start: 13, end: 26 },
    ];
    expect(substituteInSource(sentence, matches, (m) => (m.entryId === 1 ? 'ceasefire' : 'Kyiv'))).toBe('Kyiv pide un ceasefire en Kiev.');
  });
});

describe('asking an engine for its rendering of a term', () => {
  it('puts a lower-case term behind an article and takes it off again; a name goes alone', () => {
    expect(renderingProbe('alto el fuego')).toBe('el alto el fuego');
    expect(renderingProbe('Kiev')).toBe('Kiev');
    expect(readRenderingProbe('alto el fuego', 'The ceasefire.')).toBe('ceasefire');
    expect(readRenderingProbe('alto el fuego', 'the   truce')).toBe('truce');
    expect(readRenderingProbe('Kiev', 'Kiev.')).toBe('Kiev');
    expect(readRenderingProbe('Kiev', 'The Hague')).toBe('The Hague');
  });
});

describe('the target a spelling should read as', () => {
  const entry = { target: 'Marco Rubio', variants: ['Marco Rubio', 'Rubio'] };
  it("is the target's surname for a surname alone, and the whole target otherwise", () => {
    expect(targetFor(entry, 'Rubio')).toBe('Rubio');
    expect(targetFor(entry, 'RUBIO')).toBe('Rubio');
    expect(targetFor(entry, 'Marco Rubio')).toBe('Marco Rubio');
    // A single spelling that ends no longer one, or a one-word target, keeps the target.
    expect(targetFor({ target: 'Kyiv', variants: ['Kiev', 'Kyiv'] }, 'Kiev')).toBe('Kyiv');
    expect(targetFor({ target: 'United Nations', variants: ['ONU', 'Naciones Unidas'] }, 'ONU')).toBe('United Nations');
    expect(targetFor({ target: 'Putin', variants: ['Vladimir Putin', 'Putin'] }, 'Putin')).toBe('Putin');
    // A person's surname; not a place's name without the noun that leads it, nor an institution's last word.
    expect(targetFor({ ...entry, kind: 'person' }, 'Rubio')).toBe('Rubio');
    expect(targetFor({ target: 'Atlantic Ocean', variants: ['Océano Atlántico', 'Atlántico'], kind: 'place' }, 'Atlántico')).toBe('Atlantic Ocean');
    expect(targetFor({ target: 'Executive Branch', variants: ['Poder Ejecutivo', 'Ejecutivo'], kind: 'organization' }, 'Ejecutivo')).toBe('Executive Branch');
  });
});
