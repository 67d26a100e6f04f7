// Renders assets/icon.svg to the PNG that Electron and electron-builder use.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/support/browser';
import { ROOT } from '../tests/support/serve';

const svg = fs.readFileSync(path.join(ROOT, 'assets', 'icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="512" height="512" ')}</body></html>`);
  await page.screenshot({ path: path.join(ROOT, 'assets', 'icon.png'), omitBackground: true });
  console.log('assets/icon.png written');
} finally {
  await browser.close();
}
