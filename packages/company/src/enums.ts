/** Statut juridique. */
export enum LegalForm {
  EI = 'EI',
  EURL = 'EURL',
  SARL = 'SARL',
  SAS = 'SAS',
  SASU = 'SASU',
  SA = 'SA',
  SNC = 'SNC',
  ASSOCIATION = 'ASSOCIATION',
  COLLECTIVITE = 'COLLECTIVITE',
  AUTRES = 'AUTRES',
}

/** État: Activé(e), Suspendu(e), Clôturé(e). */
export enum CompanyState {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}

/** Situation financière: Saine, Sous surveillance, En défaut. */
export enum FinancialStatus {
  HEALTHY = 'HEALTHY',
  WATCH = 'WATCH',
  DEFAULT = 'DEFAULT',
}

/** Type de garantie: Aucune, Dépôt de garantie, Garantie bancaire. */
export enum GuaranteeType {
  NONE = 'NONE',
  DEPOSIT = 'DEPOSIT',
  BANK_GUARANTEE = 'BANK_GUARANTEE',
}

/** Univers client / revendeur / opérateur: the roles a company holds. */
export enum Universe {
  CLIENT = 'CLIENT',
  RESELLER = 'RESELLER',
  OPERATOR = 'OPERATOR',
}

export enum SiteState {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/** Coordonnées de paiement: prélèvement SEPA (with a mandate) or virement. */
export enum PaymentMethod {
  SEPA_DIRECT_DEBIT = 'SEPA_DIRECT_DEBIT',
  TRANSFER = 'TRANSFER',
}
