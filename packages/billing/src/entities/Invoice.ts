import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Rel } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { InvoicePurpose, InvoiceState } from '../enums.js';
import { InvoiceLine } from './InvoiceLine.js';

/**
 * Facture. Numbered F-YYYY-NNNNNN in one unbroken sequence per year; amounts in euro cents.
 * Totals are the sums of the lines (VAT computed per line, then summed).
 */
@Entity({ tableName: 'invoice' })
@Unique({ name: 'invoice_year_sequence_unique', properties: ['year', 'sequenceNumber'] })
@Check({ name: 'invoice_number_format', expression: "number ~ '^F-[0-9]{4}-[0-9]{6}$'" })
@Check({ name: 'invoice_number_matches_sequence', expression: "number = 'F-' || year || '-' || lpad(sequence_number::text, 6, '0')" })
@Check({ name: 'invoice_sequence_positive', expression: 'sequence_number > 0' })
@Check({ name: 'invoice_period_ordered', expression: 'period_end >= period_start' })
@Check({ name: 'invoice_due_after_issue', expression: 'due_on >= issued_on' })
@Check({ name: 'invoice_totals_nonnegative', expression: 'total_excl_vat_cents >= 0 and total_vat_cents >= 0' })
@Check({ name: 'invoice_total_incl_vat', expression: 'total_incl_vat_cents = total_excl_vat_cents + total_vat_cents' })
@Index({
  name: 'invoice_monthly_once',
  // Once per account and month; a corrected invoice replacing a rejected one is the exception.
  expression: 'create unique index "invoice_monthly_once" on "invoice" ("billed_company_id", "period_start") where purpose = \'MONTHLY\' and replaces_id is null',
})
@Index({ name: 'invoice_company_issued', properties: ['billedCompany', 'issuedOn', 'id'] })
@Index({ name: 'invoice_issued_on', properties: ['issuedOn', 'id'] })
@Index({ name: 'invoice_total_sort', properties: ['totalInclVatCents', 'id'] })
export class Invoice {
  @PrimaryKey()
  id!: number;

  @Property({ length: 20, unique: 'invoice_number_unique' })
  number!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  sequenceNumber!: number;

  @Enum({ items: () => InvoicePurpose })
  purpose!: InvoicePurpose;

  /** The billing account (compte client) the invoice is addressed to. */
  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  billedCompany!: Company;

  /** Service period covered. */
  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => InvoiceState, default: InvoiceState.ISSUED })
  @Index({ name: 'invoice_state' })
  state: InvoiceState & Opt = InvoiceState.ISSUED;

  @Property({ type: 'integer' })
  totalExclVatCents!: number;

  @Property({ type: 'integer' })
  totalVatCents!: number;

  @Property({ type: 'integer' })
  totalInclVatCents!: number;

  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  /** The rejected invoice (rejetée by the platform) this one corrects, with a new number. */
  @ManyToOne(() => Invoice, { nullable: true, deleteRule: 'restrict', unique: 'invoice_replaces_unique' })
  replaces?: Invoice | null;

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { orderBy: { position: 'asc' } })
  lines = new Collection<Rel<InvoiceLine>>(this);
}
