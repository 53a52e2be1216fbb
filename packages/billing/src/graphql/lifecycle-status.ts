/** Where a document stands on the e-invoicing platform, NOT_SENT before its first deposit. */
export enum DocumentLifecycleStatus {
  NOT_SENT = 'NOT_SENT',
  DEPOSITED = 'DEPOSITED',
  ISSUED = 'ISSUED',
  RECEIVED = 'RECEIVED',
  MADE_AVAILABLE = 'MADE_AVAILABLE',
  TAKEN_OVER = 'TAKEN_OVER',
  APPROVED = 'APPROVED',
  DISPUTED = 'DISPUTED',
  SUSPENDED = 'SUSPENDED',
  REFUSED = 'REFUSED',
  PAYMENT_SENT = 'PAYMENT_SENT',
  CASHED = 'CASHED',
  REJECTED = 'REJECTED',
}

