import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { SAMPLES_DIR } from '../support/fixtures';
import { type Served, startServe, tempDataDir } from '../support/serve';

let browser: Browser;
let served: Served;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // No engine here: these tests are about the library, and the honest "no engine" state.
  served = await startServe(tempDataDir(), { GLOSA_APERTIUM: '/nonexistent/apertium', GLOSA_MODELS_DIR: tempDataDir() });
  page = await browser.newPage();
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(served.url);
});
afterEach(async () => {
  await page?.close();
  await served?.stop();
  expect(pageErrors).toEqual([]);
});

const library = () => page.getByRole('navigation', { name: 'Library' });
const articleButtons = () => library().locator('button.article-open');
const SAMPLE = 'lukashenko-viaja-a-rusia.txt';

describe('browser mode', () => {
  it('opens on a Library that holds the three sample articles, and drops the token from the address', async () => {
    await expect.poll(() => articleButtons().count()).toBe(3);
    expect(page.url()).not.toContain('token=');
    await expect.poll(() => page.getByRole('complementary', { name: 'Glossary' }).count()).toBe(1);
  });

  it('imports a sample through the UI, finds it in the Library, opens it and shows its sentences in Source', async () => {
    await expect.poll(() => articleButtons().count()).toBe(3);

    // The sample is already there: importing it again is recognised as a duplicate.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-files').setInputFiles(path.join(SAMPLES_DIR, SAMPLE));
    await page.getByText(/is already in your library/).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    // Delete it (the undo is offered), then import it for real.
    await library().getByRole('button', { name: /^Delete “El presidente de Bielorrusia/ }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await expect.poll(() => articleButtons().count()).toBe(2);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-files').setInputFiles(path.join(SAMPLES_DIR, SAMPLE));
    await page.getByText(/^Imported “El presidente de Bielorrusia/).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Lukashenko');
    await expect.poll(() => articleButtons().count()).toBe(1);
    await articleButtons().first().click();

    const source = page.getByRole('region', { name: 'Source' });
    await source.locator('[data-seg="0"]').waitFor();
    expect(await source.locator('[data-seg="0"]').textContent()).toMatch(/^El presidente de Bielorrusia, Aleksandr Lukashenko, viaja este jueves a Rusia/);
    expect(await source.locator('[data-seg]').count()).toBeGreaterThan(5);
    // Long articles are drawn as they scroll into view: the last sentence is there at the end.
    // (Rows are measured as they are drawn, so the end can move: scroll until it stays.)
    await expect
      .poll(async () => {
        await page.getByRole('main').evaluate((main) => main.scrollTo({ top: main.scrollHeight }));
        return source.locator('[data-seg="20"]').count();
      })
      .toBe(1);
    await page.getByRole('main').evaluate((main) => main.scrollTo({ top: 0 }));
    const translation = page.getByRole('region', { name: 'Translation' });
    expect(await translation.textContent()).toContain('No translation engine yet');

    await source.locator('[data-seg="3"]').hover();
    await expect.poll(() => source.locator('[data-seg="3"]').getAttribute('aria-current')).toBe('true');
  });

  it('undoes a delete', async () => {
    await expect.poll(() => articleButtons().count()).toBe(3);
    await library().getByRole('button', { name: /^Delete “Al mismo tiempo/ }).click();
    await expect.poll(() => articleButtons().count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => articleButtons().count()).toBe(3);
  });

  it('imports pasted text and renames it', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Paste an article').fill('El Kremlin negó la captura de las aldeas. Kiev lo confirmó el miércoles.');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByText('Imported “El Kremlin negó la captura de las aldeas.”').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await library().getByRole('button', { name: /^Rename “El Kremlin negó/ }).click();
    await page.getByLabel('New title').fill('Aldeas de Dnipropetrovsk');
    await page.getByRole('button', { name: 'Save' }).click();
    await library().getByText('Aldeas de Dnipropetrovsk').waitFor();
    await page.reload();
    await library().getByText('Aldeas de Dnipropetrovsk').waitFor();
  });

  it('explains a bad file by name and keeps the library as it was', async () => {
    const dir = tempDataDir('glosa-bad-');
    const empty = path.join(dir, 'vacío.txt');
    fs.writeFileSync(empty, '');
    const png = path.join(dir, 'foto.txt');
    fs.writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-files').setInputFiles([empty, png]);
    await page.getByText('vacío.txt is empty.').waitFor();
    await page.getByText('foto.txt is not a text file.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => articleButtons().count()).toBe(3);
  });

  it('imports a page saved in the character set it declares, and one of UTF-8 damaged in a place', async () => {
    const dir = tempDataDir('glosa-charset-');
    // Latin-9 bytes, as an older Spanish site serves them: the euro sign is 0xA4 there, "ñ" 0xF1.
    const latin9 = (text: string) => Buffer.from([...text].map((ch) => (ch === '€' ? 0xa4 : ch.charCodeAt(0))));
    const body = '<p>La entrada al museo de la ciudad vieja, abierto todos los días del año salvo el de Navidad, cuesta 5 € para los niños de España.</p>';
    fs.writeFileSync(path.join(dir, 'museo.html'), Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-15"><title>El museo</title></head><body>'), latin9(body), Buffer.from('</body></html>')]));
    // UTF-8 with one byte of a Latin-1 page pasted in ("AUTOMÁTICA" in a comment of the template).
    // (A real page holds hundreds of letters written in two bytes for such a stray one: here thirty.)
    const paragraphs = '<p>El ejército de Kiev confirmó el avance sobre las aldeas del norte, según el parte de la mañana del jueves.</p><p>Moscú negó la captura y habló de una retirada ordenada de sus tropas hacia el río.</p>'.repeat(3);
    const utf8 = Buffer.from(`<html><head><meta charset="utf-8"><title>Las aldeas</title></head><body>${paragraphs}`);
    fs.writeFileSync(path.join(dir, 'aldeas.html'), Buffer.concat([utf8, Buffer.from('<!-- CARGA AUTOM'), Buffer.from([0xc1]), Buffer.from('TICA --></body></html>')]));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-files').setInputFiles([path.join(dir, 'museo.html'), path.join(dir, 'aldeas.html')]);
    await page.getByText('Imported “El museo”.').waitFor();
    await page.getByText('Imported “Las aldeas”.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await library().getByText('El museo').click();
    const source = page.getByRole('region', { name: 'Source' });
    await source.locator('[data-seg="0"]').waitFor();
    expect(await source.textContent()).toContain('cuesta 5 € para los niños de España.');
  });

  it('imports a whole folder, and files dropped on the window', async () => {
    const dir = tempDataDir('glosa-folder-');
    fs.writeFileSync(path.join(dir, 'uno.md'), '# Tregua en el Donbás\n\nLas tropas rusas han entrado en una región clave.');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'dos.txt'), 'El ejército de Kiev confirmó el avance. Moscú lo negó.');
    fs.writeFileSync(path.join(dir, 'foto.png'), 'skipped: not an article type');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-folder').setInputFiles(dir);
    await page.getByText('Imported “Tregua en el Donbás”.').waitFor();
    await page.getByText('Imported “El ejército de Kiev confirmó el avance.”.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => articleButtons().count()).toBe(5);

    const drop = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Zelenski habló con Macron. Pidió más defensa aérea.'], 'soltado.txt', { type: 'text/plain' }));
      return data;
    });
    await page.dispatchEvent('.app', 'dragover', { dataTransfer: drop });
    await page.dispatchEvent('.app', 'drop', { dataTransfer: drop });
    await page.getByText('Imported “Zelenski habló con Macron.”.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => articleButtons().count()).toBe(6);
  });

  it('draws a large library a page at a time, growing as it is scrolled, and searches all of it', async () => {
    const files = Array.from({ length: 450 }, (_, i) => ({
      name: `n-${i}.txt`,
      data: Buffer.from(`Crónica ${String(i).padStart(3, '0')}\n\nLa crónica número ${i} cuenta lo que pasó en el puerto de la ciudad.`).toString('base64'),
    }));
    const response = await fetch(`${served.origin}/api/importFiles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ files }),
    });
    expect(response.ok).toBe(true);
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Library' });
    const items = nav.locator('button.article-open');
    await items.first().waitFor();
    expect(await items.count()).toBe(200);
    const more = nav.getByRole('button', { name: 'Show 200 more (of 253)' });
    await more.scrollIntoViewIfNeeded();
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(400);
    // The oldest articles were never drawn, and search still finds them.
    await nav.getByRole('searchbox', { name: 'Search articles' }).fill('Crónica 003');
    await expect.poll(() => items.first().textContent()).toContain('Crónica 003');
    expect(await items.count()).toBe(1);
  });

  it('switches the interface to Spanish, and remembers it', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('es');
    await page.getByRole('navigation', { name: 'Biblioteca' }).waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Biblioteca' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    // Numbers follow the language: the reader's spacing reads 1,6.
    await page.getByRole('navigation', { name: 'Biblioteca' }).locator('button.article-open').first().click();
    // (The reader opens after the click: its controls are read once drawn.)
    await expect.poll(() => page.getByLabel('Interlineado').locator('option').allTextContents()).toEqual(['1,4', '1,6', '1,8', '2,0']);
  });
});
