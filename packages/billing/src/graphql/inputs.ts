import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '@portal/company';
import { CreditNoteState } from '../enums.js';
import { InvoiceDisplayState } from '../rules/invoice-state.js';
import { CreditNoteSortField, DocumentScope, InvoiceSortField } from '../services/document-list.js';
import { DocumentLifecycleStatus } from './lifecycle-status.js';
import './enums.js';

/** Filters shared by the invoice and credit note lists (inherited by both input types; not in the schema itself). */
@InputType('DocumentFilterFields', { description: 'Filters shared by the invoice and credit note lists.' })
abstract class DocumentFilterFields {
  @Field(() => String, { nullable: true, description: 'Issued on or after this date (YYYY-MM-DD).' })
  issuedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Issued on or before this date (YYYY-MM-DD).' })
  issuedTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Montant TTC at least this many cents.' })
  amountMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Montant TTC at most this many cents.' })
  amountMax?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Billing accounts (compte client): global ids of companies. A company out of reach matches nothing, like one that does not exist.',
  })
  companyIds?: string[] | null;

  @Field(() => [DocumentLifecycleStatus], { nullable: true, description: 'Any of these statuses on the e-invoicing platform (NOT_SENT: not deposited yet).' })
  lifecycleStatuses?: DocumentLifecycleStatus[] | null;
}

@InputType('InvoiceFilterInput', { description: 'Filters of the invoice list; all optional, combined with "and".' })
export class InvoiceFilterInput extends DocumentFilterFields {
  @Field(() => [InvoiceDisplayState], { nullable: true, description: 'Any of these states (OVERDUE: unpaid after the due date).' })
  states?: InvoiceDisplayState[] | null;
}

@InputType('CreditNoteFilterInput', { description: 'Filters of the credit note list; all optional, combined with "and".' })
export class CreditNoteFilterInput extends DocumentFilterFields {
  @Field(() => [CreditNoteState], { nullable: true, description: 'Any of these states.' })
  states?: CreditNoteState[] | null;
}

@InputType('InvoiceOrderInput', { description: 'Sort order of the invoice list; ties are broken by the invoice id.' })
export class InvoiceOrderInput {
  @Field(() => InvoiceSortField, { description: 'Column to sort on.' })
  field!: InvoiceSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@InputType('CreditNoteOrderInput', { description: 'Sort order of the credit note list; ties are broken by the credit note id.' })
export class CreditNoteOrderInput {
  @Field(() => CreditNoteSortField, { description: 'Column to sort on.' })
  field!: CreditNoteSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@ArgsType()
abstract class DocumentListArgs {
  @Field(() => ID, { nullable: true, description: "With scope COMPANY: the company whose documents to list (in reach); the caller's own when left out." })
  companyId?: string | null;

  @Field(() => DocumentScope, { defaultValue: DocumentScope.COMPANY, description: 'One company, or every company in reach.' })
  scope!: DocumentScope;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor of the previous page).' })
  after?: string | null;
}

@ArgsType()
export class InvoicesArgs extends DocumentListArgs {
  @Field(() => InvoiceFilterInput, { nullable: true, description: 'Filters.' })
  filter?: InvoiceFilterInput | null;

  @Field(() => InvoiceOrderInput, { nullable: true, description: "Sort order (default: date d'émission, newest first)." })
  orderBy?: InvoiceOrderInput | null;
}

@ArgsType()
export class CreditNotesArgs extends DocumentListArgs {
  @Field(() => CreditNoteFilterInput, { nullable: true, description: 'Filters.' })
  filter?: CreditNoteFilterInput | null;

  @Field(() => CreditNoteOrderInput, { nullable: true, description: "Sort order (default: date d'émission, newest first)." })
  orderBy?: CreditNoteOrderInput | null;
}
