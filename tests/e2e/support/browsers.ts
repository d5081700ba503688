import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../support/browser-flags.mjs';

export type BrowserName = 'chromium' | 'firefox';

/** Every e2e test runs in each of these. `E2E_BROWSERS=chromium` narrows a local run. */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') ?? ['chromium', 'firefox']).map((name) => {
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`E2E_BROWSERS: unknown browser "${name}"`);
  return name;
});

/**
 * The browser every test file shares (the suite runs its files one by one in one process, with
 * `isolate: false`, so this cache on `globalThis` outlives each file). Launching Firefox costs
 * seconds on a busy machine; puppeteer ends both browsers when the process exits.
 */
export async function sharedBrowser(name: BrowserName): Promise<Browser> {
  const shared = ((globalThis as { __e2eBrowsers?: Map<BrowserName, Promise<Browser>> }).__e2eBrowsers ??= new Map());
  const browser = await shared.get(name);
  if (browser?.connected) return browser;
  const launching = launchBrowser(name);
  shared.set(name, launching);
  return launching;
}

/** Chromium over CDP, Firefox over WebDriver BiDi; both headless, neither downloaded. */
async function launchBrowser(name: BrowserName): Promise<Browser> {
  if (name === 'chromium') {
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('No Chromium found: install it (`apt-get install chromium`) or set CHROME_PATH.');
    return puppeteer.launch({ browser: 'chrome', executablePath, args: chromiumArgs, headless: true });
  }
  const executablePath = firefoxPath();
  if (!executablePath) {
    throw new Error(
      `No Firefox found at ${process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'}: install it (\`apt-get install firefox-esr\`) ` +
        'or set FIREFOX_PATH. The e2e suite runs in Chromium and Firefox alike.',
    );
  }
  // No favicons: Firefox checks its own favicon request against the page's img-src and reports it.
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: { 'browser.chrome.site_icons': false } });
}
