import { type OutgoingMail } from '@portal/kernel';

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const frDate = (iso: string) => iso.split('-').reverse().join('/');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface TerminationSummary {
  ocReference: string;
  ocName: string;
  desiredOn: string;
  effectiveOn: string;
  noticePeriodMonths: number;
  earlyTerminationFeeCents: number;
  equipmentReturnReference: string | null;
  equipmentReturnDeadline: string | null;
  comments: string | null;
}

/** The summary the requester receives once a termination is recorded. */
export function terminationRequestedMail(to: string, t: TerminationSummary): OutgoingMail {
  const lines = [
    `Votre demande de résiliation de l'offre contractée ${t.ocReference} (${t.ocName}) est enregistrée.`,
    `Date de résiliation souhaitée : ${frDate(t.desiredOn)}`,
    `Préavis de résiliation : ${t.noticePeriodMonths} mois`,
    `Date de résiliation avec le préavis : ${frDate(t.effectiveOn)}`,
    `Frais de résiliation anticipée : ${euros(t.earlyTerminationFeeCents)} HT`,
    ...(t.equipmentReturnReference ? [`Matériel à retourner avec le coupon ${t.equipmentReturnReference} avant le ${frDate(t.equipmentReturnDeadline!)}.`] : []),
    ...(t.comments ? [`Commentaires : ${t.comments}`] : []),
    'Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due.',
    "Vous pouvez retirer cette demande depuis le détail de l'offre jusqu'à la veille de la date de résiliation.",
  ];
  return {
    to,
    subject: `Résiliation demandée : ${t.ocReference}`,
    text: [...lines, '', 'Ce mail a été envoyé automatiquement. Merci de ne pas y répondre.'].join('\n'),
    html: `<!doctype html><html lang="fr"><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><em>Ce mail a été envoyé automatiquement. Merci de ne pas y répondre.</em></p></body></html>`,
  };
}
