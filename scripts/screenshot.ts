// Takes the README screenshot: browser mode on a fresh library holding the samples.
import path from 'node:path';
import { launchChromium } from '../tests/support/browser';
import { ROOT, startServe } from '../tests/support/serve';

const out = process.argv[2] ?? path.join(ROOT, 'assets', 'screenshot.png');
const served = await startServe();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(served.url);
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: /Lukashenko/ }).first().click();
  await page.getByRole('region', { name: 'Source' }).locator('[data-seg="2"]').hover();
  await page.waitForTimeout(200);
  await page.screenshot({ path: out });
  console.log(`screenshot written to ${out}`);
} finally {
  await browser.close();
  await served.stop();
}
