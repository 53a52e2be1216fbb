import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Rel } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { ContractedOffer } from '@portal/offers';
import { CreditNoteState } from '../enums.js';
import { Invoice } from './Invoice.js';
import { CreditNoteLine } from './CreditNoteLine.js';

/**
 * Avoir: corrects an invoice (e.g. the prorata refund of a terminated OC). Numbered A-YYYY-NNNNNN
 * in its own unbroken sequence; the refund is due within 10 days.
 */
@Entity({ tableName: 'credit_note' })
@Unique({ name: 'credit_note_year_sequence_unique', properties: ['year', 'sequenceNumber'] })
@Check({ name: 'credit_note_number_format', expression: "number ~ '^A-[0-9]{4}-[0-9]{6}$'" })
@Check({ name: 'credit_note_number_matches_sequence', expression: "number = 'A-' || year || '-' || lpad(sequence_number::text, 6, '0')" })
@Check({ name: 'credit_note_sequence_positive', expression: 'sequence_number > 0' })
@Check({ name: 'credit_note_refund_after_issue', expression: 'refund_due_on >= issued_on' })
@Check({ name: 'credit_note_totals_nonnegative', expression: 'total_excl_vat_cents >= 0 and total_vat_cents >= 0' })
@Check({ name: 'credit_note_total_incl_vat', expression: 'total_incl_vat_cents = total_excl_vat_cents + total_vat_cents' })
@Index({ name: 'credit_note_company_issued', properties: ['billedCompany', 'issuedOn', 'id'] })
export class CreditNote {
  @PrimaryKey()
  id!: number;

  @Property({ length: 20, unique: 'credit_note_number_unique' })
  number!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  sequenceNumber!: number;

  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  billedCompany!: Company;

  /** The invoice this credit note corrects. */
  @ManyToOne(() => Invoice, { deleteRule: 'restrict', index: 'credit_note_invoice_id' })
  invoice!: Invoice;

  @ManyToOne(() => ContractedOffer, { nullable: true, deleteRule: 'restrict', index: 'credit_note_contracted_offer_id' })
  contractedOffer?: ContractedOffer | null;

  @Property({ length: 300 })
  reason!: string;

  @Property({ type: 'date' })
  issuedOn!: string;

  /** Remboursement sous 10 jours. */
  @Property({ type: 'date' })
  refundDueOn!: string;

  @Enum({ items: () => CreditNoteState, default: CreditNoteState.ISSUED })
  state: CreditNoteState & Opt = CreditNoteState.ISSUED;

  @Property({ type: 'integer' })
  totalExclVatCents!: number;

  @Property({ type: 'integer' })
  totalVatCents!: number;

  @Property({ type: 'integer' })
  totalInclVatCents!: number;

  /** The rejected credit note (rejetée by the platform) this one corrects, with a new number. */
  @ManyToOne(() => CreditNote, { nullable: true, deleteRule: 'restrict', unique: 'credit_note_replaces_unique' })
  replaces?: CreditNote | null;

  @OneToMany(() => CreditNoteLine, (line) => line.creditNote, { orderBy: { position: 'asc' } })
  lines = new Collection<Rel<CreditNoteLine>>(this);
}
