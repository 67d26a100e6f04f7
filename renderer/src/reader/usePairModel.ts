import { useEffect, useState } from 'react';
import type { ModelInfo } from '../../../core/api';
import { glosa } from '../api';

/** The Opus-MT model the manifest lists for a language pair, or null when it lists none. */
export function usePairModel(from: string, to: string): ModelInfo | null {
  const [model, setModel] = useState<ModelInfo | null>(null);
  useEffect(() => {
    let current = true;
    glosa.listModels({}).then(
      (models) => current && setModel(models.find((m) => m.sourceLang === from && m.targetLang === to) ?? null),
      () => current && setModel(null),
    );
    return () => {
      current = false;
    };
  }, [from, to]);
  return model;
}
