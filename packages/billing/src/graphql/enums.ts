import { registerEnumType } from 'type-graphql';
import { VatCategory } from '@portal/kernel';
import { CreditNoteState, DocumentKind, InvoicePurpose, LifecycleStatus, LineKind } from '../enums.js';
import { DocumentLifecycleStatus } from './lifecycle-status.js';
import { InvoiceDisplayState } from '../rules/invoice-state.js';
import { XmlSyntax } from '../services/document-files.js';
import { QuoteWarning } from '../rules/quote.js';
import { CreditNoteSortField, DocumentScope, InvoiceSortField } from '../services/document-list.js';

registerEnumType(InvoiceDisplayState, {
  name: 'InvoiceState',
  description: 'État of an invoice as the customer sees it.',
  valuesConfig: {
    ISSUED: { description: 'Émise: waiting for payment, due date not passed.' },
    OVERDUE: { description: 'En retard: unpaid after its due date (Paris calendar).' },
    PAID: { description: 'Payée.' },
  },
});

registerEnumType(CreditNoteState, {
  name: 'CreditNoteState',
  description: 'État of a credit note.',
  valuesConfig: {
    ISSUED: { description: 'Émis: the refund is still to be made.' },
    REFUNDED: { description: 'Remboursé.' },
  },
});

registerEnumType(InvoicePurpose, {
  name: 'InvoicePurpose',
  description: 'Why an invoice was issued.',
  valuesConfig: {
    MONTHLY: { description: 'The monthly invoice of a billing account.' },
    CLOSING: { description: 'Facture de clôture of a terminated contracted offer.' },
  },
});

registerEnumType(LineKind, {
  name: 'DocumentLineKind',
  description: 'What a line of an invoice or credit note bills or refunds.',
  valuesConfig: {
    RECURRING: { description: 'Abonnement: a recurring fee for a period.' },
    SETUP: { description: "Frais de mise en service." },
    USAGE: { description: 'Consommations.' },
    EARLY_TERMINATION_FEE: { description: "Frais de résiliation anticipée (before the commitment's end)." },
    PRORATA_REFUND: { description: 'Remboursement prorata temporis.' },
    ADJUSTMENT: { description: "Ajustement prorata temporis d'un changement d'offre: the new price's difference for days already invoiced." },
  },
});

registerEnumType(QuoteWarning, {
  name: 'TerminationQuoteWarning',
  description: 'A warning shown before "Continuer", as a code each client words in its language.',
  valuesConfig: {
    STARTED_MONTH_DUE: { description: 'Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due (FULL_PERIOD_DUE).' },
  },
});

registerEnumType(DocumentScope, {
  name: 'DocumentScope',
  description: 'Whose invoices or credit notes a list shows.',
  valuesConfig: {
    COMPANY: { description: "One company: the caller's own, or the `companyId` given." },
    ALL_IN_REACH: { description: 'Every company the caller may read the invoices of: its own and every company below it.' },
  },
});

registerEnumType(InvoiceSortField, {
  name: 'InvoiceSortField',
  description: 'Columns of the invoice list.',
  valuesConfig: {
    NUMBER: { description: 'N° de facture.' },
    ISSUED_ON: { description: "Date d'émission." },
    DUE_ON: { description: "Date d'échéance." },
    PERIOD: { description: 'Période de service (its first day).' },
    TOTAL: { description: 'Montant TTC.' },
    STATE: { description: 'État (ISSUED, OVERDUE, PAID).' },
    COMPANY: { description: 'Client: raison sociale of the billing account.' },
  },
});

registerEnumType(CreditNoteSortField, {
  name: 'CreditNoteSortField',
  description: 'Columns of the credit note list.',
  valuesConfig: {
    NUMBER: { description: "N° d'avoir." },
    ISSUED_ON: { description: "Date d'émission." },
    REFUND_DUE_ON: { description: 'Date limite de remboursement.' },
    INVOICE: { description: 'N° of the corrected invoice.' },
    TOTAL: { description: 'Montant TTC.' },
    STATE: { description: 'État (ISSUED, REFUNDED).' },
    COMPANY: { description: 'Client: raison sociale of the billing account.' },
  },
});

registerEnumType(VatCategory, {
  name: 'VatCategory',
  description: 'VAT category of a line or of a VAT breakdown row (UNCL5305, EN 16931 BT-151 and BT-118).',
  valuesConfig: {
    STANDARD: { description: 'S: standard rate (a rate above 0 %).' },
    ZERO_RATED: { description: 'Z: zero rated (0 %, no exemption reason).' },
    EXEMPT: { description: 'E: exempt from VAT, with its exemption reason.' },
    REVERSE_CHARGE: { description: 'AE: reverse charge (autoliquidation): the buyer accounts for the VAT.' },
  },
});

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Invoice or credit note.',
  valuesConfig: {
    INVOICE: { description: 'Facture.' },
    CREDIT_NOTE: { description: 'Avoir.' },
  },
});

registerEnumType(XmlSyntax, {
  name: 'XmlSyntax',
  description: 'A syntax of EN 16931 electronic invoices.',
  valuesConfig: {
    CII: { description: 'UN/CEFACT Cross Industry Invoice D16B, the XML Factur-X embeds.' },
    UBL: { description: 'OASIS UBL 2.1 Invoice or CreditNote.' },
  },
});

const LIFECYCLE_DESCRIPTIONS: Record<LifecycleStatus, string> = {
  DEPOSITED: 'Déposée (200): accepted by the platform.', ISSUED: 'Émise par la plateforme (201).', RECEIVED: 'Reçue par la plateforme du destinataire (202).',
  MADE_AVAILABLE: 'Mise à disposition du destinataire (203).', TAKEN_OVER: 'Prise en charge (204).', APPROVED: 'Approuvée (205).', DISPUTED: 'En litige (207).',
  SUSPENDED: 'Suspendue (208).', REFUSED: 'Refusée (210) by the buyer.', PAYMENT_SENT: 'Paiement transmis (211).', CASHED: 'Encaissée (212).',
  REJECTED: 'Rejetée (213) by the platform: not valid; a corrected document is issued with a new number.',
};

registerEnumType(LifecycleStatus, {
  name: 'LifecycleStatus',
  description: 'A lifecycle status of the French e-invoicing reform, as the platform sends it.',
  valuesConfig: Object.fromEntries(Object.entries(LIFECYCLE_DESCRIPTIONS).map(([k, description]) => [k, { description }])),
});

registerEnumType(DocumentLifecycleStatus, {
  name: 'DocumentLifecycleStatus',
  description: 'Where a document stands on the e-invoicing platform: its latest lifecycle status, or NOT_SENT.',
  valuesConfig: { NOT_SENT: { description: 'Not deposited yet.' }, ...Object.fromEntries(Object.entries(LIFECYCLE_DESCRIPTIONS).map(([k, description]) => [k, { description }])) },
});
