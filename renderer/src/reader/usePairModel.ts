import { useEffect, useState } from 'react';
import type { ModelInfo } from '../../../core/api';
import { glosa } from '../api';

export type PairNeeds = {
  /** The next Opus-MT model the pair needs, not yet installed (its own, or a hop through a pivot); null when none. */
  model: ModelInfo | null;
  /** The Apertium package that would serve the pair, where Debian has one. */
  apertiumPackage: string | null;
};

/** What a language pair needs to be translated here: the model to download, the package to install. */
export function usePairModel(from: string, to: string): PairNeeds {
  const [needs, setNeeds] = useState<PairNeeds>({ model: null, apertiumPackage: null });
  useEffect(() => {
    let current = true;
    Promise.all([glosa.getLanguagePairs({}), glosa.listModels({})]).then(
      ([{ pairs }, models]) => {
        const get = pairs.find((p) => p.from === from && p.to === to)?.get;
        const missing = (get?.models ?? [])
          .map((id) => models.find((m) => m.id === id))
          .find((m) => m && !m.dtypes.some((d) => d.status === 'installed'));
        if (current) setNeeds({ model: missing ?? null, apertiumPackage: get?.package ?? null });
      },
      () => current && setNeeds({ model: null, apertiumPackage: null }),
    );
    return () => {
      current = false;
    };
  }, [from, to]);
  return needs;
}
