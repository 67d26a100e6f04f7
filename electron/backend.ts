/**
 * The backend utility process: hosts core/ (the library, import, translation, export) so
 * that heavy work never runs in Electron's main process. It answers numbered requests.
 */
import path from 'node:path';
import { openCore } from '../core/app';
import { hostBackend } from '../core/backend/host';
import { createApiHandler } from '../core/handler';
import { defaultDataDir, defaultModelsDir } from '../core/paths';

const root = process.env.GLOSA_APP_ROOT ?? path.resolve(__dirname, '..', '..');
const port = process.parentPort;

hostBackend({ send: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', (event) => listener(event.data)) }, async () => {
  const dataDir = defaultDataDir();
  const packaged = process.env.GLOSA_PACKAGED === '1';
  const core = await openCore({
    dataDir,
    samplesDir: path.join(root, 'assets', 'samples'),
    modelsDir: defaultModelsDir(root, dataDir, packaged),
    // A build made with GLOSA_BUNDLE_MODELS=1 carries the model in its resources folder.
    ...(packaged ? { bundledModelsDir: path.join(process.resourcesPath, 'models') } : {}),
    manifestFile: path.join(root, 'models', 'manifest.json'),
  });
  process.on('exit', () => void core.close());
  return { handler: createApiHandler(core.api), events: core.events };
});
