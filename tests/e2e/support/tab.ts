import type { Browser, Page } from 'puppeteer-core';

/** One event an element sent, as a test needs it. */
export interface Outcome {
  type: string;
  /** The element's id (the event's target, retargeted to the host). */
  id: string;
  kind?: string;
  message?: string;
  status?: number;
}

/** What the page recorded about itself from its first moment on. */
export interface PageRecord {
  outcomes: Outcome[];
  /** `securitypolicyviolation` reports, one line each. */
  violations: string[];
  /** Names passed to the `__pwned` canary by any hostile payload that ran. */
  pwned: string[];
}

declare global {
  interface Window {
    __e2e: PageRecord;
  }
}

/** Bindings puppeteer itself adds to every page it drives (its ARIA query handler), not the bundle's. */
export const isHarnessGlobal = (name: string): boolean => /^(puppeteer_)?__ariaQuerySelector(All)?$/.test(name);

const EVENTS = ['glossary-load', 'glossary-error', 'alert-signup-success', 'alert-signup-error'];

/**
 * Installed before any page script: outcomes are recorded from the first moment (a fast load would
 * otherwise finish before a test starts listening), and so are policy violations and the canary.
 */
function recordPage(events: string[]): void {
  const record: PageRecord = { outcomes: [], violations: [], pwned: [] };
  Object.defineProperty(window, '__e2e', { value: record });
  Object.defineProperty(window, '__pwned', { value: (name: unknown) => record.pwned.push(String(name)) });
  for (const type of events) {
    document.addEventListener(type, (event) => {
      const detail = (event as CustomEvent).detail ?? {};
      const target = event.target as Element;
      record.outcomes.push({ type, id: target.id, kind: detail.kind, message: detail.message, status: detail.status });
    });
  }
  document.addEventListener(
    'securitypolicyviolation',
    (event) => record.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`),
    true,
  );
}

/** A browser tab that notes every page error, console error or warning, and dialog. */
export class Tab {
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (error) => {
      const message = (error as Error).message ?? String(error);
      // Firefox reports a CORS refusal (a network event, which the page sees as a failed fetch) this way too.
      const kind = message.startsWith('Cross-Origin Request Blocked') ? 'network' : 'page error';
      this.problems.push(`${kind}: ${message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') this.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      this.problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  static async open(browser: Browser, url?: string): Promise<Tab> {
    const tab = new Tab(await browser.newPage());
    await tab.page.evaluateOnNewDocument(recordPage, EVENTS);
    if (url) await tab.goto(url);
    return tab;
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  record(): Promise<PageRecord> {
    return this.page.evaluate(() => window.__e2e);
  }

  /** Waits until the page has seen `count` outcomes in all, and returns them. */
  async outcomes(count = 1, timeout = 15_000): Promise<Outcome[]> {
    await this.page.waitForFunction((wanted: number) => window.__e2e.outcomes.length >= wanted, { timeout }, count);
    return (await this.record()).outcomes;
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
