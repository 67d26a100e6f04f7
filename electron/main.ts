/**
 * Electron's main process: the window, the menu, the security policy and the routing of
 * IPC calls to the backend utility process. It does no heavy work itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, net, protocol, session, shell, utilityProcess } from 'electron';
import { type BackendChild, BackendSupervisor } from '../core/backend/supervisor';
import { APP_NAME } from '../core/paths';
import { RENDERER_CSP } from '../core/security/csp';
import { isSafeExternalUrl } from '../core/security/external-url';
import { createIpcRoutes } from './ipc-router';
import {
  APP_ENTRY,
  APP_SCHEME,
  PRINT_PARTITION,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isPrintRequestAllowed,
  resolveAppAsset,
  windowPreferences,
  withSecurityHeaders,
} from './security';

const appRoot = path.resolve(__dirname, '..', '..');
const rendererDir = path.join(appRoot, 'dist', 'renderer');

app.setName(APP_NAME);
if (process.env.GLOSA_DATA_DIR) app.setPath('userData', path.resolve(process.env.GLOSA_DATA_DIR));
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** The backend utility process, as the supervisor drives it. */
function forkBackend(): BackendChild {
  const child = utilityProcess.fork(path.join(__dirname, 'backend.cjs'), [], {
    serviceName: 'Glosa backend',
    env: { ...process.env, GLOSA_DATA_DIR: app.getPath('userData'), GLOSA_APP_ROOT: appRoot, GLOSA_PACKAGED: app.isPackaged ? '1' : '0' },
  });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', () => listener()),
    kill: () => void child.kill(),
  };
}

const backend = new BackendSupervisor({ spawn: forkBackend });
backend.events.on((event) => {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send('glosa:event', event);
});

function registerIpc(): void {
  const routes = createIpcRoutes({
    forward: backend.call,
    openExternal: (url) => shell.openExternal(url),
    printToPdf: async (html) => {
      // A hidden, sandboxed window with script off, in a session of its own that fetches
      // nothing, prints the export as it would show.
      const win = new BrowserWindow({
        show: false,
        webPreferences: { ...windowPreferences(undefined, { packaged: app.isPackaged }), javascript: false, session: printSession() },
      });
      try {
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
        return pdf.toString('base64');
      } finally {
        win.destroy();
      }
    },
    pickFolder: async () => {
      const win = BrowserWindow.getFocusedWindow();
      const options = { properties: ['openDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    onRefused: (channel, url) => console.warn(`Refused ${channel} from ${url ?? 'an unknown frame'}`),
  });
  for (const route of routes) ipcMain.handle(route.channel, (event, input: unknown) => route.handle(event, input));
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url);
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, { status: response.status, headers: withSecurityHeaders(response.headers, RENDERER_CSP) });
  });
}

let printing: Electron.Session | null = null;
function printSession(): Electron.Session {
  if (printing) return printing;
  printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url) }));
  printing.setPermissionRequestHandler(denyPermissionRequest);
  printing.setPermissionCheckHandler(denyPermissionCheck);
  return printing;
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);

  app.on('web-contents-created', (_event, contents) => {
    // Belt and braces: a packaged app closes DevTools even if something opened them.
    if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(contents.getURL(), url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(contents.getURL(), url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 720,
    minHeight: 480,
    title: APP_NAME,
    show: false,
    icon: path.join(appRoot, 'assets', 'icon.png'),
    webPreferences: windowPreferences(path.join(__dirname, 'preload.cjs'), { packaged: app.isPackaged }),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(isMac ? [{ role: 'appMenu' as const }] : []),
      { role: 'fileMenu' },
      { role: 'editMenu' },
      {
        label: 'View',
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
          ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        ],
      },
      { role: 'windowMenu' },
    ]),
  );
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(() => {
    lockDown();
    serveRenderer();
    registerIpc();
    buildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => backend.stop());
}
