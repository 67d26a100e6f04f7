// Takes the README screenshot from the reader flow: browser mode on a fresh library with the
// samples, one translated with Apertium (where it is installed), a note, and a word looked up.
import path from 'node:path';
import { launchChromium } from '../tests/support/browser';
import { clickWord } from '../tests/support/selection';
import { ROOT, startServe, tempDataDir } from '../tests/support/serve';

const out = process.argv[2] ?? path.join(ROOT, 'assets', 'screenshot.png');
const served = await startServe(tempDataDir(), { GLOSA_MODELS_DIR: tempDataDir() });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.goto(served.url);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
  const source = page.getByRole('region', { name: 'Source' });
  const translation = page.getByRole('region', { name: 'Translation' });
  await source.locator('[data-seg="0"]').waitFor();
  await translation
    .locator('[data-seg="3"][data-state="done"]')
    .waitFor({ timeout: 20_000 })
    .catch(() => console.log('(no engine here: the screenshot shows the no-engine state)'));
  await source.locator('[data-seg="3"]').hover();
  await page.keyboard.press('n');
  await page.getByRole('dialog', { name: 'Add a note' }).getByLabel('Note').fill('Peskov speaks for the Kremlin; Kyiv, not Kiev, in our copy.');
  await page.getByRole('button', { name: 'Save note' }).click();
  // The note shows as a marker beside its sentence; the side column shows the glossary.
  await page.getByRole('tablist', { name: 'Side panels' }).getByRole('tab', { name: 'Glossary' }).click();
  // A word of the source looked up in place.
  await clickWord(source.locator('[data-seg="0"]'), 'Moscú');
  await page.getByRole('dialog', { name: 'Look up: Moscú' }).getByText('In this sentence').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`screenshot written to ${out}`);
} finally {
  await browser.close();
  await served.stop();
}
