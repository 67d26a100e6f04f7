import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './browser';
import { type Served, startServe, tempDataDir } from './serve';

export type Session = { browser: Browser; served: Served; page: Page };

/**
 * One Chromium for a test file, and for each test a fresh `glosa serve` (its own library,
 * no Opus-MT model unless `env` says otherwise) with a new page, opened on the app unless
 * `open` is false.
 */
export function browserModeSession(options: { env?: () => Record<string, string>; viewport?: { width: number; height: number }; open?: boolean } = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    session.served = await startServe(tempDataDir(), options.env?.() ?? { GLOSA_MODELS_DIR: tempDataDir() });
    session.page = await session.browser.newPage(options.viewport ? { viewport: options.viewport } : {});
    if (options.open !== false) await session.page.goto(session.served.url);
  });
  afterEach(async () => {
    await session.page?.close();
    await session.served?.stop();
  });
  return session;
}
