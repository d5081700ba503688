// @ts-check
// Sends the confirmation email over SMTP (nodemailer), or writes its link to the log when no SMTP
// server is configured (development).
import nodemailer from 'nodemailer';
import { maskEmail } from './log.js';
import { confirmationMessage } from './mail-message.js';

/**
 * @typedef {object} Mailer
 * @property {string} description one line for the start-up log
 * @property {(mail: import('./mail-message.js').ConfirmationMail) => Promise<void>} sendConfirmation
 * @property {() => void} close
 */

/**
 * @param {import('./types.js').SmtpSettings | undefined} smtp
 * @param {(line: string) => void} log escapes what it writes
 * @returns {Mailer}
 */
export function createMailer(smtp, log) {
  if (!smtp) {
    return {
      description: 'Mail: no SMTP server set (GLOSSARY_SMTP_HOST), so confirm links are written to this log instead of sent.',
      async sendConfirmation({ to, confirmUrl }) {
        log(`Confirm link for ${maskEmail(to)}: ${confirmUrl}`);
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.tls === 'implicit',
    requireTLS: smtp.tls === 'starttls',
    ignoreTLS: smtp.tls === 'none',
    ...(smtp.user !== undefined && { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    description: `Mail: over SMTP via ${smtp.host}:${smtp.port} (${smtp.tls}), from ${smtp.from}.`,
    async sendConfirmation(mail) {
      try {
        await transport.sendMail({ from: smtp.from, ...confirmationMessage(mail) });
      } catch (error) {
        log(`Could not send the confirmation to ${maskEmail(mail.to)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    close: () => transport.close(),
  };
}
