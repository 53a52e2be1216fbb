import { type OutgoingMail } from '@portal/kernel';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const fr = (iso: string) => iso.split('-').reverse().join('/');

function mail(to: string, subject: string, paragraphs: string[]): OutgoingMail {
  return { to, subject, text: `Bonjour,\n\n${paragraphs.join('\n\n')}\n\nL'équipe du portail`, html: `<p>Bonjour,</p>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}<p>L'équipe du portail</p>` };
}

/** The order's contact is told the order was received. */
export function orderReceivedMail(to: string, o: { reference: string; endCustomerName: string; expectedDeliveryOn: string }): OutgoingMail {
  return mail(to, `Commande ${o.reference} reçue`, [
    `Votre commande ${o.reference} pour ${o.endCustomerName} est reçue.`,
    `Date de livraison prévue : ${fr(o.expectedDeliveryOn)}.`,
  ]);
}

/** A step of the order: validated, a milestone done, delivered, cancelled. */
export function orderStepMail(to: string, o: { reference: string; endCustomerName: string }, step: string, detail: string | null = null): OutgoingMail {
  return mail(to, `Commande ${o.reference} : ${step}`, [`Commande ${o.reference} pour ${o.endCustomerName} : ${step}.`, ...(detail ? [detail] : [])]);
}
