import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/serve';
import { clickWord, selectWords } from '../support/selection';
import { browserModeSession } from '../support/session';

const session = browserModeSession({ viewport: { width: 1440, height: 900 } });
let page: Page;
beforeEach(() => {
  page = session.page;
});

const glossary = () => page.getByRole('complementary', { name: 'Glossary' });
const source = () => page.getByRole('region', { name: 'Source' });
const translation = () => page.getByRole('region', { name: 'Translation' });

async function openTranslated(title: RegExp, n: number) {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title }).click();
  await translation().locator(`[data-seg="${n}"][data-state="done"]`).waitFor({ timeout: 30_000 });
}

describe('the glossary panel', () => {
  it('takes in an imported article\'s names at once, without a switch of tab', async () => {
    await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').first().waitFor();
    await glossary().getByRole('tab', { name: 'Suggested' }).click();
    expect(await glossary().getByRole('button', { name: /^Kaja Kallas →/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByLabel('Paste an article')
      .fill('Kaja Kallas viajó a Kiev. La jefa de la diplomacia europea, Kaja Kallas, se reunió con Zelenski.\n\nKaja Kallas pidió más ayuda para Ucrania. Según Kaja Kallas, la paz está lejos.');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await glossary().getByRole('button', { name: /^Kaja Kallas →/ }).waitFor({ timeout: 10_000 });
  });

  it('suggests recurring names with their spellings, and an accepted entry is enforced and marked in both panes', async () => {
    await openTranslated(/^La segunda ronda/, 4);
    const zelensky = glossary().getByRole('button', { name: /^Volodimir Zelensk[iy] →/ });
    await zelensky.click();
    await glossary().getByText('Zelensky', { exact: true }).first().waitFor();
    expect(await translation().locator('[data-seg="4"]').textContent()).toContain('Kiev');
    await glossary().getByRole('button', { name: 'Accept “Kiev”' }).click();
    await expect.poll(() => translation().locator('[data-seg="4"]').textContent()).toContain('Kyiv');
    expect(await source().locator('[data-seg="4"] .term').first().textContent()).toBe('Kiev');
    expect(await source().locator('[data-seg="4"] .term').first().getAttribute('title')).toBe('Glossary: Kiev → Kyiv (enforce)');
    expect(await translation().locator('[data-seg="4"] .term').first().textContent()).toBe('Kyiv');
    await glossary().getByRole('tab', { name: 'Accepted' }).click();
    await glossary().getByRole('button', { name: /^Kiev → Kyiv/ }).waitFor();
  });

  it('offers a country with its adjective, and accepting it enforces both: "bielorrusa" reads Belarusian', async () => {
    // "… en la región bielorrusa de Gomel …", the second sentence of this sample.
    await openTranslated(/^La segunda ronda/, 1);
    expect(await source().locator('[data-seg="1"]').textContent()).toContain('bielorrusa');
    const sentence = translation().locator('[data-seg="1"]');
    await expect.poll(() => sentence.textContent(), { timeout: 30_000 }).toMatch(/Byelorussian/);
    await glossary().getByRole('tab', { name: 'Suggested' }).click();
    const belarus = glossary().getByRole('button', { name: /^Bielorrusia → Belarus/ });
    expect(await belarus.textContent()).toMatch(/Accepted with its adjective: bielorrusa → Belarusian/);
    await glossary().getByRole('button', { name: 'Accept “Bielorrusia”' }).click();
    await expect.poll(() => sentence.textContent(), { timeout: 15_000 }).toMatch(/Belarusian/);
    await expect.poll(() => sentence.textContent()).not.toMatch(/Byelorussian/);
    await glossary().getByRole('tab', { name: 'Accepted' }).click();
    await glossary().getByRole('button', { name: /^bielorrusa → Belarusian/ }).waitFor();
  });

  it('flags a miss inline, fixes it in one click, and offers to re-translate the sentences that miss', async () => {
    await openTranslated(/^La segunda ronda/, 5);
    await glossary().getByRole('button', { name: /^alto al fuego →/ }).click();
    await glossary().getByLabel('Mode').selectOption('hint');
    await glossary().getByRole('button', { name: 'Accept', exact: true }).first().click();
    const flag = translation().locator('[data-seg="5"]').getByRole('button', { name: 'Use “ceasefire”' });
    await flag.waitFor();
    await page.getByText(/sentences? miss(es)? glossary terms/).waitFor();
    await flag.click();
    await expect.poll(() => translation().locator('[data-seg="5"]').getAttribute('data-state')).toBe('edited');
    expect(await translation().locator('[data-seg="5"]').textContent()).toContain('ceasefire');
    // Translating the rest again with the target written into the Spanish says what came of it.
    await page.getByRole('button', { name: /^Re-translate/ }).click();
    const status = page.getByRole('status').filter({ hasText: /^Translated \d+ sentences? again\./ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/again\. (Every one now holds its glossary terms\.|\d+ still miss)/);
    await expect.poll(() => translation().locator('.term-miss').count()).toBe(0);
  });

  it('starts a name picked from the text as the glossary spells it, not as the engine translates its words', async () => {
    await openTranslated(/^Al mismo tiempo/, 0);
    await selectWords(source().locator('[data-seg="0"]'), 'Kiev');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add to glossary' }).click();
    await expect.poll(() => glossary().getByLabel('English').inputValue()).toBe('Kyiv');
    expect(await glossary().getByLabel('Kind').inputValue()).toBe('place');
    await glossary().getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds a name picked from the text as written, and its sentences follow: the full name, the surname alone, and a correction', async () => {
    await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').first().waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // Apertium reads this surname as the adjective it also is ("blond").
    await page.getByLabel('Paste an article').fill('El secretario de Estado, Marco Rubio, llegó a Kiev el martes.\n\nRubio dijo que la guerra debe terminar pronto.');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await openTranslated(/^El secretario de Estado/, 1);
    expect(await translation().locator('[data-seg="1"]').textContent()).toMatch(/Blond/);
    await selectWords(source().locator('[data-seg="0"]'), 'Marco Rubio');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add to glossary' }).click();
    await expect.poll(() => glossary().getByLabel('English').inputValue()).toBe('Marco Rubio');
    expect(await glossary().getByLabel('Kind').inputValue()).toBe('person');
    await glossary().getByRole('button', { name: 'Add to glossary' }).click();
    // Both sentences follow at once: the full name, and the surname alone, neither flagged.
    await expect.poll(() => translation().locator('[data-seg="0"]').textContent()).toMatch(/Marco Rubio/);
    await expect.poll(() => translation().locator('[data-seg="1"]').textContent()).toMatch(/^Rubio said/);
    expect(await translation().locator('.term-miss').count()).toBe(0);
    // The reader corrects the entry: the sentences follow the correction.
    const details = glossary().locator('.glossary-list > li').filter({ has: page.getByRole('button', { name: /^Marco Rubio →/ }) });
    await details.locator('button.entry-open').click();
    // The surname alone is one of its spellings, for the reader to see (and split off if need be).
    expect(await details.locator('ul.variants > li').allTextContents()).toEqual(['Marco RubioSplit off', 'RubioSplit off']);
    await details.getByLabel('English').fill('Marco A. Rubio');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => translation().locator('[data-seg="0"]').textContent()).toMatch(/Marco A\. Rubio/);
    expect(await translation().locator('[data-seg="1"]').textContent()).toMatch(/^Rubio said/);
    expect(await translation().locator('.term-miss').count()).toBe(0);
  });

  it('looks up a word clicked in the source: its entry, its translation there, the other articles, and adding it', async () => {
    await openTranslated(/^El presidente de Bielorrusia/, 0);
    await clickWord(source().locator('[data-seg="0"]'), 'Putin');
    const lookup = page.getByRole('dialog', { name: 'Look up: Putin' });
    // (The click lands where the word is: the text no longer moves up when the translation ends.)
    await lookup.locator('.lookup-facts dd').first().waitFor({ timeout: 30_000 });
    // The suggestion it belongs to and the other articles come at once; what Apertium wrote for
    // it in this sentence when Apertium has it (it may be busy with the article).
    expect(await lookup.locator('dd').first().textContent()).toMatch(/^Vlad[ií]mir Putin → Vladimir Putin \(person, suggested\)$/);
    const inSentence = lookup.locator('dt', { hasText: 'In this sentence' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => inSentence.textContent(), { timeout: 60_000 }).not.toBe('Translating…');
    expect(await inSentence.textContent()).toBe('Putin');
    const elsewhere = lookup.locator('dt', { hasText: /^In \d+ other articles?$/ });
    expect(Number(/\d+/.exec((await elsewhere.textContent())!)![0])).toBeGreaterThanOrEqual(1);
    // A click leaves the keyboard with the reader: → goes to the next word, Esc closes.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.seg)).toBe('0');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('dialog', { name: 'Look up: para' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: /^Look up/ }).count()).toBe(0);

    // From the keyboard: w looks up the current sentence's first word, in a focused dialog; the arrows go word by word.
    await source().locator('[data-seg="0"]').hover();
    await page.keyboard.press('w');
    await page.getByRole('dialog', { name: 'Look up: El' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.keyboard.press('ArrowRight');
    const president = page.getByRole('dialog', { name: 'Look up: presidente' });
    await president.locator('dt', { hasText: 'Alone' }).waitFor({ timeout: 60_000 });
    expect(await president.locator('dt', { hasText: 'Alone' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe('president');
    // One action adds it to the glossary, with the engine's English to start from.
    // Esc closes it and gives the focus back to the sentence; its actions are buttons, Enter on one works.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.seg)).toBe('0');
    await page.keyboard.press('w');
    await page.keyboard.press('ArrowRight');
    await president.getByRole('button', { name: 'Add to glossary' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => glossary().getByLabel(/^Spanish \(spellings/).inputValue()).toBe('presidente');
    await expect.poll(() => glossary().getByLabel('English').inputValue()).toBe('president');
    await glossary().getByRole('button', { name: 'Cancel' }).click();

    // The other articles are a click away.
    await clickWord(source().locator('[data-seg="0"]'), 'Putin');
    await page.getByRole('dialog', { name: 'Look up: Putin' }).locator('dd ul button').first().click();
    await expect.poll(() => page.getByRole('dialog', { name: /^Look up/ }).count()).toBe(0);
    expect(await source().locator('[aria-current="true"]').textContent()).toMatch(/Putin/);
  });

  it('adds a term from a selection, lists every occurrence across articles and jumps to one', async () => {
    await openTranslated(/^La segunda ronda/, 0);
    await selectWords(source().locator('[data-seg="0"]'), 'conversaciones');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add to glossary' }).click();
    await expect.poll(() => glossary().getByLabel('English').inputValue()).not.toBe('');
    await glossary().getByLabel('English').fill('talks');
    await glossary().getByRole('button', { name: 'Add to glossary' }).click();
    await glossary().getByRole('button', { name: /^conversaciones → talks/ }).click();
    await glossary().getByRole('button', { name: 'Show every occurrence' }).click();
    const jump = glossary().getByRole('button', { name: /^La segunda ronda.* · Sentence 1$/ });
    await jump.waitFor();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
    await source().locator('[data-seg="0"]').waitFor();
    await jump.click();
    await expect.poll(() => page.getByRole('main').locator('h2').first().textContent()).toMatch(/^La segunda ronda/);
    await expect.poll(() => source().locator('[data-seg="0"]').getAttribute('aria-current')).toBe('true');
    // The sentence follows the new entry: the engine's word for it is repaired to the reader's.
    await expect.poll(() => translation().locator('[data-seg="0"]').textContent()).toMatch(/talks/);
    expect(await translation().locator('[data-seg="0"] .term-miss').count()).toBe(0);
  });

  it('lists as many occurrences as each entry says it has, after a split too', async () => {
    await glossary().getByRole('tab', { name: 'Suggested' }).click();
    const items = glossary().locator('.glossary-list > li');
    await items.first().waitFor();
    /** The count the row states, and the occurrences its details list. */
    const countAndList = async (item: ReturnType<typeof items.nth>) => {
      const open = item.locator('button.entry-open');
      const stated = Number(/(\d+)×/.exec((await open.textContent()) ?? '')?.[1]);
      if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
      await item.getByRole('button', { name: 'Show every occurrence' }).click();
      await item.locator('ul.occurrences').waitFor();
      const listed = await item.locator('ul.occurrences > li:not(.empty)').count();
      await open.click();
      return { name: ((await open.textContent()) ?? '').split(' →')[0], stated, listed };
    };
    // The most useful suggestions, the ones a reader opens first.
    for (let i = 0; i < 6; i++) {
      const { name, stated, listed } = await countAndList(items.nth(i));
      expect(listed, name).toBe(stated);
    }
    // Accept Zelensky's suggestion and split a spelling off: each half lists what it counts.
    await glossary().getByRole('button', { name: /^Accept “Volodimir Zelensk[iy]”$/ }).click();
    await glossary().getByRole('tab', { name: 'Accepted' }).click();
    const zelensky = items.filter({ has: page.getByRole('button', { name: /^Volodimir Zelensk[iy] →/ }) });
    await zelensky.locator('button.entry-open').click();
    await zelensky.getByRole('button', { name: 'Split off' }).first().click();
    await expect.poll(() => items.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const { name, stated, listed } = await countAndList(items.nth(i));
      expect(listed, name).toBe(stated);
    }
  });

  it('filters the suggestions by kind, orders them, and accepts all those shown at once after asking', async () => {
    await page.getByRole('navigation', { name: 'Library' }).locator('button.article-open').first().waitFor();
    const rows = glossary().locator('.glossary-list > li .entry-open');
    await rows.first().waitFor();
    await glossary().getByLabel('Show').selectOption('place');
    await expect.poll(async () => {
      const texts = await rows.allTextContents();
      return texts.length > 1 && texts.every((text) => / place · /.test(text));
    }).toBe(true);
    await glossary().getByLabel('Order').selectOption('alpha');
    const names = (await rows.allTextContents()).map((text) => text.split(' →')[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    // Only the entries of the open article, when the reader asks.
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Al mismo tiempo/ }).click();
    await expect.poll(() => page.getByRole('main').locator('h2').first().textContent()).toMatch(/^Al mismo tiempo/);
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const all = await rows.count();
    await glossary().getByLabel('Only those in the open article').check();
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await rows.count()).toBeGreaterThan(0);
    await glossary().getByLabel('Only those in the open article').uncheck();
    await expect.poll(() => rows.count()).toBe(all);
    // A search narrows further.
    await glossary().getByLabel('Search the glossary').fill('Mosc');
    await expect.poll(() => rows.count()).toBe(1);
    await glossary().getByLabel('Search the glossary').fill('');
    await glossary().getByLabel('Show').selectOption('organization');
    // (The list comes back from the search cleared: wait for all of it.)
    await expect.poll(async () => {
      const texts = await rows.allTextContents();
      return texts.length > 1 && texts.every((text) => / organisation · /.test(text));
    }).toBe(true);
    const count = await rows.count();
    await glossary().getByRole('button', { name: new RegExp(`^Accept (all )?(the )?${count} shown$`) }).click();
    await glossary().getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(0);
    await glossary().getByRole('tab', { name: 'Accepted' }).click();
    await expect.poll(() => rows.count()).toBe(count);
  });

  it('warns before merging a spelling that also begins another name, and merges only when told to', async () => {
    const add = (variants: string[], target: string) =>
      fetch(`${session.served.origin}/api/addGlossaryEntry`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.served.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ variants, target, kind: 'person' }),
      });
    await add(['Vladimir Putin'], 'Vladimir Putin');
    await add(['Vladimir'], 'Vladimir');
    await add(['Vladimir Medinski'], 'Vladimir Medinsky');
    await page.reload();
    await glossary().getByRole('tab', { name: 'Accepted' }).click();
    await glossary().getByLabel('Choose “Vladimir Putin” to merge').check();
    await glossary().getByLabel('Choose “Vladimir” to merge').check();
    await glossary().getByRole('button', { name: 'Merge 2 entries' }).click();
    const warning = glossary().getByRole('alert');
    await warning.getByText('“Vladimir” also begins other names (Vladimir Medinski): merged, it would be enforced on them too.').waitFor();
    await warning.getByRole('button', { name: 'Cancel' }).click();
    expect(await glossary().getByRole('button', { name: /^Vladimir → Vladimir/ }).count()).toBe(1);
    await glossary().getByRole('button', { name: 'Merge 2 entries' }).click();
    await glossary().getByRole('alert').getByRole('button', { name: 'Merge anyway' }).click();
    await expect.poll(() => glossary().getByRole('button', { name: /^Vladimir → Vladimir/ }).count()).toBe(0);
  });

  it('merges, splits and rejects entries', async () => {
    await openTranslated(/^La segunda ronda/, 0);
    await expect.poll(() => page.locator('.article-progress').count(), { timeout: 30_000 }).toBe(0);
    await glossary().getByRole('button', { name: 'Accept “Moscú”' }).click();
    await glossary().getByRole('button', { name: 'Accept “Rusia”' }).click();
    await glossary().getByRole('tab', { name: 'Accepted' }).click();
    await glossary().getByLabel('Choose “Moscú” to merge').check();
    await glossary().getByLabel('Choose “Rusia” to merge').check();
    await glossary().getByRole('button', { name: 'Merge 2 entries' }).click();
    await glossary().getByRole('button', { name: /^Moscú → Moscow.*1 other spelling$/ }).click();
    await expect.poll(() => glossary().getByRole('button', { name: 'Split off' }).count()).toBe(2);
    await glossary().getByRole('button', { name: 'Split off' }).last().dispatchEvent('click');
    await expect.poll(() => glossary().getByRole('button', { name: 'Split off' }).count()).toBe(0);
    await glossary().getByRole('button', { name: /^Rusia → Moscow/ }).click();
    await glossary().getByRole('button', { name: 'Reject', exact: true }).click();
    await glossary().getByRole('tab', { name: 'Rejected' }).click();
    await glossary().getByRole('button', { name: /^Rusia →/ }).waitFor();
  });

  it('imports a glossary file whole, refuses a malformed one with line numbers, and exports', async () => {
    const dir = tempDataDir('glosa-gl-');
    const good = path.join(dir, 'mine.csv');
    fs.writeFileSync(good, 'source,target,kind,note\nKiev,Kyiv,place,\nalto el fuego|alto al fuego,ceasefire,term,\n');
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'source,target,kind,note\nKiev,Kyiv,place,\nONU,UN,agency,\n');
    await glossary().getByTestId('glossary-file').setInputFiles(bad);
    await glossary().getByText(/Nothing was imported: bad\.csv, line 3: kind must be one of/).waitFor();
    await glossary().getByTestId('glossary-file').setInputFiles(good);
    await glossary().getByText('Imported 2 entries.').waitFor();
    await glossary().getByRole('button', { name: /^alto el fuego → ceasefire/ }).waitFor();
    const download = page.waitForEvent('download');
    await glossary().getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    expect(fs.readFileSync(file!, 'utf8')).toContain('alto el fuego|alto al fuego,ceasefire,term,');
  });
});
