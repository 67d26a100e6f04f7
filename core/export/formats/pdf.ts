import fs from 'node:fs';
import { GlosaError } from '../../errors';
import type { ExportDocument } from '../model';
import { renderHtml } from './html';

/** Where a Chromium or Chrome is usually found; GLOSA_CHROMIUM, when set, is the only place. */
function candidates(): string[] {
  if (process.env.GLOSA_CHROMIUM) return [process.env.GLOSA_CHROMIUM];
  const env: string[] = [];
  if (process.platform === 'darwin') return [...env, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  if (process.platform === 'win32') {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean) as string[];
    return [...env, ...roots.map((r) => `${r}\\Google\\Chrome\\Application\\chrome.exe`)];
  }
  return [...env, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

export function findChromium(): string | null {
  return candidates().find((c) => fs.existsSync(c)) ?? null;
}

/**
 * PDF from the export's HTML, printed by a Chromium found on this computer (the desktop
 * app prints with its own). The page is offline: it has no script and fetches nothing.
 */
export async function renderPdf(htmlText: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new GlosaError('unavailable', 'exportNeedsChromium', { paths: candidates().join(', ') });
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(htmlText, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' } });
  } finally {
    await browser.close();
  }
}

export const render = async (doc: ExportDocument): Promise<Buffer> => renderPdf(renderHtml(doc));
