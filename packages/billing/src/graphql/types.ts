import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Node, PageInfo, VatCategory, WithinParent, toGlobalId } from '@portal/kernel';
import { type CreditNote } from '../entities/CreditNote.js';
import { type CreditNoteLine } from '../entities/CreditNoteLine.js';
import { type Invoice } from '../entities/Invoice.js';
import { type InvoiceLine } from '../entities/InvoiceLine.js';
import { CreditNoteState, InvoicePurpose, LineKind } from '../enums.js';
import { InvoiceDisplayState, invoiceDisplayState } from '../rules/invoice-state.js';
import './enums.js';

/** Where a document's PDF is served (GET, with the session cookie or a Bearer token). */
export const documentPdfPath = (type: 'Invoice' | 'CreditNote', globalId: string) =>
  `/documents/${type === 'Invoice' ? 'invoices' : 'credit-notes'}/${globalId}.pdf`;

/** The fields of a line of an invoice or a credit note (inherited by both GraphQL types; not in the schema itself). */
@ObjectType('DocumentLineFields', { description: 'The fields of a line of an invoice or a credit note.' })
abstract class DocumentLineFields extends Node {
  @Field(() => Int, { description: 'Position of the line in the document, from 1.' })
  position!: number;

  @Field(() => LineKind, { description: 'What the line bills or refunds.' })
  kind!: LineKind;

  @Field({ description: 'Désignation.' })
  label!: string;

  @Field(() => Int, { description: 'Quantité.' })
  quantity!: number;

  @Field(() => Int, { description: 'Prix unitaire HT, in euro cents.' })
  unitPriceExclVatCents!: number;

  @Field(() => Int, { description: 'Taux de TVA in basis points (2000 = 20 %).' })
  vatRateBasisPoints!: number;

  @Field(() => Int, { description: 'Montant HT of the line (quantity × unit price), in cents.' })
  totalExclVatCents!: number;

  @Field(() => VatCategory, { description: 'VAT category of the line (UNCL5305): S standard, Z zero rated, E exempt, AE reverse charge.' })
  vatCategory!: VatCategory;

  @Field(() => Int, { description: "TVA the line alone would bear, in cents (rounded half away from zero); the document's VAT is computed per rate on the sum of its lines (see VatBreakdown)." })
  vatCents!: number;

  @Field(() => Int, { description: 'Montant TTC of the line, in cents.' })
  totalInclVatCents!: number;

  @Field(() => String, { nullable: true, description: 'First day of the period the line covers (YYYY-MM-DD); null for one-off lines.' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period the line covers (YYYY-MM-DD).' })
  periodEnd!: string | null;
}

function lineFields(line: InvoiceLine | CreditNoteLine) {
  return {
    position: line.position,
    kind: line.kind,
    label: line.label,
    quantity: line.quantity,
    unitPriceExclVatCents: line.unitPriceExclVatCents,
    vatRateBasisPoints: line.vatRateBasisPoints,
    vatCategory: line.vatCategory,
    totalExclVatCents: line.totalExclVatCents,
    vatCents: line.vatCents,
    totalInclVatCents: line.totalExclVatCents + line.vatCents,
    periodStart: line.periodStart ?? null,
    periodEnd: line.periodEnd ?? null,
  };
}

@ObjectType('InvoiceLine', { implements: Node, description: 'A line of an invoice.' })
export class InvoiceLineType extends DocumentLineFields {
  static from(line: InvoiceLine): InvoiceLineType {
    return Object.assign(new InvoiceLineType(), { id: toGlobalId('InvoiceLine', line.id), ...lineFields(line) });
  }
}

@ObjectType('CreditNoteLine', { implements: Node, description: 'A line of a credit note.' })
export class CreditNoteLineType extends DocumentLineFields {
  static from(line: CreditNoteLine): CreditNoteLineType {
    return Object.assign(new CreditNoteLineType(), { id: toGlobalId('CreditNoteLine', line.id), ...lineFields(line) });
  }
}

@ObjectType('VatBreakdown', { description: 'The VAT of a document for one category and rate: the base sums its lines at that rate, the VAT is computed once on that base (EN 16931 BR-CO-17).' })
export class VatBreakdownType {
  @Field(() => VatCategory, { description: 'VAT category (UNCL5305): S standard, Z zero rated, E exempt, AE reverse charge.' })
  vatCategory!: VatCategory;

  @Field(() => Int, { description: 'Taux de TVA in basis points (2000 = 20 %).' })
  vatRateBasisPoints!: number;

  @Field(() => Int, { description: 'Base HT at this rate, in cents.' })
  baseExclVatCents!: number;

  @Field(() => Int, { description: 'TVA at this rate, in cents: the base × the rate, rounded half away from zero.' })
  vatCents!: number;
}

@ObjectType('Invoice', { implements: Node, description: 'Facture: numbered F-YYYY-NNNNNN, amounts in euro cents, addressed to a billing account.' })
export class InvoiceType extends Node {
  @Field({ description: 'N° de facture, e.g. F-2026-000001.' })
  number!: string;

  @Field(() => InvoicePurpose, { description: 'Monthly invoice or closing invoice.' })
  purpose!: InvoicePurpose;

  @Field({ description: "Date d'émission (YYYY-MM-DD)." })
  issuedOn!: string;

  @Field({ description: "Date d'échéance (YYYY-MM-DD)." })
  dueOn!: string;

  @Field({ description: 'First day of the service period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field({ description: 'Last day of the service period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => InvoiceDisplayState, { description: 'État: ISSUED, OVERDUE once the due date has passed unpaid (Paris calendar), PAID.' })
  state!: InvoiceDisplayState;

  @Field(() => String, { nullable: true, description: 'Date of payment (YYYY-MM-DD); null while unpaid.' })
  paidOn!: string | null;

  @Field(() => Int, { description: 'Total HT, in euro cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'Total TVA, in euro cents.' })
  totalVatCents!: number;

  @Field(() => Int, { description: 'Total TTC, in euro cents.' })
  totalInclVatCents!: number;

  @Field({ description: 'Path of the PDF (Factur-X), relative to the portal: GET it with the session cookie or a Bearer token.' })
  pdfPath!: string;

  /** Not exposed: the entity, for field resolvers. */
  entity!: Invoice;

  static from(invoice: Invoice, today: string): InvoiceType {
    const id = toGlobalId('Invoice', invoice.id);
    return Object.assign(new InvoiceType(), {
      id,
      entity: invoice,
      number: invoice.number,
      purpose: invoice.purpose,
      issuedOn: invoice.issuedOn,
      dueOn: invoice.dueOn,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      state: invoiceDisplayState(invoice, today),
      paidOn: invoice.paidOn ?? null,
      totalExclVatCents: invoice.totalExclVatCents,
      totalVatCents: invoice.totalVatCents,
      totalInclVatCents: invoice.totalInclVatCents,
      pdfPath: documentPdfPath('Invoice', id),
    });
  }
}

@ObjectType('CreditNote', { implements: Node, description: 'Avoir: corrects an invoice; numbered A-YYYY-NNNNNN, amounts in euro cents; refunded within 10 days.' })
export class CreditNoteType extends Node {
  @Field({ description: "N° d'avoir, e.g. A-2026-000001." })
  number!: string;

  @Field({ description: "Date d'émission (YYYY-MM-DD)." })
  issuedOn!: string;

  @Field({ description: 'Date limite de remboursement (YYYY-MM-DD).' })
  refundDueOn!: string;

  @Field(() => CreditNoteState, { description: 'État.' })
  state!: CreditNoteState;

  @Field({ description: 'Motif.' })
  reason!: string;

  @Field(() => Int, { description: 'Total HT, in euro cents.' })
  totalExclVatCents!: number;

  @Field(() => Int, { description: 'Total TVA, in euro cents.' })
  totalVatCents!: number;

  @Field(() => Int, { description: 'Total TTC, in euro cents.' })
  totalInclVatCents!: number;

  @Field({ description: 'Path of the PDF (Factur-X), relative to the portal: GET it with the session cookie or a Bearer token.' })
  pdfPath!: string;

  /** Not exposed: the entity, for field resolvers. */
  entity!: CreditNote;

  static from(creditNote: CreditNote): CreditNoteType {
    const id = toGlobalId('CreditNote', creditNote.id);
    return Object.assign(new CreditNoteType(), {
      id,
      entity: creditNote,
      number: creditNote.number,
      issuedOn: creditNote.issuedOn,
      refundDueOn: creditNote.refundDueOn,
      state: creditNote.state,
      reason: creditNote.reason,
      totalExclVatCents: creditNote.totalExclVatCents,
      totalVatCents: creditNote.totalVatCents,
      totalInclVatCents: creditNote.totalInclVatCents,
      pdfPath: documentPdfPath('CreditNote', id),
    });
  }
}

@ObjectType('DocumentTotals', { description: 'Sums over the whole filtered list (every page), in euro cents.' })
export class DocumentTotalsType {
  @Field(() => GraphQLSafeInt, { description: 'Sum of the totals HT.' })
  totalExclVatCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of the totals TVA.' })
  totalVatCents!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of the totals TTC.' })
  totalInclVatCents!: number;
}

@ObjectType('InvoiceEdge', { description: 'An invoice in a list.' })
export class InvoiceEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => InvoiceType, { description: 'The invoice.' })
  @WithinParent('the list was filtered by reach')
  node!: InvoiceType;
}

@ObjectType('InvoiceConnection', { description: 'A page of invoices, with the count and sums of the whole filtered list.' })
export class InvoiceConnection {
  @Field(() => [InvoiceEdge], { description: 'The invoices of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: InvoiceEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of invoices matching the filters.' })
  totalCount!: number;

  @Field(() => DocumentTotalsType, { description: 'Sums HT, TVA and TTC of the invoices matching the filters.' })
  @WithinParent('sums of the list filtered by reach')
  totals!: DocumentTotalsType;
}

@ObjectType('CreditNoteEdge', { description: 'A credit note in a list.' })
export class CreditNoteEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => CreditNoteType, { description: 'The credit note.' })
  @WithinParent('the list was filtered by reach')
  node!: CreditNoteType;
}

@ObjectType('CreditNoteConnection', { description: 'A page of credit notes, with the count and sums of the whole filtered list.' })
export class CreditNoteConnection {
  @Field(() => [CreditNoteEdge], { description: 'The credit notes of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: CreditNoteEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of credit notes matching the filters.' })
  totalCount!: number;

  @Field(() => DocumentTotalsType, { description: 'Sums HT, TVA and TTC of the credit notes matching the filters.' })
  @WithinParent('sums of the list filtered by reach')
  totals!: DocumentTotalsType;
}
