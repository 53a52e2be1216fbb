/**
 * The mentions French law requires on invoices between businesses (Code de commerce L441-9,
 * L441-10 and D441-5; CGI art. 242 nonies A), printed on every invoice and credit note.
 */
export const LATE_PAYMENT_PENALTY =
  "Pénalités de retard : trois fois le taux d'intérêt légal, exigibles de plein droit dès le lendemain de la date d'échéance.";
export const RECOVERY_INDEMNITY =
  'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce).';
export const NO_EARLY_PAYMENT_DISCOUNT = 'Escompte pour paiement anticipé : néant.';

/** The same, in one sentence, for the Factur-X payment note. */
export const LATE_PAYMENT_TERMS = `${LATE_PAYMENT_PENALTY} ${RECOVERY_INDEMNITY} ${NO_EARLY_PAYMENT_DISCOUNT}`;
