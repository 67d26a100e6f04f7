import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../support/fixtures';
import { clickWord, selectWords } from '../support/selection';
import { browserModeSession } from '../support/session';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SAMPLE = 'kiev-moscu-garantias-seguridad.txt';

const session = browserModeSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});

const source = () => page.getByRole('region', { name: 'Source' });
const translation = () => page.getByRole('region', { name: 'Translation' });

async function importAndOpenSample() {
  // The sample is in the first-run library; import it again as a reader would, then open it.
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Delete “Al mismo tiempo/ }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-files').setInputFiles(path.join(SAMPLES_DIR, SAMPLE));
  await page.getByText(/^Imported “Al mismo tiempo/).waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
  await source().locator('[data-seg="0"]').waitFor();
  await expect.poll(() => translation().locator('[data-seg="3"][data-state="done"]').count(), { timeout: 30_000 }).toBe(1);
}

async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the side-by-side reader', () => {
  it('pairs sentences, keeps edits and notes across a reload, and switches layout and theme', async () => {
    await importAndOpenSample();

    // 2. Hover sentence 3 in Source: sentence 3 in Translation is the current pair.
    await source().locator('[data-seg="3"]').hover();
    await expect.poll(() => translation().locator('[data-seg="3"]').getAttribute('aria-current')).toBe('true');
    expect(await source().locator('[data-seg="3"]').getAttribute('aria-current')).toBe('true');
    const [a, b] = await Promise.all([source().locator('[data-seg="3"]').boundingBox(), translation().locator('[data-seg="3"]').boundingBox()]);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);

    // 3. Edit that translation (Enter edits) and reload: the edit persists.
    await page.keyboard.press('Enter');
    const editor = translation().getByLabel('Your English for this sentence');
    await editor.fill('Moscow, which invaded Ukraine in February 2022, does not want to talk about security guarantees for Kyiv.');
    await editor.press('Enter');
    await translation().locator('[data-seg="3"][data-state="edited"]').waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
    await expect.poll(() => translation().locator('[data-seg="3"]').textContent()).toContain('security guarantees for Kyiv');
    expect(await translation().locator('[data-seg="3"]').getAttribute('data-state')).toBe('edited');

    // Undo and redo the edit from the keyboard.
    await source().locator('[data-seg="3"]').hover();
    await page.keyboard.press('Control+z');
    await expect.poll(() => translation().locator('[data-seg="3"]').getAttribute('data-state')).toBe('edited');

    // 4. Add a note and reload: the note persists.
    await source().locator('[data-seg="2"]').click();
    await page.keyboard.press('n');
    // The note box has the focus: typing at once writes the note (and never presses the close button).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Peskov is the Kremlin spokesman.');
    expect(await page.getByRole('dialog', { name: 'Add a note' }).getByLabel('Note').inputValue()).toBe('Peskov is the Kremlin spokesman.');
    await page.getByRole('button', { name: 'Save note' }).click();
    const notes = page.getByRole('complementary', { name: 'Notes' });
    await notes.getByText('Peskov is the Kremlin spokesman.').waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
    await notes.getByText('Peskov is the Kremlin spokesman.').waitFor();
    await expect.poll(() => source().locator('[data-seg="2"] .note-marker').count()).toBe(1);

    // 5. Interleaved layout and the dark theme; both remembered.
    await page.getByLabel('Layout').selectOption('interleaved');
    await page.getByRole('region', { name: 'Source and translation' }).locator('[data-seg="0"]').first().waitFor();
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
    await page.getByRole('region', { name: 'Source and translation' }).locator('[data-seg="0"]').first().waitFor();
  });

  it('moves by sentence from the keyboard, undoes and redoes an edit, and reverts to the machine translation', async () => {
    await importAndOpenSample();
    await source().locator('[data-seg="0"]').click();
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => source().locator('[data-seg="2"]').getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('k');
    await expect.poll(() => source().locator('[data-seg="1"]').getAttribute('aria-current')).toBe('true');
    const machine = await translation().locator('[data-seg="1"]').textContent();
    await page.keyboard.press('Enter');
    await translation().getByLabel('Your English for this sentence').fill('My own English.');
    await translation().getByLabel('Your English for this sentence').press('Escape');
    await expect.poll(() => translation().locator('[data-seg="1"]').textContent()).toBe(machine);
    await page.keyboard.press('Enter');
    await translation().getByLabel('Your English for this sentence').fill('My own English.');
    await translation().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => translation().locator('[data-seg="1"]').textContent()).toContain('My own English.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => translation().locator('[data-seg="1"]').getAttribute('data-state')).toBe('done');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => translation().locator('[data-seg="1"]').textContent()).toContain('My own English.');
    await translation().locator('[data-seg="1"]').dblclick();
    await translation().getByRole('button', { name: 'Revert to the machine translation' }).click();
    await expect.poll(() => translation().locator('[data-seg="1"]').getAttribute('data-state')).toBe('done');
  });

  it('finds in the article, in both languages, and opens the shortcuts sheet', async () => {
    await importAndOpenSample();
    await page.keyboard.press('Control+f');
    await page.getByLabel('Find in this article').fill('zelensky');
    await page.getByText(/^1 of \d+$/).waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    // Jumping far down the article keeps the bar, its count and its arrows in view.
    await page.getByLabel('Find in this article').fill('de');
    await page.getByText(/^1 of \d+$/).waitFor();
    for (let i = 0; i < 12; i++) await page.getByLabel('Find in this article').press('Enter');
    await page.getByText(/^13 of \d+$/).waitFor();
    const main = page.locator('main.reader');
    await expect.poll(() => main.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    const [view, bar] = await Promise.all([main.boundingBox(), page.getByRole('search').boundingBox()]);
    expect(bar!.y).toBeGreaterThanOrEqual(view!.y - 1);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(view!.y + view!.height);
    await expect.poll(() => page.getByRole('button', { name: 'Next match' }).isVisible()).toBe(true);
    await page.getByLabel('Find in this article').press('Escape');
    await main.evaluate((el) => el.scrollTo(0, 0));
    await source().locator('[data-seg="0"]').click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  });

  it('offers actions on selected Spanish: a note, a translation of the selection, a copy of the pair', async () => {
    await importAndOpenSample();
    const select = () => selectWords(source().locator('[data-seg="0"]'), 'Al mismo tiempo');
    await select();
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
    await toolbar.getByRole('button', { name: 'Translate selection' }).click();
    await toolbar.getByText(/→/).waitFor();
    expect(await toolbar.textContent()).toMatch(/At the same time/i);
    await toolbar.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('dialog', { name: 'Add a note' }).getByText('On “Al mismo tiempo”').waitFor();
    // The toolbar gets out of the way once its action is done.
    expect(await toolbar.count()).toBe(0);
    await page.getByRole('dialog', { name: 'Add a note' }).getByRole('button', { name: 'Cancel' }).click();
    await select();
    await toolbar.getByRole('button', { name: 'Add to glossary' }).click();
    await expect.poll(() => toolbar.count()).toBe(0);
  });

  it('comes back after a reload to the article and the sentence the reader was at', async () => {
    await importAndOpenSample();
    await source().locator('[data-seg="3"]').click();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => source().locator('[data-seg="5"]').getAttribute('aria-current')).toBe('true');
    await page.reload();
    await expect.poll(() => source().locator('[data-seg="5"]').getAttribute('aria-current'), { timeout: 15_000 }).toBe('true');
    expect(await translation().locator('[data-seg="5"]').getAttribute('aria-current')).toBe('true');
    // And the reader moves on from there: the restored place does not hold the cursor.
    await page.keyboard.press('j');
    await expect.poll(() => source().locator('[data-seg="6"]').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('main.reader h2').textContent()).toMatch(/^Al mismo tiempo/);
  });

  it('opens a long article at its first screen, then has all of it: its end, and a place far past the first screen', async () => {
    const paragraphs = Array.from({ length: 180 }, (_, p) => Array.from({ length: 4 }, (_, k) => `Frase número ${p * 4 + k} del artículo largo.`).join(' '));
    const served = session.served!;
    const response = await fetch(`${served.origin}/api/importText`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${served.token}` },
      body: JSON.stringify({ text: paragraphs.join('\n\n'), title: 'Artículo largo' }),
    });
    const imported = (await response.json()) as { ok: true; result: { status: string; article: { id: number; sentenceCount: number } } };
    const { id, sentenceCount } = imported.result.article;
    expect(sentenceCount).toBe(720);
    // Straight to sentence 650 (far past the first load), as a reload at that place would.
    await page.goto(`${served.url}#article=${id}&sentence=650`);
    await expect.poll(() => source().locator('[data-seg="650"]').getAttribute('aria-current'), { timeout: 15_000 }).toBe('true');
    expect(await source().locator('[data-seg="650"]').textContent()).toBe('Frase número 650 del artículo largo.');
    await page.evaluate(() => {
      const main = document.querySelector('main.reader')!;
      main.scrollTop = main.scrollHeight;
    });
    await expect.poll(() => source().locator('[data-seg="719"]').textContent()).toBe('Frase número 719 del artículo largo.');
  });

  it('keeps the text where it is when the translation starts and stops, under a word being looked up', async () => {
    const text = Array.from({ length: 200 }, (_, p) => Array.from({ length: 5 }, (_, k) => `Frase número ${p * 5 + k} de un artículo que tarda en traducirse.`).join(' ')).join('\n\n');
    await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').first().waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Paste an article').fill(text);
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Frase número 0/ }).click();
    const first = source().locator('[data-seg="0"]');
    // 1,000 sentences keep the engine busy: the job is stopped while it runs, as a reader would.
    // (The offer of a better model comes with the article, once, before the reader is reading.)
    const stop = page.getByRole('button', { name: 'Stop' });
    await Promise.all([stop.waitFor(), page.getByRole('button', { name: 'Download the Opus-MT model' }).waitFor()]);
    const before = (await first.boundingBox())!.y;
    await clickWord(first, 'artículo');
    const lookup = page.getByRole('dialog', { name: 'Look up: artículo' });
    const box = (await lookup.boundingBox())!;
    await stop.click();
    await expect.poll(() => stop.count()).toBe(0);
    // Where it stopped is said in the same line.
    await page.getByText(/^Stopped at [\d,]+ of 1,000 sentences$/).waitFor();
    expect((await first.boundingBox())!.y).toBe(before);
    expect((await lookup.boundingBox())!.y).toBe(box.y);
  });

  it('keeps the glossary and the notes in tabs of their own, the notes counted, reachable from the keyboard', async () => {
    await importAndOpenSample();
    const tabs = page.getByRole('tablist', { name: 'Side panels' });
    await tabs.getByRole('tab', { name: 'Glossary' }).click();
    await page.getByRole('complementary', { name: 'Glossary' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Notes' }).count()).toBe(0);
    await expect.poll(() => tabs.getByRole('tab', { name: /^Notes/ }).textContent()).toBe('Notes (0)');
    // Writing a note shows it in its list, and the count follows.
    await source().locator('[data-seg="1"]').click();
    await page.keyboard.press('n');
    await page.keyboard.type('Una nota sobre la frase dos.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('complementary', { name: 'Notes' }).getByText('Una nota sobre la frase dos.').waitFor();
    expect(await tabs.getByRole('tab', { name: /^Notes/ }).textContent()).toBe('Notes (1)');
    expect(await page.getByRole('complementary', { name: 'Glossary' }).count()).toBe(0);
    // Arrow keys move between the tabs.
    await tabs.getByRole('tab', { name: /^Notes/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('complementary', { name: 'Glossary' }).waitFor();
    expect(await tabs.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Glossary');
  });

  it('has no serious or critical accessibility violations, in light and dark', async () => {
    await importAndOpenSample();
    expect(await axeViolations()).toEqual([]);
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations()).toEqual([]);
    // A word looked up, in the dark theme.
    await clickWord(source().locator('[data-seg="0"]'), 'Moscú');
    await page.getByRole('dialog', { name: 'Look up: Moscú' }).getByText('In this sentence').waitFor();
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByLabel('Theme').selectOption('light');
  });
});
