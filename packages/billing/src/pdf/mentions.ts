import { VatCategory } from '@portal/kernel';

/**
 * The mentions French law requires on invoices between businesses (Code de commerce L441-9,
 * L441-10 and D441-5; CGI art. 242 nonies A). The late-payment penalty, the recovery indemnity and
 * the early-payment discount concern a payment due: invoices carry them, credit notes do not.
 */
export const LATE_PAYMENT_PENALTY =
  "Pénalités de retard : trois fois le taux d'intérêt légal, exigibles de plein droit dès le lendemain de la date d'échéance.";
export const RECOVERY_INDEMNITY =
  'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce).';
export const NO_EARLY_PAYMENT_DISCOUNT = 'Escompte pour paiement anticipé : néant.';

/**
 * Cadre de facturation (EN 16931 BT-23, French rules): S1, a document for services only, which is
 * what a telecom operator's recurring fees, usage and termination fees are.
 */
export const BILLING_FRAMEWORK = 'S1';
/** The nature of the operations, as printed (the reform's mention). */
export const NATURE_OF_OPERATIONS = 'Prestations de services';

/** The seller's option for VAT on its debits (CGI annexe II art. 77, 2): printed and in a note. */
export const VAT_ON_DEBITS = "Option pour le paiement de la taxe d'après les débits.";
/**
 * The same option as a code (BT-8, value added tax point date code): the French rules want it on
 * a services document when the seller has opted for debits — 5 (date of invoice) in CII
 * (UNTDID 2475), 3 (invoice document issue date) in UBL (UNTDID 2005).
 */
export const VAT_ON_DEBITS_DUE_DATE_CODE = { cii: '5', ubl: '3' } as const;

/** A credit note is a refund, not a payment due: it states that the payment mentions do not apply. */
export const CREDIT_NOTE_NO_PENALTY = 'Pénalités de retard : sans objet (avoir).';
export const CREDIT_NOTE_NO_INDEMNITY = 'Indemnité forfaitaire pour frais de recouvrement : sans objet (avoir).';
export const CREDIT_NOTE_NO_DISCOUNT = 'Escompte : sans objet (avoir).';

/** A document-level note (BG-1) with its subject code (UNTDID 4451). */
export interface DocumentNote {
  /**
   * AAI general information (a credit note's reason), PMD late-payment penalties, PMT recovery
   * indemnity, AAB early-payment discount (French rules BR-FR-05, once each: BR-FR-06).
   */
  subjectCode: 'AAI' | 'PMD' | 'PMT' | 'AAB';
  text: string;
}

/**
 * The notes of a document, one per mention with its subject code; the PDF prints the same texts.
 * An invoice states the penalty, the 40 € indemnity and the discount; a credit note carries no
 * penalty: its notes say that they do not apply (the French rules still want the three codes).
 * A seller that opted for VAT on its debits says so in a note of its own.
 */
export function documentNotes(doc: { kind: 'INVOICE' | 'CREDIT_NOTE'; reason: string | null; seller?: { vatOnDebits?: boolean } }): DocumentNote[] {
  const notes: DocumentNote[] = doc.reason ? [{ subjectCode: 'AAI', text: doc.reason }] : [];
  // General information (AAI): UNTDID 4451 has no code of its own for the option; BT-8 carries it as a code.
  if (doc.seller?.vatOnDebits) notes.push({ subjectCode: 'AAI', text: VAT_ON_DEBITS });
  const invoice = doc.kind === 'INVOICE';
  notes.push(
    { subjectCode: 'PMD', text: invoice ? LATE_PAYMENT_PENALTY : CREDIT_NOTE_NO_PENALTY },
    { subjectCode: 'PMT', text: invoice ? RECOVERY_INDEMNITY : CREDIT_NOTE_NO_INDEMNITY },
    { subjectCode: 'AAB', text: invoice ? NO_EARLY_PAYMENT_DISCOUNT : CREDIT_NOTE_NO_DISCOUNT },
  );
  return notes;
}

/**
 * Why a line bears no VAT (BT-120 text, BT-121 code, VATEX list): exempt and reverse-charge lines
 * must say it (BR-E-10, BR-AE-10); standard and zero-rated ones must not (BR-S-10, BR-Z-10).
 */
export const VAT_EXEMPTION: Partial<Record<VatCategory, { text: string; code: string | null }>> = {
  [VatCategory.EXEMPT]: { text: 'Exonération de TVA, article 261 du CGI', code: null },
  [VatCategory.REVERSE_CHARGE]: { text: 'Autoliquidation (article 283-2 octies du CGI)', code: 'VATEX-EU-AE' },
};
