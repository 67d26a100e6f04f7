import fs from 'node:fs';
import { z } from 'zod';
import { MODEL_DTYPES } from '../../contract';

/**
 * The models Glosa knows (models/manifest.json): for each, the hub repository, the pinned
 * revision and the files each weight type needs, with the sha256 the hub's pages give
 * where one was found.
 */
/** A path inside a model's folder: relative, forward slashes, no "." or ".." segment. */
const SAFE_RELATIVE_PATH = /^(?!\.{1,2}(?:\/|$))(?!.*\/\.{1,2}(?:\/|$))[\w.-]+(?:\/[\w.-]+)*$/;
const ManifestFile = z.object({
  path: z.string().regex(SAFE_RELATIVE_PATH, 'a model file path must stay inside the model folder'),
  approxBytes: z.number(),
  /** From the hub's own page for the file at the pinned revision; absent where none was found. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export const ManifestEntry = z.object({
  id: z.string(),
  engine: z.literal('opus-mt'),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  revision: z.string().min(1),
  sourceLang: z.string(),
  targetLang: z.string(),
  license: z.string().optional(),
  /** How the files are checked where the manifest carries no sha256 for them. */
  integrity: z.string().optional(),
  files: z.object({ common: z.array(ManifestFile), q8: z.array(ManifestFile), fp32: z.array(ManifestFile) }),
});
export type ModelManifestEntry = z.infer<typeof ManifestEntry>;

export function readManifest(file: string): ModelManifestEntry[] {
  return z.object({ models: z.array(ManifestEntry) }).parse(JSON.parse(fs.readFileSync(file, 'utf8'))).models;
}

/** The sha256 the manifest pins for one of a model's files, if it pins one. */
export function pinnedSha(entry: ModelManifestEntry, file: string): string | null {
  return MODEL_FILE_GROUPS.flatMap((g) => entry.files[g]).find((f) => f.path === file)?.sha256 ?? null;
}
const MODEL_FILE_GROUPS = ['common', ...MODEL_DTYPES] as const;
