// @ts-check
// The HTML pages a confirm link opens.

/**
 * @param {string} text
 */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * @param {{ title: string, message: string, home: string }} page
 */
function page({ title, message, home }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      <p>${escapeHtml(message)}</p>
      <p><a href="${escapeHtml(home)}">Back to the site</a></p>
    </main>
  </body>
</html>
`;
}

/** @param {string} home */
export const subscribedPage = (home) =>
  page({ title: 'You’re subscribed', message: 'Thank you for confirming your address. The emails are on their way.', home });

/** @param {string} home */
export const unknownTokenPage = (home) =>
  page({
    title: 'This link does not work',
    message: 'The confirmation link is incomplete or no longer valid. Copy the whole link from the email, or sign up again.',
    home,
  });
