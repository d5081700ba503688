// @ts-check
// The server's own HTML pages (confirm, unsubscribe, not found), in the demo's look (demo/demo.css):
// no script, one inline stylesheet allowed by its hash.
import { createHash } from 'node:crypto';

const STYLE = `
:root { color-scheme: light dark; --bg: #f6f7f9; --surface: #fff; --text: #1c2024; --muted: #5a6069; --border: #dfe3e8;
  --accent: #0f766e; --accent-strong: #0b5e58; --on-accent: #fff; --radius: 0.75rem;
  --shadow: 0 1px 2px rgb(16 24 40 / 0.04), 0 4px 16px rgb(16 24 40 / 0.06) }
@media (prefers-color-scheme: dark) { :root { --bg: #111316; --surface: #1b1e23; --text: #e8eaed; --muted: #a4abb6;
  --border: #33383f; --accent: #5eead4; --accent-strong: #99f6e4; --on-accent: #0b1f1c } }
* { box-sizing: border-box }
body { margin: 0; min-block-size: 100vh; display: grid; place-items: center; padding: clamp(1rem, 4vw, 2rem);
  background: var(--bg); color: var(--text); line-height: 1.6;
  font: 1rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif }
main { inline-size: min(100%, 32rem); background: var(--surface); border: 1px solid var(--border);
  border-radius: var(--radius); box-shadow: var(--shadow); padding: 2rem }
.site { margin: 0 0 1rem; color: var(--muted); font-size: 0.875rem; font-weight: 600; letter-spacing: 0.02em }
h1 { margin: 0 0 0.5rem; font-size: 1.5rem; line-height: 1.25 }
p { margin: 0 0 1rem }
button { font: inherit; font-weight: 600; padding: 0.6rem 1.2rem; border: 0; border-radius: 0.5rem;
  background: var(--accent); color: var(--on-accent); cursor: pointer }
button:hover { background: var(--accent-strong) }
button:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px }
a { color: var(--accent) }
.back { margin: 1.5rem 0 0; font-size: 0.875rem }
`;

/** For the Content-Security-Policy: this stylesheet and nothing else. */
export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * @typedef {object} PageContent
 * @property {string} title
 * @property {string} message
 * @property {string} home where "Back to the site" goes
 * @property {{ action: string, token: string, label: string }} [form] a button that POSTs the token
 */

/**
 * @param {string} siteName
 * @param {PageContent} content
 * @returns {{ html: string, styleHash: string }}
 */
export function renderPage(siteName, { title, message, home, form }) {
  const button = form
    ? `
      <form method="post" action="${escapeHtml(form.action)}">
        <input type="hidden" name="token" value="${escapeHtml(form.token)}">
        <button type="submit">${escapeHtml(form.label)}</button>
      </form>`
    : '';
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)} · ${escapeHtml(siteName)}</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main>
      <p class="site">${escapeHtml(siteName)}</p>
      <h1>${escapeHtml(title)}</h1>
      <p>${escapeHtml(message)}</p>${button}
      <p class="back"><a href="${escapeHtml(home)}">Back to the site</a></p>
    </main>
  </body>
</html>
`;
  return { html, styleHash: STYLE_HASH };
}

/** What each page says. */
export const PAGES = Object.freeze({
  confirmAsk: { title: 'Confirm your subscription', message: 'One more step: press the button to confirm that you want these emails.' },
  subscribed: { title: 'You’re subscribed', message: 'Thank you for confirming your address. The emails are on their way.' },
  alreadyConfirmed: { title: 'Already confirmed', message: 'This link has been used: your address is confirmed. There is nothing more to do.' },
  expired: { title: 'This link has expired', message: 'Confirmation links work for a limited time. Sign up again and we will send you a new one.' },
  unknown: {
    title: 'This link does not work',
    message: 'The link is incomplete or no longer valid. Copy the whole link from the email, or sign up again.',
  },
  unsubscribeAsk: { title: 'Unsubscribe', message: 'Press the button and you will get no more emails from this list.' },
  unsubscribed: { title: 'You’re unsubscribed', message: 'You will get no more emails from this list. You can sign up again at any time.' },
  refused: { title: 'Open the link from your email', message: 'This form has to be sent from its own page. Open the link from the email again.' },
  notFound: { title: 'Page not found', message: 'There is nothing at this address.' },
  wrongMethod: { title: 'Open the link from your email', message: 'This address only shows a page, and takes its form.' },
});
