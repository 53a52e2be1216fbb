import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { type Mailer, type OutgoingMail } from '@portal/kernel';

export interface MailSettings {
  /** smtp://user:pass@host:port or smtps://…; absent: messages are written to `mailDir`. */
  smtpUrl: string | undefined;
  from: string;
  /** Where the development transport keeps the messages (.eml files). */
  mailDir: string;
}

/**
 * Sends e-mail with nodemailer: over SMTP when SMTP_URL is set (production, and the tests, which
 * run a real SMTP server), otherwise as .eml files in a folder a developer can open with any mail
 * reader — nothing leaves the machine by accident.
 */
export function createMailer(settings: MailSettings, log: { info(obj: object, msg: string): void }): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    return {
      async send(mail: OutgoingMail) {
        await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail: OutgoingMail) {
      const info = await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      mkdirSync(settings.mailDir, { recursive: true });
      const file = join(settings.mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`);
      writeFileSync(file, info.message as Buffer);
      log.info({ to: mail.to, file }, 'e-mail written to the development mail folder');
    },
  };
}
