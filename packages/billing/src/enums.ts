export enum InvoiceState {
  /** Émise, waiting for payment; shown as overdue once the due date has passed. */
  ISSUED = 'ISSUED',
  PAID = 'PAID',
}

/** Why an invoice was issued. */
export enum InvoicePurpose {
  /** The monthly invoice of a billing account, from the billing run. */
  MONTHLY = 'MONTHLY',
  /** Facture de clôture of a terminated OC. */
  CLOSING = 'CLOSING',
}

export enum CreditNoteState {
  ISSUED = 'ISSUED',
  REFUNDED = 'REFUNDED',
}

export enum LineKind {
  RECURRING = 'RECURRING',
  SETUP = 'SETUP',
  USAGE = 'USAGE',
  EARLY_TERMINATION_FEE = 'EARLY_TERMINATION_FEE',
  PRORATA_REFUND = 'PRORATA_REFUND',
  /** The difference of a change to a dearer offer, for days already invoiced at the old price. */
  ADJUSTMENT = 'ADJUSTMENT',
}

/** The numbering sequences, one unbroken sequence per kind and year. */
export enum DocumentKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
