/**
 * For stories' `play` functions: find an element in the canvas and wait until its shadow root
 * shows what a reader would see. The story tests (vitest.storybook.config.ts) run axe only after
 * `play`, so waiting here makes axe check the state the story is named after, not a placeholder.
 */
import { expect, waitFor } from 'storybook/test';

/** Long enough for a loaded machine; a state that never shows still fails well inside the test timeout. */
const SHOWN_WITHIN_MS = 8_000;

/** The first `tag` in the canvas, once Lit has rendered it. */
export async function elementIn<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K): Promise<HTMLElementTagNameMap[K]> {
  const element = canvas.querySelector(tag);
  await expect(element, `<${tag}> in the story`).not.toBeNull();
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element!;
}

/** Waits until `selector` matches a visible node in `element`'s shadow root, and returns that node. */
export function shows(element: Element, selector: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
      expect(found, `${selector} in <${element.localName}>`).toBeVisible();
      return found!;
    },
    { timeout: SHOWN_WITHIN_MS },
  );
}

/** Waits until the element's shadow root shows a visible `selector` whose text contains `text`. */
export function showsText(element: Element, selector: string, text: string | RegExp): Promise<HTMLElement> {
  return waitFor(
    () => {
      const candidates = [...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
      const found = candidates.find((node) => (typeof text === 'string' ? node.textContent?.includes(text) : text.test(node.textContent ?? '')));
      expect(found, `${selector} saying ${String(text)} in <${element.localName}>`).toBeVisible();
      return found!;
    },
    { timeout: SHOWN_WITHIN_MS },
  );
}

/**
 * The element's light-DOM children (a plain link) are on screen: slotted and laid out, which
 * `checkVisibility()` tells apart from merely being in the DOM.
 */
export function showsFallback(element: Element): Promise<void> {
  return waitFor(
    () => {
      const link = element.querySelector('a');
      expect(link?.checkVisibility(), `the fallback link inside <${element.localName}> is shown`).toBe(true);
    },
    { timeout: SHOWN_WITHIN_MS },
  );
}
