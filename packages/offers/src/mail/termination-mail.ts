import { type OutgoingMail } from '@portal/kernel';
import { frenchDate as frDate } from '@portal/kernel';

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a termination will still cost until its last day of service, as the billing engine quotes it. */
export interface TerminationMailCost {
  /** The regular monthly invoices still to be issued before the last day of service (this OC's part of each). */
  upcomingInvoices: { issuedOn: string; periodStart: string; periodEnd: string; totalInclVatCents: number }[];
  closingInvoiceInclVatCents: number;
  creditNoteInclVatCents: number;
  remainingExclVatCents: number;
  remainingInclVatCents: number;
}

export interface TerminationSummary {
  ocReference: string;
  ocName: string;
  /** Client final: the company that uses the service. */
  endCustomerName: string;
  desiredOn: string;
  effectiveOn: string;
  noticePeriodMonths: number;
  earlyTerminationFeeCents: number;
  equipmentReturnReference: string | null;
  equipmentReturnDeadline: string | null;
  comments: string | null;
  /** Null when the cost could not be computed: the mail then says where to read it. */
  cost: TerminationMailCost | null;
}

/** The cost lines of one termination: every invoice to come, the closing documents, the total. */
function costLines(cost: TerminationMailCost | null): string[] {
  if (!cost) return ["Le détail des factures à venir est consultable sur le portail, dans le détail de l'offre."];
  return [
    `Factures régulières à venir jusqu'à la fin du service : ${cost.upcomingInvoices.length}`,
    ...cost.upcomingInvoices.map((i) => `— facture du ${frDate(i.issuedOn)} (du ${frDate(i.periodStart)} au ${frDate(i.periodEnd)}) : ${euros(i.totalInclVatCents)} TTC`),
    `Facture de clôture : ${euros(cost.closingInvoiceInclVatCents)} TTC`,
    `Avoir : ${euros(cost.creditNoteInclVatCents)} TTC`,
    `Restant à payer jusqu'à la fin du service : ${euros(cost.remainingInclVatCents)} TTC (${euros(cost.remainingExclVatCents)} HT)`,
  ];
}

function summaryLines(t: TerminationSummary): string[] {
  return [
    `Client final : ${t.endCustomerName}`,
    `Date de résiliation souhaitée : ${frDate(t.desiredOn)}`,
    `Préavis de résiliation : ${t.noticePeriodMonths} mois`,
    `Date de résiliation avec le préavis : ${frDate(t.effectiveOn)}`,
    `Frais de résiliation anticipée : ${euros(t.earlyTerminationFeeCents)} HT`,
    ...costLines(t.cost),
    ...(t.equipmentReturnReference ? [`Matériel à retourner avec le coupon ${t.equipmentReturnReference} avant le ${frDate(t.equipmentReturnDeadline!)}.`] : []),
    ...(t.comments ? [`Commentaires : ${t.comments}`] : []),
  ];
}

const CLOSING = [
  'Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due.',
  "Vous pouvez retirer cette demande depuis le détail de l'offre jusqu'à la veille de la date de résiliation.",
];

function mail(to: string, subject: string, lines: string[]): OutgoingMail {
  return {
    to,
    subject,
    text: [...lines, '', 'Ce mail a été envoyé automatiquement. Merci de ne pas y répondre.'].join('\n'),
    html: `<!doctype html><html lang="fr"><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><em>Ce mail a été envoyé automatiquement. Merci de ne pas y répondre.</em></p></body></html>`,
  };
}

/** The summary the requester receives once a termination is recorded. */
export function terminationRequestedMail(to: string, t: TerminationSummary): OutgoingMail {
  return mail(to, `Résiliation demandée : ${t.ocReference}`, [
    `Votre demande de résiliation de l'offre contractée ${t.ocReference} (${t.ocName}) est enregistrée.`,
    ...summaryLines(t),
    ...CLOSING,
  ]);
}

/** The summary of a bulk termination: each OC with its cost, then what remains to pay for all. */
export function terminationsRequestedMail(to: string, all: TerminationSummary[]): OutgoingMail {
  const known = all.every((t) => t.cost);
  const total = (pick: (c: TerminationMailCost) => number) => all.reduce((s, t) => s + (t.cost ? pick(t.cost) : 0), 0);
  return mail(to, `Résiliations demandées : ${all.length} offre(s) contractée(s)`, [
    `Votre demande de résiliation de ${all.length} offre(s) contractée(s) est enregistrée.`,
    ...all.flatMap((t) => ['', `${t.ocReference} (${t.ocName})`, ...summaryLines(t)]),
    '',
    ...(known ? [`Restant à payer jusqu'à la fin du service, pour l'ensemble : ${euros(total((c) => c.remainingInclVatCents))} TTC (${euros(total((c) => c.remainingExclVatCents))} HT)`] : []),
    ...CLOSING,
  ]);
}
