/** How the last, started period is billed when an OC ends. */
export enum LastPeriodPolicy {
  /** MyOpenIP: "toute récurrence entamée est due", the started month is billed in full. */
  FULL_PERIOD_DUE = 'FULL_PERIOD_DUE',
  /** Orange: the subscription is refunded prorata temporis from the effective date (credit note). */
  PRORATA = 'PRORATA',
}

/** What terminating before the commitment end costs. */
export enum EarlyTerminationPolicy {
  /** No fee. */
  NONE = 'NONE',
  /** A share (earlyTerminationSharePercent) of the monthly fees left until the commitment end. */
  REMAINING_FEES_SHARE = 'REMAINING_FEES_SHARE',
}

/** Type commande. */
export enum OrderType {
  CREATION = 'CREATION',
  MODIFICATION = 'MODIFICATION',
  TERMINATION = 'TERMINATION',
  PORTING = 'PORTING',
}

/** État of a contracted offer. */
export enum ContractedOfferState {
  ORDERED = 'ORDERED',
  IN_DELIVERY = 'IN_DELIVERY',
  /** Livrée. */
  DELIVERED = 'DELIVERED',
  TERMINATION_REQUESTED = 'TERMINATION_REQUESTED',
  TERMINATED = 'TERMINATED',
}

export enum ServiceKind {
  PHONE_NUMBER = 'PHONE_NUMBER',
  ACCESS_LINE = 'ACCESS_LINE',
  TRUNK = 'TRUNK',
}

export enum ServiceState {
  ACTIVE = 'ACTIVE',
  /** The number left for another operator (portabilité sortante). */
  PORTED_OUT = 'PORTED_OUT',
  TERMINATED = 'TERMINATED',
}

export enum TerminationState {
  /** Requested, waiting for its effective date; can be withdrawn. */
  REQUESTED = 'REQUESTED',
  WITHDRAWN = 'WITHDRAWN',
  /** Applied on its effective date: the OC is TERMINATED. */
  EFFECTIVE = 'EFFECTIVE',
}
