import { describe, expect, it } from 'vitest';
import type { GlossaryItem } from '../../core/api';
import { ambiguousSpellings } from '../../renderer/src/glossary/ambiguity';

let next = 1;
const entry = (canonical: string, variants: string[] = [canonical]) => ({ id: next++, key: canonical, canonical, variants }) as unknown as GlossaryItem;

describe('merging glossary entries', () => {
  it('warns of a spelling that also begins another name the glossary knows', () => {
    const putin = entry('Vladimir Putin', ['Vladimir Putin', 'Putin']);
    const vladimir = entry('Vladimir');
    const medinski = entry('Vladimir Medinski');
    expect(ambiguousSpellings([putin, vladimir], [putin, vladimir, medinski, entry('Kiev')])).toEqual([{ spelling: 'Vladimir', alsoIn: ['Vladimir Medinski'] }]);
  });

  it('finds nothing to warn of when each spelling names only this entry', () => {
    const zelensky = entry('Volodímir Zelenski', ['Volodímir Zelenski', 'Zelensky']);
    const zelenski = entry('Zelenski');
    expect(ambiguousSpellings([zelensky, zelenski], [zelensky, zelenski, entry('Vladimir Putin'), entry('Zelenska Olena')])).toEqual([]);
    // Accents and case aside: "vladimir" begins "Vladímir Medinski" too.
    expect(ambiguousSpellings([entry('Vladimir Putin'), entry('vladimir')], [entry('Vladímir Medinski')])).toEqual([{ spelling: 'vladimir', alsoIn: ['Vladímir Medinski'] }]);
  });
});
