export enum UserState {
  /** Created, waiting for the password to be set from the e-mailed link. */
  PENDING_SETUP = 'PENDING_SETUP',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** Rights a user holds on a company. */
export enum Role {
  /** Manages the company: users and rights, API tokens, company data, sites. */
  ADMINISTRATOR = 'ADMINISTRATOR',
  /** Reads invoices and credit notes, edits payment details. */
  BILLING = 'BILLING',
  /** Orders and terminates contracted offers. */
  ORDERS = 'ORDERS',
  /** Reads everything in reach, changes nothing. */
  READ_ONLY = 'READ_ONLY',
}

export enum PasswordTokenPurpose {
  /** "Initialisation du mot de passe", sent when the user is created. */
  SETUP = 'SETUP',
  /** "Mot de passe oublié". */
  RESET = 'RESET',
}
