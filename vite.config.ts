import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  root: path.join(root, 'renderer'),
  // Relative asset URLs: the same build is served by browser mode and by Electron's app:// protocol.
  base: './',
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    // Inline nothing: the Content Security Policy allows only files from the app itself.
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
  },
});
