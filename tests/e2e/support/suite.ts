import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { sharedBrowser, type BrowserName } from './browsers.js';
import { startServers, type Servers } from './servers.js';
import { Tab } from './tab.js';

/** The three origins, started before the file's tests and closed after them. */
export function useServers(): Omit<Servers, 'close'> {
  let servers: Servers | undefined;
  beforeAll(async () => {
    servers = await startServers();
  });
  afterAll(() => servers?.close());
  return {
    get assets() {
      return servers!.assets;
    },
    get site() {
      return servers!.site;
    },
    get data() {
      return servers!.data;
    },
  };
}

/** A fresh tab in the named browser for every test of the enclosing block, closed after it. */
export function useTab(name: BrowserName): { readonly tab: Tab; readonly browser: Browser } {
  let browser: Browser | undefined;
  let tab: Tab | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser(name);
  });
  beforeEach(async () => {
    tab = await Tab.open(browser!);
    return () => tab!.close();
  });
  return {
    get tab() {
      return tab!;
    },
    get browser() {
      return browser!;
    },
  };
}
