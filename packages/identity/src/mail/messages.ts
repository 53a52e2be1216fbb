import { type OutgoingMail } from '@portal/kernel';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FOOTER_TEXT = 'Ce mail a été envoyé automatiquement.\nMerci de ne pas y répondre.';

function layout(lines: string[], linkLabel: string, link: string): string {
  return [
    '<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;color:#1d2b3a">',
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><a href="${escapeHtml(link)}" style="background:#e4572e;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(linkLabel)}</a></p>`,
    `<p style="color:#666;font-size:12px"><em>${FOOTER_TEXT.replace('\n', '<br>')}</em></p>`,
    '</body></html>',
  ].join('\n');
}

/** "Initialisation du mot de passe": the e-mail a new user receives, as in the source guide. */
export function passwordSetupMail(to: string, login: string, link: string, expiresInHours: number): OutgoingMail {
  const lines = [
    `${login} : votre requête a bien été traitée.`,
    `Votre identifiant de connexion est ${login}.`,
    `Merci de cliquer sur le lien pour initialiser votre mot de passe (valable ${expiresInHours} heures, une seule fois).`,
  ];
  return {
    to,
    subject: `${login} : initialisation de votre mot de passe`,
    text: [...lines, '', `Initialisation du mot de passe : ${link}`, '', FOOTER_TEXT].join('\n'),
    html: layout(lines, 'Initialisation du mot de passe', link),
  };
}

/** "Mot de passe oublié": same kind of link, sent only when the login exists. */
export function passwordResetMail(to: string, login: string, link: string, expiresInHours: number): OutgoingMail {
  const lines = [
    `${login} : une réinitialisation de votre mot de passe a été demandée.`,
    `Merci de cliquer sur le lien pour choisir un nouveau mot de passe (valable ${expiresInHours} heures, une seule fois).`,
    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
  ];
  return {
    to,
    subject: `${login} : réinitialisation de votre mot de passe`,
    text: [...lines, '', `Réinitialiser le mot de passe : ${link}`, '', FOOTER_TEXT].join('\n'),
    html: layout(lines, 'Réinitialiser le mot de passe', link),
  };
}
