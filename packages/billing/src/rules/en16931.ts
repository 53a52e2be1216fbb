import { VatCategory, vatCents } from '@portal/kernel';
import { BILLING_FRAMEWORK, documentNotes } from '../pdf/mentions.js';
import { type Party, type PrintableDocument, vatBreakdown } from '../pdf/printable.js';

/** One rule a document breaks: the rule's number (BR-…, BR-FR-…) and what is wrong, in French. */
export interface RuleViolation {
  rule: string;
  message: string;
}

/** A document before or after it takes its number (null: not numbered yet, checked before numbering). */
export type DocumentDraft = Omit<PrintableDocument, 'number'> & { number: string | null };

/** The billing frameworks (cadres de facturation, BT-23) the French rules accept (BR-FR-08). */
const BILLING_FRAMEWORKS = new Set(['B1', 'S1', 'M1', 'B2', 'S2', 'M2', 'B4', 'S4', 'M4', 'S5', 'S6', 'B7', 'S7']);
/** The VAT rates in force in France, metropolitan and overseas, in basis points (BR-FR-16). */
const FRENCH_VAT_RATES = new Set([0, 90, 105, 175, 210, 550, 850, 1000, 1300, 2000]);
const SIREN = /^[0-9]{9}$/;

function partyRules(p: Party, role: 'SELLER' | 'BUYER'): RuleViolation[] {
  const seller = role === 'SELLER';
  const who = seller ? 'du vendeur' : "de l'acheteur";
  const out: RuleViolation[] = [];
  if (!p.name.trim()) out.push({ rule: seller ? 'BR-06' : 'BR-07', message: `Le nom ${who} manque.` });
  if (!p.address) out.push({ rule: seller ? 'BR-08' : 'BR-10', message: `L'adresse postale ${who} manque : aucun site actif.` });
  if (!(p.address?.country ?? p.country)) out.push({ rule: seller ? 'BR-09' : 'BR-11', message: `Le pays ${who} manque.` });
  if (seller && !(p.siren && SIREN.test(p.siren))) out.push({ rule: 'BR-FR-10', message: 'Le SIREN du vendeur (BT-30, schéma 0002) manque.' });
  if (!seller && p.siren !== null && !SIREN.test(p.siren)) out.push({ rule: 'BR-FR-11', message: "Le SIREN de l'acheteur (BT-47) n'a pas 9 chiffres." });
  if (!p.electronicAddress?.trim()) {
    out.push(seller
      ? { rule: 'BR-FR-13', message: "L'adresse électronique de facturation du vendeur (BT-34) manque dans les données de la société." }
      : { rule: 'BR-FR-12', message: "L'adresse électronique de facturation de l'acheteur (BT-49) manque dans les données de la société." });
  }
  return out;
}

/**
 * The rules of EN 16931 and of the French e-invoicing reform that the portal implements, checked
 * on the document model that the PDF, its Factur-X (CII) XML and the UBL are all written from.
 * Returns every rule the document breaks (none: it may take a number). Numbers are those of the
 * CEN/TC 434 artefacts (BR-…, BR-CO-…, BR-S/Z/E/AE-…) and of the French CTC rules (BR-FR-…).
 */
export function checkDocument(doc: DocumentDraft): RuleViolation[] {
  const out: RuleViolation[] = [];
  const add = (rule: string, message: string) => out.push({ rule, message });
  if (doc.number === '') add('BR-02', 'Le numéro du document manque.');
  if (!doc.issuedOn) add('BR-03', "La date d'émission manque.");
  out.push(...partyRules(doc.seller, 'SELLER'), ...partyRules(doc.buyer, 'BUYER'));
  if (doc.lines.length === 0) add('BR-16', 'Le document n’a aucune ligne.');
  for (const line of doc.lines) {
    if (!line.label.trim()) add('BR-25', `La ligne ${line.position} n'a pas de désignation.`);
    if (!(line.quantity > 0)) add('BR-22', `La ligne ${line.position} n'a pas de quantité.`);
    if (line.unitPriceExclVatCents < 0) add('BR-27', `Le prix unitaire de la ligne ${line.position} est négatif.`);
    if (line.totalExclVatCents !== line.quantity * line.unitPriceExclVatCents) add('BR-LIN-04', `Le montant de la ligne ${line.position} n'est pas quantité × prix.`);
    if (line.periodStart && line.periodEnd && line.periodEnd < line.periodStart) add('BR-30', `La période de la ligne ${line.position} finit avant de commencer.`);
    if (!FRENCH_VAT_RATES.has(line.vatRateBasisPoints)) add('BR-FR-16', `Le taux de TVA de la ligne ${line.position} n'est pas un taux français.`);
    const standard = line.vatCategory === VatCategory.STANDARD;
    if (standard !== line.vatRateBasisPoints > 0) {
      add(standard ? 'BR-S-05' : `BR-${line.vatCategory}-05`, `La ligne ${line.position} : catégorie de TVA ${line.vatCategory} et taux ${line.vatRateBasisPoints / 100} % incompatibles.`);
    }
  }
  if (doc.periodEnd < doc.periodStart) add('BR-29', 'La période de facturation finit avant de commencer.');

  // VAT: the breakdown must be the one computed from the lines, per category and rate.
  const expected = vatBreakdown(doc.lines);
  if (doc.vatBreakdown.length === 0) add('BR-CO-18', 'Le document n’a pas de ventilation de TVA.');
  for (const row of doc.vatBreakdown) {
    const twin = expected.find((e) => e.vatCategory === row.vatCategory && e.vatRateBasisPoints === row.vatRateBasisPoints);
    const category = row.vatCategory === VatCategory.STANDARD ? 'S' : row.vatCategory;
    if (!twin || twin.baseExclVatCents !== row.baseExclVatCents) add(`BR-${category}-08`, `La base de TVA à ${row.vatRateBasisPoints / 100} % n'est pas la somme des lignes à ce taux.`);
    if (row.vatCents !== vatCents(row.baseExclVatCents, row.vatRateBasisPoints)) add('BR-CO-17', `La TVA à ${row.vatRateBasisPoints / 100} % n'est pas la base × le taux, arrondie au centime.`);
    if (row.vatCategory !== VatCategory.STANDARD && row.vatCents !== 0) add(`BR-${category}-09`, `La TVA de la catégorie ${category} doit être nulle.`);
    if (!doc.seller.vatNumber) add(`BR-${category}-02`, 'Le numéro de TVA du vendeur manque.');
    if (row.vatCategory === VatCategory.REVERSE_CHARGE && !doc.buyer.vatNumber) add('BR-AE-02', "L'autoliquidation demande le numéro de TVA de l'acheteur.");
  }
  for (const e of expected) {
    if (!doc.vatBreakdown.some((r) => r.vatCategory === e.vatCategory && r.vatRateBasisPoints === e.vatRateBasisPoints)) {
      add('BR-CO-18', `La ventilation de TVA oublie le taux ${e.vatRateBasisPoints / 100} % (${e.vatCategory}).`);
    }
  }
  const lineTotal = doc.lines.reduce((sum, l) => sum + l.totalExclVatCents, 0);
  const vatTotal = doc.vatBreakdown.reduce((sum, r) => sum + r.vatCents, 0);
  if (doc.totals.totalExclVatCents !== lineTotal) add('BR-CO-13', 'Le total HT n’est pas la somme des lignes.');
  if (doc.totals.totalVatCents !== vatTotal) add('BR-CO-14', 'Le total de TVA n’est pas la somme de la ventilation par taux.');
  if (doc.totals.totalInclVatCents !== doc.totals.totalExclVatCents + doc.totals.totalVatCents) add('BR-CO-15', 'Le total TTC n’est pas le total HT plus la TVA.');
  if (doc.kind === 'CREDIT_NOTE' && !doc.correctedInvoice) add('BR-55', "L'avoir ne cite pas la facture qu'il corrige.");

  // French rules: billing framework, notes.
  if (!BILLING_FRAMEWORKS.has(BILLING_FRAMEWORK)) add('BR-FR-08', 'Le cadre de facturation (BT-23) est inconnu.');
  const codes = documentNotes(doc).map((n) => n.subjectCode);
  for (const code of ['PMT', 'PMD', 'AAB'] as const) {
    if (!codes.includes(code)) add('BR-FR-05', `La note de code ${code} manque.`);
    if (codes.filter((c) => c === code).length > 1) add('BR-FR-06', `La note de code ${code} figure plus d'une fois.`);
  }
  // Code de commerce R123-237: the seller's RCS registration (and, for a company, its capital).
  if (!doc.seller.legalInfo?.includes('RCS ')) add('FR-R123-237', "Le RCS et le capital social du vendeur (BT-33) manquent dans les données de la société.");
  return out;
}

/** The violations as one line per rule, for the operator: "BR-10 : L'adresse postale…". */
export const describeViolations = (violations: readonly RuleViolation[]) => violations.map((v) => `${v.rule} : ${v.message}`);
