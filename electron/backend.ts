/**
 * The backend utility process: hosts core/ (database, import, later translation) so that
 * heavy work never runs in Electron's main process. It answers numbered requests.
 */
import path from 'node:path';
import { openCore } from '../core/app';
import { type ApiHandler, createApiHandler } from '../core/handler';
import { defaultDataDir, defaultModelsDir } from '../core/paths';
import { BackendRequest, type BackendReply } from './backend-protocol';

const port = process.parentPort;

async function start(): Promise<ApiHandler> {
  const root = process.env.GLOSA_APP_ROOT ?? path.resolve(__dirname, '..', '..');
  try {
    const dataDir = defaultDataDir();
    const core = await openCore({
      dataDir,
      samplesDir: path.join(root, 'assets', 'samples'),
      modelsDir: defaultModelsDir(root, dataDir, process.env.GLOSA_PACKAGED === '1'),
      manifestFile: path.join(root, 'models', 'manifest.json'),
    });
    core.events.on((event) => port.postMessage({ event }));
    process.on('exit', () => void core.close());
    return createApiHandler(core.api);
  } catch (error) {
    // A library that cannot be opened is reported on every call; it is never reset.
    const message = error instanceof Error ? error.message : String(error);
    return async () => ({ ok: false, error: { code: 'storage', message } });
  }
}

const ready = start();
port.on('message', async (event) => {
  const request = BackendRequest.safeParse(event.data);
  if (!request.success) return;
  const handle = await ready;
  const reply: BackendReply = { id: request.data.id, reply: await handle(request.data.method, request.data.input) };
  port.postMessage(reply);
});
