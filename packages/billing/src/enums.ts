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

/**
 * Statut du cycle de vie of a document on the e-invoicing platform (the reform's lifecycle
 * statuses, with their codes): what the approved platform says happened to it.
 */
export enum LifecycleStatus {
  /** Déposée (200): accepted by the platform. */
  DEPOSITED = 'DEPOSITED',
  /** Émise par la plateforme (201). */
  ISSUED = 'ISSUED',
  /** Reçue par la plateforme du destinataire (202). */
  RECEIVED = 'RECEIVED',
  /** Mise à disposition du destinataire (203). */
  MADE_AVAILABLE = 'MADE_AVAILABLE',
  /** Prise en charge (204). */
  TAKEN_OVER = 'TAKEN_OVER',
  /** Approuvée (205). */
  APPROVED = 'APPROVED',
  /** En litige (207). */
  DISPUTED = 'DISPUTED',
  /** Suspendue (208). */
  SUSPENDED = 'SUSPENDED',
  /** Refusée (210) by the buyer. */
  REFUSED = 'REFUSED',
  /** Paiement transmis (211). */
  PAYMENT_SENT = 'PAYMENT_SENT',
  /** Encaissée (212). */
  CASHED = 'CASHED',
  /** Rejetée (213) by the platform: the document is not valid; a corrected one is issued with a new number. */
  REJECTED = 'REJECTED',
}

/** The reform's numeric codes of the lifecycle statuses, as platforms send them. */
export const LIFECYCLE_CODES: Record<LifecycleStatus, number> = {
  DEPOSITED: 200, ISSUED: 201, RECEIVED: 202, MADE_AVAILABLE: 203, TAKEN_OVER: 204, APPROVED: 205, DISPUTED: 207,
  SUSPENDED: 208, REFUSED: 210, PAYMENT_SENT: 211, CASHED: 212, REJECTED: 213,
};

/** The French labels of the lifecycle statuses (screens, CSV). */
export const LIFECYCLE_LABELS: Record<LifecycleStatus, string> = {
  DEPOSITED: 'Déposée', ISSUED: 'Émise', RECEIVED: 'Reçue', MADE_AVAILABLE: 'Mise à disposition', TAKEN_OVER: 'Prise en charge',
  APPROVED: 'Approuvée', DISPUTED: 'En litige', SUSPENDED: 'Suspendue', REFUSED: 'Refusée', PAYMENT_SENT: 'Paiement transmis',
  CASHED: 'Encaissée', REJECTED: 'Rejetée',
};

/** Where a document stands with the platform adapter. */
export enum DepositState {
  /** Waiting for the job queue (first try or a retry after an outage). */
  QUEUED = 'QUEUED',
  /** Accepted by the platform (déposée). */
  DEPOSITED = 'DEPOSITED',
  /** Refused by the platform at deposit (rejetée), with its reasons. */
  REJECTED = 'REJECTED',
}
