import { type GlosaCore, openCore } from '../../core/app';
import { SAMPLES_DIR } from './fixtures';
import { tempDataDir } from './serve';

export async function openTestCore(options: { samples?: boolean; dataDir?: string } = {}): Promise<GlosaCore & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDataDir();
  const core = await openCore({ dataDir, ...(options.samples ? { samplesDir: SAMPLES_DIR } : {}) });
  return Object.assign(core, { dataDir });
}
