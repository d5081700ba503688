import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { loadHoverCard } from '../../src/glossary-link/load-hover-card.js';
import type { GlossaryCardOpenDetail, GlossaryLink } from '../../src/index.js';
import { cleanup, mount, sampleGlossary, settled, type Mounted } from '../support/harness.js';
import { held, holdRequests, releaseRequests, requested } from '../support/held-requests.js';

interface MountedLink extends Mounted<GlossaryLink> {
  opened: CustomEvent<GlossaryCardOpenDetail>[];
}

/** Mounts a `<glossary-link>` in a sentence, fed the sample glossary, and waits for it to settle. */
async function linkIn(term: string, words = 'a retainer agreement', style = ''): Promise<MountedLink> {
  const mounted = mount<GlossaryLink>('glossary-link', {
    attributes: { term, ...(style && { style }) },
    properties: { glossary: await sampleGlossary() },
    children: words,
  }) as MountedLink;
  mounted.opened = [];
  mounted.element.addEventListener('glossary-card-open', (event) => mounted.opened.push(event));
  await settled(mounted);
  await waitUntil(() => linkOf(mounted.element), 'the words never became a link');
  // The card's code arrives once a link exists; the link listens for the reader from then on.
  await loadHoverCard();
  await mounted.element.updateComplete;
  return mounted;
}

const linkOf = (element: GlossaryLink) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]');
const cardOf = (element: GlossaryLink) => element.shadowRoot!.querySelector<HTMLElement>('[part~="card"]');
const isOpen = (element: GlossaryLink) => cardOf(element)?.matches(':popover-open') ?? false;

/** The middle of an element, in viewport pixels, for `sendMouse`. */
function middle(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** Synthetic touch: what a tap sends before its click. */
function tap(target: Element): boolean {
  target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
  return target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}

describe('<glossary-link>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it('keeps the author’s words as plain text while loading, then makes them a link described by the summary', async () => {
    holdRequests();
    try {
      const mounted = mount<GlossaryLink>('glossary-link', { attributes: { term: 'retainer', src: '/held/glossary.json' }, children: 'a retainer agreement' });
      await requested(1);
      expect(linkOf(mounted.element)).to.equal(null);
      expect(mounted.element.shadowRoot!.querySelector('slot')).to.exist;
      held[0]!.answer(Response.json(await sampleGlossary()));
      await settled(mounted);

      const link = linkOf(mounted.element)!;
      expect(link.getAttribute('href')).to.equal('https://example.com/glossary/r/retainer/');
      expect(mounted.element.textContent).to.equal('a retainer agreement');
      const description = mounted.element.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal(mounted.loads[0]!.detail.term!.summary);
      expect(mounted.loads[0]!.detail.term!.id).to.equal('retainer');
      await expect(mounted.element).to.be.accessible();
    } finally {
      releaseRequests();
    }
  });

  it('stays plain text, and says why, when the term is unknown or the glossary fails', async () => {
    const unknown = mount<GlossaryLink>('glossary-link', { attributes: { term: 'no such thing' }, properties: { glossary: await sampleGlossary() }, children: 'words' });
    const failing = mount<GlossaryLink>('glossary-link', { attributes: { term: 'retainer', src: '/test-api/status/404' }, children: 'words' });
    await settled(unknown);
    await settled(failing);
    expect(unknown.errors[0]!.detail).to.include({ kind: 'not-found' });
    expect(failing.errors[0]!.detail).to.include({ kind: 'http', status: 404 });
    for (const { element } of [unknown, failing]) {
      expect(linkOf(element)).to.equal(null);
      expect(element.textContent).to.equal('words');
    }
  });

  it('opens its card when a mouse rests on it, within 500 ms; keeps it while the pointer crosses to the card; closes once it leaves both', async () => {
    const mounted = await linkIn('retainer');
    const link = linkOf(mounted.element)!;
    const start = performance.now();
    await sendMouse({ type: 'move', position: middle(link) });
    await waitUntil(() => mounted.opened.length === 1, 'the card never opened');
    expect(performance.now() - start).to.be.below(500);
    expect(mounted.opened[0]!.detail.term.id).to.equal('retainer');

    // Across the gap between them, then onto the card: it must not close on the way.
    const card = cardOf(mounted.element)!;
    const cardBox = card.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(linkBox.left + 2), Math.round((linkBox.bottom + cardBox.top) / 2)] });
    await sendMouse({ type: 'move', position: middle(card) });
    expect(isOpen(mounted.element)).to.be.true;

    await sendMouse({ type: 'move', position: [790, 590] });
    const left = performance.now();
    await waitUntil(() => !isOpen(mounted.element), 'the card stayed open', { timeout: 2000 });
    expect(performance.now() - left).to.be.below(1000);
  });

  it('opens on keyboard focus, lets focus into the card, and closes when focus leaves both', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const mounted = await linkIn('retainer');
      const after = document.createElement('button');
      after.textContent = 'after';
      mounted.element.after(after);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => isOpen(mounted.element), 'focus did not open the card');
      await expect(mounted.element).to.be.accessible();

      await sendKeys({ press: 'Tab' }); // into the card: its "Read more"
      expect(isOpen(mounted.element)).to.be.true;
      expect(mounted.element.shadowRoot!.activeElement?.localName).to.equal('glossary-term');

      // On through the card's links, out to the button after it.
      for (let presses = 0; presses < 10 && document.activeElement !== after; presses++) {
        expect(isOpen(mounted.element), 'the card closed while focus was in it').to.be.true;
        await sendKeys({ press: 'Tab' });
      }
      expect(document.activeElement).to.equal(after);
      await waitUntil(() => !isOpen(mounted.element), 'the card stayed open after focus left');
      after.remove();
    } finally {
      before.remove();
    }
  });

  it('closes on Escape, and focus stays on the link', async () => {
    const mounted = await linkIn('retainer');
    const link = linkOf(mounted.element)!;
    const before = document.createElement('button');
    mounted.element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isOpen(mounted.element), 'focus did not open the card');
    await sendKeys({ press: 'Escape' });
    expect(isOpen(mounted.element)).to.be.false;
    expect(mounted.element.shadowRoot!.activeElement).to.equal(link);
    before.remove();
  });

  it('on touch, a first tap opens the card instead of following the link, a second follows it, a tap elsewhere closes it', async () => {
    const mounted = await linkIn('retainer');
    const link = linkOf(mounted.element)!;
    expect(tap(link), 'the first tap was let through').to.be.false;
    await waitUntil(() => isOpen(mounted.element), 'the tap did not open the card');

    link.addEventListener('click', (event) => event.preventDefault(), { once: true }); // stay on this page
    link.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    let followed = false;
    document.addEventListener('click', (event) => (followed = !event.defaultPrevented || followed), { once: true, capture: true });
    link.click();
    expect(followed).to.be.true;

    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    expect(isOpen(mounted.element)).to.be.false;
  });

  it('keeps one card open on a page', async () => {
    const first = await linkIn('retainer');
    const second = await linkIn('invoice', 'the invoice');
    tap(linkOf(first.element)!);
    await waitUntil(() => isOpen(first.element), 'the first card did not open');
    tap(linkOf(second.element)!);
    await waitUntil(() => isOpen(second.element), 'the second card did not open');
    expect(isOpen(first.element)).to.be.false;
  });

  for (const positioning of ['CSS anchor positioning', 'floating-ui']) {
    describe(`placed by ${positioning}`, () => {
      const supports = CSS.supports;
      before(() => {
        if (positioning === 'floating-ui') {
          CSS.supports = (...args: [string, string?]) => (String(args[0]).startsWith('position-area') ? false : Reflect.apply(supports, CSS, args));
        }
      });
      after(() => {
        CSS.supports = supports;
      });

      const corners = {
        'top left': 'position: fixed; top: 4px; left: 4px',
        'top right': 'position: fixed; top: 4px; right: 4px',
        'bottom left': 'position: fixed; bottom: 4px; left: 4px',
        'bottom right': 'position: fixed; bottom: 4px; right: 4px',
      };
      for (const [corner, style] of Object.entries(corners)) {
        it(`stays inside the viewport and off its link at the ${corner}`, async () => {
          const mounted = await linkIn('retainer', 'retainer', style);
          tap(linkOf(mounted.element)!);
          await waitUntil(() => isOpen(mounted.element), 'the card did not open');
          const card = cardOf(mounted.element)!;
          await waitUntil(() => card.getBoundingClientRect().height > 50, 'the card never got its content');
          // floating-ui places the card a frame after it opens.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const box = card.getBoundingClientRect();
          const linkBox = linkOf(mounted.element)!.getBoundingClientRect();
          expect(box.left).to.be.at.least(0);
          expect(box.top).to.be.at.least(0);
          expect(box.right).to.be.at.most(innerWidth);
          expect(box.bottom).to.be.at.most(innerHeight);
          const overlaps = box.left < linkBox.right && box.right > linkBox.left && box.top < linkBox.bottom && box.bottom > linkBox.top;
          expect(overlaps, 'the card covers its link').to.be.false;
          // The card's edge is within a few pixels of the link's.
          const gap = Math.min(Math.abs(box.top - linkBox.bottom), Math.abs(linkBox.top - box.bottom));
          expect(gap).to.be.below(12);
        });
      }

      it('stays inside a short viewport with a long card, on the side with more room, off its link', async () => {
        await setViewport({ width: 320, height: 420 });
        try {
          // The invoice card holds a long first paragraph: taller than the room above or below.
          const mounted = await linkIn('invoice', 'invoice', 'position: fixed; top: 170px; left: 120px');
          tap(linkOf(mounted.element)!);
          await waitUntil(() => isOpen(mounted.element), 'the card did not open');
          const card = cardOf(mounted.element)!;
          await waitUntil(() => card.getBoundingClientRect().height > 100, 'the card never got its content');
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const box = card.getBoundingClientRect();
          const linkBox = linkOf(mounted.element)!.getBoundingClientRect();
          expect(box.top).to.be.at.least(0);
          expect(box.bottom).to.be.at.most(innerHeight);
          expect(box.right).to.be.at.most(innerWidth);
          expect(box.top >= linkBox.bottom || box.bottom <= linkBox.top, `the card covers its link: ${JSON.stringify([box, linkBox])}`).to.be.true;
          // Below the link is the larger room here.
          expect(box.top).to.be.at.least(linkBox.bottom);
          // What does not fit scrolls inside the card.
          expect(card.scrollHeight).to.be.greaterThan(card.clientHeight);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });

      it('is not clipped or hidden by an ancestor with overflow: hidden and a low z-index', async () => {
        const mounted = await linkIn('retainer', 'retainer');
        const box = document.createElement('div');
        box.style.cssText = 'overflow: hidden; height: 1.5em; position: relative; z-index: 0; margin: 40px';
        mounted.element.before(box);
        box.append(mounted.element);
        const cover = document.createElement('div');
        cover.style.cssText = 'position: fixed; inset: 0 0 0 0; top: 3em; z-index: 1000; background: white';
        document.body.append(cover);
        try {
          tap(linkOf(mounted.element)!);
          await waitUntil(() => isOpen(mounted.element), 'the card did not open');
          const card = cardOf(mounted.element)!;
          await waitUntil(() => card.getBoundingClientRect().height > 50, 'the card never got its content');
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const [x, y] = middle(card);
          // What a reader sees at the card's middle is the card, above the ancestor's clip and the cover.
          expect(mounted.element.shadowRoot!.elementsFromPoint(x, y)[0]?.closest('[part~="card"]')).to.equal(card);
        } finally {
          cover.remove();
        }
      });
    });
  }
});
