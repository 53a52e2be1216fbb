import { registerEnumType } from 'type-graphql';
import { CreditNoteState, InvoicePurpose, LineKind } from '../enums.js';
import { InvoiceDisplayState } from '../rules/invoice-state.js';
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
