import { expect, waitUntil } from '@open-wc/testing';
import {
  clean,
  endpoint,
  lastPost,
  messageOf,
  messageText,
  mountSignup,
  rememberedFor,
  resetSignups,
  settled,
  typeInto,
  type MountedSignup,
  pageWithoutQuery,
} from './signup-helpers.js';

/** The snippet a site pastes: it posts without JavaScript; the element enhances it. */
const snippet = (action: string, extra = '') => `<form action="${action}" method="post">
  <label>Email <input name="email" type="email"></label>
  ${extra}
  <button>Subscribe</button>
</form>`;

const lightForm = (mounted: MountedSignup) => mounted.element.querySelector('form')!;
const lightInput = (mounted: MountedSignup) => mounted.element.querySelector<HTMLInputElement>('input[name="email"]')!;
const lightButton = (mounted: MountedSignup) => mounted.element.querySelector('button')!;

async function enhance(action: string, extra = ''): Promise<MountedSignup> {
  return mountSignup({}, snippet(action, extra));
}

describe('<alert-signup> enhancing a light-DOM form', () => {
  afterEach(resetSignups);

  it('renders no form of its own and shows the site’s form and labels', async () => {
    const mounted = await enhance(await endpoint('/pending'));
    const root = mounted.element.shadowRoot!;

    expect(root.querySelector('form, input, button') === null).to.be.true;
    expect(root.querySelector('slot') !== null).to.be.true;
    expect(lightForm(mounted).getBoundingClientRect().height).to.be.above(0);
    expect(clean(mounted.element.querySelector('label')!.textContent)).to.equal('Email');
    expect(messageOf(mounted.element).getAttribute('role')).to.equal('status');
  });

  it('posts the form’s fields to its action with fetch, urlencoded, and shows success in its message', async () => {
    const action = await endpoint('/pending');
    const mounted = await enhance(action);
    const startUrl = location.href;
    await typeInto(lightInput(mounted), 'reader@example.com');
    lightButton(mounted).click();
    await settled(mounted);
    const last = await lastPost();

    expect(location.href).to.equal(startUrl);
    expect(last.path).to.equal('/pending');
    expect(last.contentType).to.equal('application/x-www-form-urlencoded');
    expect(last.accept).to.equal('application/json');
    expect(Object.fromEntries(new URLSearchParams(last.body))).to.deep.equal({
      email: 'reader@example.com',
      source: pageWithoutQuery(),
      website: '',
    });
    expect(mounted.successes[0]!.detail.status).to.equal('pending');
    expect(messageText(mounted.element)).to.equal('Almost done: check your inbox and confirm your address.');
    expect(mounted.element.shadowRoot!.activeElement === messageOf(mounted.element)).to.be.true;
    expect(rememberedFor(action)).to.not.equal(null);
  });

  it('reads a category select and a consent box by name', async () => {
    const extra = `<label>Topic <select name="category"><option>Development</option><option selected>Design</option></select></label>
      <label><input type="checkbox" name="consent"> I agree</label>`;
    const mounted = await enhance(await endpoint('/subscribed'), extra);
    await typeInto(lightInput(mounted), 'reader@example.com');
    mounted.element.querySelector<HTMLInputElement>('input[name="consent"]')!.click();
    lightButton(mounted).click();
    await settled(mounted);

    expect(Object.fromEntries(new URLSearchParams((await lastPost()).body))).to.deep.include({
      email: 'reader@example.com',
      category: 'Design',
      consent: 'true',
    });
    expect(mounted.submits[0]!.detail).to.deep.equal({ email: 'reader@example.com', category: 'Design' });
  });

  it('marks a bad address in the light DOM, linked from the input, and sends nothing', async () => {
    const before = (await lastPost()).count;
    const mounted = await enhance(await endpoint('/pending'));
    const input = lightInput(mounted);
    // Passes the browser's own type=email check, fails the element's (no dotted domain).
    await typeInto(input, 'name@example');
    lightButton(mounted).click();
    await mounted.element.updateComplete;
    const note = mounted.element.querySelector<HTMLElement>('p.alert-signup-error')!;

    expect(clean(note.textContent)).to.equal('Enter a valid email address, like name@example.com.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(note.id);
    expect(document.getElementById(note.id) === note).to.be.true;
    expect(document.activeElement === input).to.be.true;
    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'validation',
      message: 'Enter a valid email address, like name@example.com.',
      field: 'email',
    });
    expect((await lastPost()).count).to.equal(before);

    input.value = '';
    await typeInto(input, 'reader@example.com');
    lightButton(mounted).click();
    await settled(mounted, 2);
    expect(mounted.element.querySelector('p.alert-signup-error') === null).to.be.true;
    expect(input.hasAttribute('aria-invalid')).to.be.false;
    expect(input.hasAttribute('aria-describedby')).to.be.false;
  });

  it('says why an empty address is refused', async () => {
    const mounted = await enhance(await endpoint('/pending'));
    lightButton(mounted).click();
    await mounted.element.updateComplete;

    expect(clean(mounted.element.querySelector('p.alert-signup-error')?.textContent)).to.equal('Enter your email address.');
  });

  it('shows a server field error next to the light-DOM input, as text', async () => {
    const mounted = await enhance(await endpoint('/hostile-message'));
    await typeInto(lightInput(mounted), 'reader@example.com');
    lightButton(mounted).click();
    await settled(mounted);
    const note = mounted.element.querySelector('p.alert-signup-error')!;

    expect(note.textContent).to.equal('<img src=x onerror="window.__pwned=1">Bad <b>address</b>');
    expect(mounted.element.querySelector('img, b') === null).to.be.true;
    expect(lightInput(mounted).getAttribute('aria-invalid')).to.equal('true');
    expect(lightInput(mounted).value).to.equal('reader@example.com');
  });

  it('disables the site’s button while the request is pending', async () => {
    const before = (await lastPost()).count;
    const mounted = await enhance(await endpoint('/slow?ms=400'));
    await typeInto(lightInput(mounted), 'reader@example.com');
    lightButton(mounted).click();
    await mounted.element.updateComplete;

    expect(lightButton(mounted).disabled).to.be.true;
    expect(lightForm(mounted).hasAttribute('aria-busy')).to.be.true;
    lightForm(mounted).requestSubmit();
    await settled(mounted);
    await waitUntil(() => !lightButton(mounted).disabled, 'the button stayed disabled');
    expect((await lastPost()).count - before).to.equal(1);
  });

  it('lets the `action` attribute win over the form’s own', async () => {
    const mounted = await mountSignup({ action: await endpoint('/subscribed') }, snippet(await endpoint('/pending')));
    await typeInto(lightInput(mounted), 'reader@example.com');
    lightButton(mounted).click();
    await settled(mounted);

    expect((await lastPost()).path).to.equal('/subscribed');
  });
});

describe('<alert-signup> enhancing: validation, memory and several forms', () => {
  afterEach(resetSignups);

  it('checks the address itself, instead of the browser stopping the submit silently', async () => {
    const mounted = await enhance(await endpoint('/pending'));
    const before = (await lastPost()).count;
    await typeInto(lightInput(mounted), 'not-an-email');
    lightButton(mounted).click();
    await waitUntil(() => mounted.errors.length === 1, 'no validation error');

    expect(lightForm(mounted).noValidate).to.be.true;
    expect(mounted.errors[0]!.detail).to.deep.include({ kind: 'validation', field: 'email' });
    expect(lightInput(mounted).getAttribute('aria-invalid')).to.equal('true');
    expect((await lastPost()).count).to.equal(before);
  });

  it('shows the remembered state in its message on a later visit', async () => {
    const action = await endpoint('/pending');
    const first = await enhance(action);
    await typeInto(lightInput(first), 'reader@example.com');
    lightButton(first).click();
    await settled(first);
    first.element.remove();

    const later = await enhance(action);
    await later.element.updateComplete;

    expect(rememberedFor(action)).to.not.equal(null);
    // Still waiting for its confirmation: pending, not subscribed (issue 11, point 8).
    expect(messageText(later.element)).to.equal('Almost done: check your inbox and confirm your address.');
    expect(lightForm(later).getBoundingClientRect().height).to.be.above(0);
  });

  it('gives each form’s error its own id, so each field points at its own message', async () => {
    const action = await endpoint('/pending');
    const one = await enhance(action);
    const two = await enhance(action);
    for (const mounted of [one, two]) {
      await typeInto(lightInput(mounted), 'nope');
      lightButton(mounted).click();
      await waitUntil(() => mounted.errors.length === 1);
    }

    const ids = [one, two].map((mounted) => lightInput(mounted).getAttribute('aria-describedby'));
    expect(ids[0]).to.not.equal(ids[1]);
    for (const [index, mounted] of [one, two].entries()) {
      expect(mounted.element.querySelector(`#${CSS.escape(ids[index]!)}`)!.textContent).to.equal(
        'Enter a valid email address, like name@example.com.',
      );
    }
  });
});
