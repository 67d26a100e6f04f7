import { describe, expect, it } from 'vitest';
import { readApertiumLine } from '../../core/translate/apertium';
import { cutRepetitionLoops, maxNewTokens } from '../../core/translate/guards';

describe('generation guards', () => {
  it('bounds new tokens by the source length', () => {
    expect(maxNewTokens(1)).toBe(12);
    expect(maxNewTokens(20)).toBe(42);
    expect(maxNewTokens(10_000)).toBe(512);
  });

  it.each([
    ['the war, the war, the war, the war in Ukraine', 'the war, in Ukraine'],
    ['Kiev Kiev Kiev Kiev', 'Kiev'],
    ['he said that that that that he would', 'he said that he would'],
  ])('cuts the loop in "%s"', (input, expected) => {
    expect(cutRepetitionLoops(input)).toEqual({ text: expected, cut: true });
  });

  it.each(['the war in Ukraine', 'very, very good', 'that that is', 'no, no.'])('leaves "%s" alone', (input) => {
    expect(cutRepetitionLoops(input)).toEqual({ text: input, cut: false });
  });
});

describe('Apertium output', () => {
  it('removes its marks and lists the unknown words', () => {
    expect(readApertiumLine('The president *Zelenski spoke with **Gomel in #Kiev and @Minsk.')).toEqual({
      text: 'The president Zelenski spoke with Gomel in Kiev and Minsk.',
      unknownWords: ['Zelenski', 'Gomel'],
    });
    expect(readApertiumLine('"*Novoheorhiivka" (*DeepState) 5*3')).toEqual({ text: '"Novoheorhiivka" (DeepState) 5*3', unknownWords: ['Novoheorhiivka', 'DeepState'] });
    // As apertium spa-eng writes "Cuesta 5$ hoy.": the amount without its mark.
    expect(readApertiumLine('Cost #$5 today, #€3 tomorrow.')).toEqual({ text: 'Cost $5 today, €3 tomorrow.', unknownWords: [] });
  });

  it('leaves no mark inside quotes of any kind, tags or dashes, and no doubled space', () => {
    // As apertium spa-eng writes it for: El "Gomel" y <b>Lukashenko</b>  dijo. «Zhytómyr» —Járkov—
    expect(readApertiumLine('The "*Gomel" and <*b>*Lukashenko</*b>  said. «*Zhytómyr» —*Járkov— ‘*Bajmut’')).toEqual({
      text: 'The "Gomel" and <b>Lukashenko</b> said. «Zhytómyr» —Járkov— ‘Bajmut’',
      unknownWords: ['Gomel', 'Lukashenko', 'Zhytómyr', 'Járkov', 'Bajmut'],
    });
  });
});
