import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Served, startServe, tempDataDir } from '../support/serve';
import { browserModeSession } from '../support/session';

// Apertium is the engine here (CI installs it); no Opus-MT model is installed.
const session = browserModeSession({ open: false });
let page: Page;
let served: Served;
let browser: Browser;
beforeEach(() => {
  ({ page, served, browser } = session);
});

/** Imports text pasted in the Import dialog, as a reader does, and closes the dialog. */
async function pasteArticle(on: Page, text: string) {
  await on.getByRole('button', { name: 'Import', exact: true }).click();
  await on.getByLabel('Paste an article').fill(text);
  await on.getByRole('button', { name: 'Import text' }).click();
  await on.getByRole('button', { name: 'Close' }).click();
}

async function openSample(title: RegExp) {
  await page.goto(served.url);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title }).first().click();
  await page.getByRole('region', { name: 'Source' }).locator('[data-seg="0"]').waitFor();
}

describe('translation in browser mode', () => {
  // Long tasks while translating are measured by the benchmark (npm run bench -- reader), not here.
  it('fills the Translation pane sentence by sentence with Apertium', async () => {
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').first().waitFor();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).first().click();
    await page.getByRole('region', { name: 'Source' }).locator('[data-seg="0"]').waitFor();
    const translation = page.getByRole('region', { name: 'Translation' });
    const sentences = translation.locator('[data-seg]');
    const total = await page.getByRole('region', { name: 'Source' }).locator('[data-seg]').count();
    // (A row for every sentence on screen; a loaded machine may draw them after a second or more.)
    await expect.poll(() => sentences.count(), { timeout: 30_000 }).toBe(total);
    // Results arrive as they are made: some sentences are done while others still wait.
    // (The rows on screen are counted again: a filled-in translation can push a row out of view.)
    await expect
      .poll(async () => (await translation.locator('[data-state="done"]').count()) === (await page.getByRole('region', { name: 'Source' }).locator('[data-seg]').count()), { timeout: 30_000 })
      .toBe(true);
    expect(await translation.locator('[data-state="done"]').count()).toBeGreaterThanOrEqual(Math.min(total, 4));
    expect(await translation.locator('[data-seg="0"]').textContent()).toMatch(/Kiev/);
    expect(await translation.textContent()).not.toMatch(/[*#@]\p{L}/u);
    // Apertium is in use: the better model is offered.
    await page.getByRole('main').getByRole('button', { name: 'Download the Opus-MT model' }).waitFor();
    await page.getByRole('region', { name: 'Source' }).locator('[data-seg="3"]').hover();
    await expect.poll(() => translation.locator('[data-seg="3"]').getAttribute('aria-current')).toBe('true');
  });

  it('shows a cached translation at once when the article is opened again', async () => {
    await openSample(/^El presidente de Bielorrusia/);
    const translation = page.getByRole('region', { name: 'Translation' });
    // The rows drawn are those on screen, and a notice above them (the Opus-MT offer) can
    // push some out of view: every row drawn is compared with the sentences drawn now.
    const allDone = async () => (await translation.locator('[data-state="done"]').count()) === (await page.getByRole('region', { name: 'Source' }).locator('[data-seg]').count());
    await expect.poll(allDone, { timeout: 30_000 }).toBe(true);
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^El presidente de Bielorrusia/ }).first().click();
    await page.getByRole('region', { name: 'Source' }).locator('[data-seg="0"]').waitFor();
    await expect.poll(allDone).toBe(true);
    expect(await page.locator('.article-progress').count()).toBe(0);
  });

  it('offers the engines in settings and lets an article switch engine', async () => {
    await openSample(/^Al mismo tiempo/);
    await page.getByLabel('Engine').selectOption('opus-mt');
    const translation = page.getByRole('region', { name: 'Translation' });
    await translation.getByText('No translation engine yet').waitFor();
    await translation.getByRole('button', { name: 'Download the Opus-MT model' }).waitFor();
    await page.getByLabel('Engine').selectOption('');
    await expect.poll(() => translation.locator('[data-state="done"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });
});

describe('articles in other languages', () => {
  it('detects a pasted French article, translates it into English through Spanish, and into Spanish once the reader asks', async () => {
    await page.goto(served.url);
    await pasteArticle(page, "Le président ukrainien est arrivé mardi à Bruxelles pour rencontrer les dirigeants de l'OTAN.\n\nIl a demandé davantage de défense aérienne avant l'hiver.");
    const head = page.locator('.reader-head');
    await expect.poll(() => head.getByLabel('Written in').inputValue()).toBe('fr');
    expect(await head.getByLabel('read in').inputValue()).toBe('en');
    await head.getByText('through Spanish').waitFor();
    const translation = page.getByRole('region', { name: 'Translation' });
    await expect.poll(() => translation.locator('[data-state="done"]').count(), { timeout: 30_000 }).toBe(2);
    expect(await translation.locator('[data-seg="0"]').textContent()).toMatch(/president/);
    await head.getByLabel('read in').selectOption('es');
    await expect.poll(() => translation.locator('[data-seg="0"]').textContent(), { timeout: 30_000 }).toMatch(/presidente/);
    expect(await head.getByText('through Spanish').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Library' }).getByText('fr→es').waitFor();
  });

  it('reads an English article in Spanish when Settings say so, directly with Apertium’s eng-spa', async () => {
    await page.goto(served.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Read articles in').selectOption('es');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await pasteArticle(page, 'The Ukrainian president arrived in Brussels on Tuesday to meet the leaders of NATO.\n\nHe asked for more air defence before the winter.');
    const head = page.locator('.reader-head');
    await expect.poll(() => head.getByLabel('Written in').inputValue()).toBe('en');
    expect(await head.getByLabel('read in').inputValue()).toBe('es');
    const translation = page.getByRole('region', { name: 'Translation' });
    await expect.poll(() => translation.locator('[data-state="done"]').count(), { timeout: 30_000 }).toBe(2);
    expect(await translation.locator('[data-seg="0"]').textContent()).toMatch(/presidente/);
    expect(await head.getByText(/^through /).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Library' }).getByText('en→es').waitFor();
    // Back to English for the tests after this one.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').getByLabel('Read articles in').selectOption('en');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('says which pair has no engine here, in the interface language', async () => {
    await page.goto(served.url);
    await pasteArticle(page, 'Президент прибыл в Брюссель на встречу с руководством НАТО. Он попросил усилить противовоздушную оборону.');
    const translation = page.getByRole('region', { name: 'Translation' });
    await translation.getByText('No engine here translates Russian into English.', { exact: false }).waitFor();
    expect(await page.locator('.reader-head').getByLabel('Written in').inputValue()).toBe('ru');
    // It names the model that would read it, with that model's own size, and offers the download.
    await translation.getByText('This language pair needs opus-mt-ru-en.').waitFor();
    await translation.getByText('About 118 MB, from Hugging Face', { exact: false }).waitFor();
    expect(await translation.getByRole('button', { name: 'Download the Opus-MT model' }).isVisible()).toBe(true);
    expect(await translation.getByText('Glosa knows no model or Apertium pair for it yet.', { exact: false }).count()).toBe(0);
    // Ukrainian: nothing Glosa knows reads it, and it says so.
    await pasteArticle(page, 'Президент прибув до Брюсселя на зустріч з керівництвом НАТО. Він попросив посилити протиповітряну оборону.');
    await translation.getByText('No engine here translates Ukrainian into English. Glosa knows no model or Apertium pair for it yet.').waitFor();
  });
});

describe('getting the Opus-MT model from the app', () => {
  it('downloads it with progress from the hub, then translates with it', async () => {
    const { startHub } = await import('../support/hub');
    const { tinyModelDir } = await import('../support/tiny-model');
    const hub = await startHub('Xenova/opus-mt-es-en', 'c3f8f178b475a947b2e4c7a4c34b2989297eec05', tinyModelDir(), { redirectLarge: true });
    const server = await startServe(tempDataDir(), { GLOSA_MODELS_DIR: tempDataDir(), GLOSA_HUB_URL: hub.url, GLOSA_APERTIUM: '/nonexistent/apertium' });
    const p = await browser.newPage();
    try {
      const text = 'La guerra en Ucrania.\n\nEl presidente Zelenski habló con Putin hoy.';
      await p.goto(server.url);
      await pasteArticle(p, text);
      const translation = p.getByRole('region', { name: 'Translation' });
      await translation.getByText('No translation engine yet').waitFor();
      await translation.getByRole('button', { name: 'Download the Opus-MT model' }).click();
      await expect.poll(() => translation.locator('[data-state="done"]').count(), { timeout: 30_000 }).toBe(2);
      expect(await translation.locator('[data-seg="0"]').textContent()).toContain('The war in Ukraine.');
      expect(await translation.locator('[data-seg="1"]').textContent()).toContain('The president Zelenski spoke with Putin today.');
      expect(hub.requests.some((r) => r.path.endsWith('decoder_model_merged_quantized.onnx'))).toBe(true);
    } finally {
      await p.close();
      await server.stop();
      await hub.close();
    }
  });
});

describe('getting the model without a network', () => {
  /** A port on this machine where nothing listens: a hub with no network behind it. */
  async function closedPort(): Promise<number> {
    const net = await import('node:net');
    return new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
  }

  async function tryDownload(hubUrl: string, check: (translation: Locator) => Promise<void>, { spanish = false } = {}) {
    const server = await startServe(tempDataDir(), { GLOSA_MODELS_DIR: tempDataDir(), GLOSA_HUB_URL: hubUrl, GLOSA_APERTIUM: '/nonexistent/apertium' });
    const p = await browser.newPage();
    try {
      if (spanish) {
        const response = await fetch(`${server.origin}/api/updateSettings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify({ language: 'es' }),
        });
        expect(response.ok).toBe(true);
      }
      await p.goto(server.url);
      await p.getByRole('navigation', { name: spanish ? 'Biblioteca' : 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
      const translation = p.getByRole('region', { name: spanish ? 'Traducción' : 'Translation' });
      await translation.getByRole('button', { name: spanish ? 'Descargar el modelo Opus-MT' : 'Download the Opus-MT model' }).click();
      await check(translation);
    } finally {
      await p.close();
      await server.stop();
    }
  }

  it('says at once that it is connecting, and the button cannot be pressed twice', async () => {
    const net = await import('node:net');
    // A hub that takes the connection and never answers.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    try {
      await tryDownload(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, async (translation) => {
        await translation.getByRole('status').filter({ hasText: 'Connecting to Hugging Face…' }).waitFor({ timeout: 2000 });
        expect(await translation.getByRole('button', { name: 'Download the Opus-MT model' }).count()).toBe(0);
      });
    } finally {
      silent.close();
    }
  });

  it('says plainly that there is no network, and what to do instead', async () => {
    const closed = await closedPort();
    await tryDownload(`http://127.0.0.1:${closed}`, async (translation) => {
      await translation.getByText(/There is no network connection to 127\.0\.0\.1:\d+ .*Import a model folder.*translate with Apertium/).waitFor({ timeout: 10_000 });
      // And it can be tried again.
      await translation.getByRole('button', { name: 'Download the Opus-MT model' }).waitFor();
    });
  });

  it('says so in Spanish, with the engines\' states, when the interface is in Spanish', async () => {
    const closed = await closedPort();
    await tryDownload(
      `http://127.0.0.1:${closed}`,
      async (translation) => {
        await translation.getByText(/No hay conexión de red con 127\.0\.0\.1:\d+ .*Importa una carpeta de modelo.*traduce con Apertium/).waitFor({ timeout: 10_000 });
        // The engines' states come from the back end as messages, worded here in Spanish too.
        await translation.getByText(/Apertium no está instalado/).waitFor();
        await translation.getByText(/El modelo Opus-MT \(q8\) aún no está instalado/).waitFor();
        expect(await translation.getByText(/There is no network|is not installed/).count()).toBe(0);
      },
      { spanish: true },
    );
  });
});

describe('the model in Settings', () => {
  it('offers Verify and Remove only once a model is there, and imports one from a folder typed in', async () => {
    const { tinyModelDir } = await import('../support/tiny-model');
    await page.goto(served.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    // Each model has its own group of controls, named by its pair.
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const settings = dialog.getByRole('group', { name: 'Opus-MT, Spanish to English' });
    await settings.getByRole('button', { name: 'Import folder' }).waitFor();
    await dialog.getByRole('group', { name: 'Opus-MT, French to English' }).waitFor();
    expect(await settings.getByRole('button', { name: 'Verify' }).count()).toBe(0);
    expect(await settings.getByRole('button', { name: 'Remove' }).count()).toBe(0);
    // A browser has no folder dialog: a folder can be chosen (its files are copied in), or its path typed; an empty field is explained.
    expect(await settings.getByLabel('Model folder').getAttribute('placeholder')).toMatch(/^Full path/);
    await settings.getByText(/Choose the folder that holds config\.json.*or type its full path on this computer/).waitFor();
    await settings.getByRole('button', { name: 'Import folder' }).click();
    await dialog.getByText('Type the full path of the model folder first.').waitFor();
    await settings.getByLabel('Model folder').fill(tinyModelDir());
    await settings.getByRole('button', { name: 'Import folder' }).click();
    await dialog.getByText('The model folder was imported.').waitFor();
    await settings.getByRole('button', { name: 'Verify' }).click();
    await dialog.getByText('Every file matches its hash.').waitFor();
    await settings.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByText('The model was removed.').waitFor();
    await expect.poll(() => settings.getByRole('button', { name: 'Verify' }).count()).toBe(0);

    // The folder chosen in the browser's own folder picker: its model files are copied in, checked and installed.
    await settings.getByRole('button', { name: 'Choose a folder…' }).waitFor();
    await page.getByTestId('model-folder-opus-mt-es-en').setInputFiles(tinyModelDir());
    await dialog.getByText('The model folder was imported.').waitFor({ timeout: 20_000 });
    await settings.getByRole('button', { name: 'Verify' }).click();
    await dialog.getByText('Every file matches its hash.').waitFor();
    // A folder that is some other model is refused with its reason, and nothing is installed.
    await settings.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByText('The model was removed.').waitFor();
    const fs = await import('node:fs');
    const path = await import('node:path');
    const other = path.join(tempDataDir(), 'not-a-model');
    fs.mkdirSync(path.join(other, 'onnx'), { recursive: true });
    fs.writeFileSync(path.join(other, 'config.json'), '{}');
    fs.writeFileSync(path.join(other, 'onnx', 'encoder_model_quantized.onnx'), 'not onnx');
    await page.getByTestId('model-folder-opus-mt-es-en').setInputFiles(other);
    await dialog.locator('.notice-error').waitFor({ timeout: 20_000 });
    expect(await dialog.locator('.notice-error').textContent()).toMatch(/holds no Xenova\/opus-mt-es-en weights|is missing|is not/);
    expect(await settings.getByRole('button', { name: 'Verify' }).count()).toBe(0);
  });
});
