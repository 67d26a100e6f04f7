import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The name Electron derives its user-data folder from (package.json productName). */
export const APP_NAME = 'Glosa';
export const DATABASE_FILE = 'glosa.sqlite';

/**
 * Where the reader's library lives: GLOSA_DATA_DIR if set, otherwise the folder Electron
 * uses for this app, so that the CLI, browser mode and the desktop app share one library.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.GLOSA_DATA_DIR) return path.resolve(env.GLOSA_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/**
 * Where translation models are installed: GLOSA_MODELS_DIR if set; models/ in a source
 * checkout or an npm install; the user-data folder in a packaged app.
 */
export function defaultModelsDir(rootDir: string, dataDir: string, packaged: boolean, env: NodeJS.ProcessEnv = process.env): string {
  if (env.GLOSA_MODELS_DIR) return path.resolve(env.GLOSA_MODELS_DIR);
  return packaged ? path.join(dataDir, 'models') : path.join(rootDir, 'models');
}

/**
 * `require` for the data files of installed packages (a dictionary, the countries), from core/
 * as an ES module and from the Electron bundle, which is CommonJS: there `import.meta.url` is
 * empty and the build spells `import.meta.dirname` as `__dirname`.
 */
export const requirePackage = createRequire(path.join(import.meta.dirname, 'paths.js'));
