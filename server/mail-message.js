// @ts-check
// The confirmation email: plain text and HTML, with one-click unsubscribe headers (RFC 8058).

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * @typedef {object} ConfirmationMail
 * @property {string} to
 * @property {string} siteName
 * @property {string} confirmUrl
 * @property {string} unsubscribeUrl
 * @property {string} validFor how long the confirm link works, in words (`48 hours`)
 */

/**
 * The message as nodemailer takes it (without `from`).
 * @param {ConfirmationMail} mail
 */
export function confirmationMessage({ to, siteName, confirmUrl, unsubscribeUrl, validFor }) {
  const subject = `Confirm your subscription to ${siteName}`;
  const text = [
    `Hello,`,
    ``,
    `Someone, probably you, asked to get emails from ${siteName} at this address.`,
    `To confirm, open this link (it works for ${validFor}):`,
    ``,
    confirmUrl,
    ``,
    `If it was not you, ignore this email: nothing will be sent without your confirmation.`,
    `Unsubscribe: ${unsubscribeUrl}`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.6; color: #1c2024">
<p>Hello,</p>
<p>Someone, probably you, asked to get emails from <strong>${escapeHtml(siteName)}</strong> at this address.</p>
<p><a href="${escapeHtml(confirmUrl)}" style="display: inline-block; padding: 0.6rem 1.2rem; border-radius: 0.5rem; background: #0f766e; color: #fff; font-weight: 600; text-decoration: none">Confirm my subscription</a></p>
<p>The link works for ${validFor}. If it was not you, ignore this email: nothing will be sent without your confirmation.</p>
<p style="font-size: 0.875rem; color: #5a6069"><a href="${escapeHtml(unsubscribeUrl)}" style="color: #5a6069">Unsubscribe</a></p>
</body></html>
`;
  return {
    to,
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
