import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanup, part, SAMPLE_URL } from '../support/harness.js';

// Issue 11, point 2: the elements follow the page's declared colour scheme, not the reader's OS:
// a page that declares none is light, one that declares `light dark` follows the OS.

/** sRGB relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

/** Whether OS-setting emulation works here (CDP in Chromium; Firefox over BiDi may not offer it). */
async function emulates(colorScheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme });
    return matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches;
  } catch {
    return false;
  }
}

/** The page's background as the reader sees it: the canvas colour of its declared scheme. */
function pageBackground(): string {
  const probe = document.createElement('div');
  probe.style.cssText = 'background: Canvas';
  document.body.append(probe);
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}

describe('colour scheme', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.style.removeProperty('color-scheme');
    document.body.style.removeProperty('background');
    await emulates('light');
  });

  const cases = [
    { page: '', os: 'dark', expected: 'light' },
    { page: '', os: 'light', expected: 'light' },
    { page: 'light dark', os: 'dark', expected: 'dark' },
    { page: 'light dark', os: 'light', expected: 'light' },
    { page: 'dark', os: 'light', expected: 'dark' },
  ] as const;

  for (const { page, os, expected } of cases) {
    it(`is ${expected} on a page declaring ${page ? `“${page}”` : 'no scheme'} with the OS set to ${os}`, async function () {
      const emulated = await emulates(os);
      // Where the OS setting cannot be emulated, the case with the OS as it is still runs.
      if (!emulated && os === 'dark') return;
      if (page) document.documentElement.style.setProperty('color-scheme', page);
      // As a real page would, and as axe needs to see: the page's background in its own scheme.
      document.body.style.setProperty('background', 'Canvas');
      const term = document.createElement('glossary-term');
      term.setAttribute('src', SAMPLE_URL);
      term.setAttribute('term', 'back-end');
      term.setAttribute('variant', 'full');
      document.body.append(term);
      await waitUntil(() => part(term, 'heading'), 'the term did not render', { timeout: 5000 });

      const text = getComputedStyle(part(term, 'heading')!).color;
      const ratio = contrast(text, pageBackground());
      expect(luminance(text) < 0.2 ? 'light' : 'dark').to.equal(expected);
      expect(ratio, `contrast ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
      await expect(term).to.be.accessible();
      term.remove();
    });
  }

  it('keeps --glossary-color-scheme as the override', async () => {
    const term = document.createElement('glossary-term');
    term.setAttribute('src', SAMPLE_URL);
    term.setAttribute('term', 'back-end');
    term.style.setProperty('--glossary-color-scheme', 'dark');
    document.body.append(term);
    await waitUntil(() => part(term, 'heading'), 'the term did not render', { timeout: 5000 });

    expect(getComputedStyle(part(term, 'base')!).colorScheme).to.equal('dark');
    expect(luminance(getComputedStyle(part(term, 'heading')!).color)).to.be.above(0.5);
    term.remove();
  });
});
