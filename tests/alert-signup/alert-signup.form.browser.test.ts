import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  clean,
  clickSubscribe,
  emailInput,
  endpoint,
  fieldErrorText,
  focusIsOn,
  honeypotInput,
  lastPost,
  messageText,
  mountSignup,
  resetSignups,
  settled,
  shadow,
  submitButton,
  typeEmail,
  pageWithoutQuery,
} from './signup-helpers.js';

describe('<alert-signup> form', () => {
  afterEach(resetSignups);

  it('renders a labelled email field with autocomplete=email, a heading and a Subscribe button', async () => {
    const { element } = await mountSignup({ action: await endpoint('/pending'), heading: 'Get weekly freelance gigs by email' });
    const input = emailInput(element);
    const label = shadow<HTMLLabelElement>(element, 'label[for="email"]')!;

    expect(input.type).to.equal('email');
    expect(input.getAttribute('autocomplete')).to.equal('email');
    expect(input.getAttribute('part')).to.equal('input');
    expect(clean(label.textContent)).to.equal('Email address');
    expect(label.control === input).to.be.true;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.be.false;
    expect(clean(shadow(element, '[part~="heading"]')!.textContent)).to.equal('Get weekly freelance gigs by email');
    expect(clean(submitButton(element).textContent)).to.equal('Subscribe');
    expect(submitButton(element).disabled).to.be.false;
    expect(shadow(element, '[part~="message"]')!.getAttribute('role')).to.equal('status');
    expect(messageText(element)).to.equal('');
    expect(shadow(element, 'select') === null).to.be.true;
    expect(shadow(element, '#consent') === null).to.be.true;
  });

  it('hides the honeypot from people, the keyboard and assistive technology', async () => {
    const { element } = await mountSignup({ action: await endpoint('/pending') });
    const honeypot = honeypotInput(element);
    const wrapper = honeypot.closest<HTMLElement>('.honeypot')!;
    const box = wrapper.getBoundingClientRect();
    const style = getComputedStyle(wrapper);

    expect(honeypot.name).to.equal('website');
    expect(honeypot.value).to.equal('');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]') !== null).to.be.true;
    // Clipped to nothing inside a 1px box that hides its overflow: nothing of it can be seen.
    expect(box.width <= 1 && box.height <= 1).to.be.true;
    expect(style.overflow).to.equal('hidden');
    expect(style.clipPath).to.equal('inset(50%)');
    expect(wrapper.contains(shadow(element, 'label[for="website"]'))).to.be.true;
  });

  for (const [label, typed, message] of [
    ['a missing', '', 'Enter your email address.'],
    ['an invalid', 'name@example', 'Enter a valid email address, like name@example.com.'],
  ] as const) {
    it(`sends nothing for ${label} email and says why on the field`, async () => {
      const before = (await lastPost()).count;
      const mounted = await mountSignup({ action: await endpoint('/pending') });
      const { element } = mounted;
      if (typed) await typeEmail(element, typed);
      await clickSubscribe(element);
      await element.updateComplete;
      const input = emailInput(element);
      const error = shadow(element, '#email-error')!;

      expect(fieldErrorText(element, 'email')).to.equal(message);
      expect(error.getAttribute('part')).to.equal('field-error');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(error.id);
      expect(focusIsOn(element, input)).to.be.true;
      expect(input.value).to.equal(typed);
      expect(mounted.errors).to.have.length(1);
      expect(mounted.errors[0]!.detail).to.deep.equal({ kind: 'validation', message, field: 'email' });
      expect(mounted.errors[0]!.bubbles && mounted.errors[0]!.composed).to.be.true;
      expect(mounted.submits).to.have.length(0);
      expect((await lastPost()).count).to.equal(before);
    });
  }

  it('clears the field error once a valid address is sent', async () => {
    const mounted = await mountSignup({ action: await endpoint('/subscribed') });
    const { element } = mounted;
    await clickSubscribe(element);
    expect(fieldErrorText(element, 'email')).to.equal('Enter your email address.');

    await typeEmail(element, 'reader@example.com');
    await clickSubscribe(element);
    await settled(mounted, 2);

    expect(shadow(element, '#email-error') === null).to.be.true;
    expect(mounted.successes).to.have.length(1);
  });

  it('requires the consent box when `consent` is set, labelled with its text', async () => {
    const before = (await lastPost()).count;
    const mounted = await mountSignup({ action: await endpoint('/pending'), consent: 'I agree to receive emails.' });
    const { element } = mounted;
    const box = shadow<HTMLInputElement>(element, '#consent')!;
    expect(box.type).to.equal('checkbox');
    expect(clean(shadow(element, 'label[for="consent"]')!.textContent)).to.equal('I agree to receive emails.');

    await typeEmail(element, 'reader@example.com');
    await clickSubscribe(element);

    expect(fieldErrorText(element, 'consent')).to.equal('Tick the box to agree before subscribing.');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.equal('consent-error');
    expect(focusIsOn(element, box)).to.be.true;
    expect(mounted.errors[0]!.detail).to.deep.equal({
      kind: 'validation',
      message: 'Tick the box to agree before subscribing.',
      field: 'consent',
    });
    expect((await lastPost()).count).to.equal(before);

    box.click();
    await clickSubscribe(element);
    await settled(mounted, 2);
    const body = JSON.parse((await lastPost()).body!) as Record<string, unknown>;
    expect(body.consent).to.equal(true);
    expect(mounted.successes).to.have.length(1);
  });

  it('shows a labelled category select with `category` preselected', async () => {
    const { element } = await mountSignup({
      action: await endpoint('/pending'),
      categories: 'Development, Design, Writing',
      category: 'Design',
    });
    const select = shadow<HTMLSelectElement>(element, 'select')!;

    expect([...select.options].map((option) => option.value)).to.deep.equal(['Development', 'Design', 'Writing']);
    expect(select.value).to.equal('Design');
    expect(clean(shadow(element, 'label[for="category"]')!.textContent)).to.equal('Category');
    expect(shadow<HTMLLabelElement>(element, 'label[for="category"]')!.control === select).to.be.true;
  });

  it('POSTs the contract fields as JSON with Accept: application/json', async () => {
    const mounted = await mountSignup({
      action: await endpoint('/pending'),
      categories: 'Development, Design, Writing',
      category: 'Writing',
      consent: 'I agree',
    });
    const { element } = mounted;
    await typeEmail(element, '  reader@example.com ');
    shadow<HTMLInputElement>(element, '#consent')!.click();
    await clickSubscribe(element);
    await settled(mounted);
    const last = await lastPost();

    expect(last.path).to.equal('/pending');
    expect(last.accept).to.equal('application/json');
    expect(last.contentType).to.equal('application/json');
    expect(JSON.parse(last.body!)).to.deep.equal({
      email: 'reader@example.com',
      category: 'Writing',
      consent: true,
      source: pageWithoutQuery(),
      website: '',
    });
    expect(mounted.submits).to.have.length(1);
    expect(mounted.submits[0]!.detail).to.deep.equal({ email: 'reader@example.com', category: 'Writing' });
    expect(mounted.submits[0]!.cancelable && mounted.submits[0]!.bubbles && mounted.submits[0]!.composed).to.be.true;
  });

  it('leaves out category and consent when they are not shown', async () => {
    const mounted = await mountSignup({ action: await endpoint('/pending') });
    await typeEmail(mounted.element, 'reader@example.com');
    await clickSubscribe(mounted.element);
    await settled(mounted);

    expect(JSON.parse((await lastPost()).body!)).to.deep.equal({ email: 'reader@example.com', source: pageWithoutQuery(), website: '' });
  });

  it('sends application/x-www-form-urlencoded with encoding="form"', async () => {
    const mounted = await mountSignup({ action: await endpoint('/subscribed'), encoding: 'form', categories: 'Design' });
    await typeEmail(mounted.element, 'reader+tag@example.com');
    await clickSubscribe(mounted.element);
    await settled(mounted);
    const last = await lastPost();

    expect(last.contentType).to.equal('application/x-www-form-urlencoded');
    expect(last.accept).to.equal('application/json');
    expect(Object.fromEntries(new URLSearchParams(last.body))).to.deep.equal({
      email: 'reader+tag@example.com',
      category: 'Design',
      source: pageWithoutQuery(),
      website: '',
    });
  });

  it('sends nothing when a listener cancels alert-signup-submit', async () => {
    const before = (await lastPost()).count;
    const mounted = await mountSignup({ action: await endpoint('/pending') });
    const { element } = mounted;
    const cancel = (event: Event) => event.preventDefault();
    element.addEventListener('alert-signup-submit', cancel);
    await typeEmail(element, 'reader@example.com');
    await clickSubscribe(element);

    expect(mounted.submits).to.have.length(1);
    expect(mounted.submits[0]!.defaultPrevented).to.be.true;
    expect(submitButton(element).disabled).to.be.false;
    expect(emailInput(element).value).to.equal('reader@example.com');

    // A submit that is not cancelled comes after it, and its answer is the first and only one: the
    // server saw that POST alone.
    element.removeEventListener('alert-signup-submit', cancel);
    await clickSubscribe(element);
    await settled(mounted);

    expect(mounted.submits).to.have.length(2);
    expect(mounted.successes.length + mounted.errors.length).to.equal(1);
    expect((await lastPost()).count).to.equal(before + 1);
  });

  it('submits with Enter in the email field', async () => {
    const mounted = await mountSignup({ action: await endpoint('/subscribed') });
    await typeEmail(mounted.element, 'reader@example.com');
    await sendKeys({ press: 'Enter' });
    await settled(mounted);

    expect(mounted.successes[0]!.detail.status).to.equal('subscribed');
  });
});
