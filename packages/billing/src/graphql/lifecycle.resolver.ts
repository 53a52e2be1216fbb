import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DomainError, Member, Permission, UserErrorType, WithinParent, fromGlobalId, todayInParis, withUserErrors, type PortalContext } from '@portal/kernel';
import { type CreditNote } from '../entities/CreditNote.js';
import { type Invoice } from '../entities/Invoice.js';
import { DocumentKind, LifecycleStatus } from '../enums.js';
import { reissueRejected } from '../services/reissue.js';
import { DocumentLifecycleStatus } from './lifecycle-status.js';
import { batchOf } from './loaders.js';
import { CreditNoteType, InvoiceType } from './types.js';
import './enums.js';

@ObjectType('LifecycleEvent', { description: 'One lifecycle status of a document on the e-invoicing platform, with its date and reason.' })
export class LifecycleEventType {
  @Field(() => LifecycleStatus, { description: 'The status.' })
  status!: LifecycleStatus;

  @Field({ description: 'When it happened (ISO 8601).' })
  occurredAt!: string;

  @Field(() => String, { nullable: true, description: 'Why: the reasons of a rejection or refusal, the subject of a dispute; null when the status says it all.' })
  reason!: string | null;
}

interface Lifecycle {
  status: DocumentLifecycleStatus;
  events: LifecycleEventType[];
}

/** The lifecycle of documents, batched for a page: one statement for every document asked in a turn. */
function lifecycleOf(ctx: PortalContext, kind: 'invoice' | 'credit_note', id: number): Promise<Lifecycle> {
  return batchOf<number, Lifecycle>(ctx, `billing:lifecycle:${kind}`, async (ids) => {
    const rows = (await ctx.em.getConnection().execute(
      `select p.${kind}_id as doc, p.lifecycle_status, e.status, e.occurred_at, e.reason
       from platform_deposit p left join lifecycle_event e on e.deposit_id = p.id
       where p.${kind}_id in (${ids.map(() => '?').join(', ')}) order by p.${kind}_id, e.occurred_at, e.id`,
      ids, 'all', ctx.em.getTransactionContext(),
    )) as { doc: number; lifecycle_status: LifecycleStatus | null; status: LifecycleStatus | null; occurred_at: Date | null; reason: string | null }[];
    const result = new Map<number, Lifecycle>();
    for (const row of rows) {
      const entry = result.get(Number(row.doc)) ?? { status: (row.lifecycle_status ?? 'NOT_SENT') as DocumentLifecycleStatus, events: [] };
      if (row.status) entry.events.push(Object.assign(new LifecycleEventType(), { status: row.status, occurredAt: new Date(row.occurred_at!).toISOString(), reason: row.reason }));
      result.set(Number(row.doc), entry);
    }
    return result;
  }, { status: DocumentLifecycleStatus.NOT_SENT, events: [] }).load(id);
}

const STATUS_DESCRIPTION = 'Statut sur la plateforme (Plateforme Agréée): the latest lifecycle status the platform sent, NOT_SENT before the first deposit.';
const TIMELINE_DESCRIPTION = 'The lifecycle statuses of the document on the platform, oldest first, each with its date and reason.';

@Resolver(() => InvoiceType)
export class InvoiceLifecycleResolver {
  @FieldResolver(() => DocumentLifecycleStatus, { description: STATUS_DESCRIPTION })
  async lifecycleStatus(@Root() invoice: InvoiceType, @Ctx() ctx: PortalContext): Promise<DocumentLifecycleStatus> {
    return (await lifecycleOf(ctx, 'invoice', invoice.entity.id)).status;
  }

  @FieldResolver(() => [LifecycleEventType], { description: TIMELINE_DESCRIPTION })
  @WithinParent('the lifecycle of an invoice in reach')
  async lifecycle(@Root() invoice: InvoiceType, @Ctx() ctx: PortalContext): Promise<LifecycleEventType[]> {
    return (await lifecycleOf(ctx, 'invoice', invoice.entity.id)).events;
  }
}

@Resolver(() => CreditNoteType)
export class CreditNoteLifecycleResolver {
  @FieldResolver(() => DocumentLifecycleStatus, { description: STATUS_DESCRIPTION })
  async lifecycleStatus(@Root() creditNote: CreditNoteType, @Ctx() ctx: PortalContext): Promise<DocumentLifecycleStatus> {
    return (await lifecycleOf(ctx, 'credit_note', creditNote.entity.id)).status;
  }

  @FieldResolver(() => [LifecycleEventType], { description: TIMELINE_DESCRIPTION })
  @WithinParent('the lifecycle of a credit note in reach')
  async lifecycle(@Root() creditNote: CreditNoteType, @Ctx() ctx: PortalContext): Promise<LifecycleEventType[]> {
    return (await lifecycleOf(ctx, 'credit_note', creditNote.entity.id)).events;
  }
}

@InputType('DocumentReissueInput', { description: 'The rejected document to correct.' })
class DocumentReissueInput {
  @Field(() => ID, { description: 'Global id of the invoice or credit note the platform rejected.' })
  id!: string;
}

@ObjectType({ description: 'Result of invoiceReissue.' })
class InvoiceReissuePayload {
  @Field(() => InvoiceType, { nullable: true, description: 'The corrected invoice, with its new number; null when refused.' })
  @WithinParent('issued for an invoice in reach')
  invoice!: InvoiceType | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused: NOT_REJECTED, ALREADY_REISSUED, DOCUMENT_INVALID (rules still broken), FORBIDDEN, NOT_FOUND.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of creditNoteReissue.' })
class CreditNoteReissuePayload {
  @Field(() => CreditNoteType, { nullable: true, description: 'The corrected credit note, with its new number; null when refused.' })
  @WithinParent('issued for a credit note in reach')
  creditNote!: CreditNoteType | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused: NOT_REJECTED, ALREADY_REISSUED, DOCUMENT_INVALID (rules still broken), FORBIDDEN, NOT_FOUND.' })
  userErrors!: UserErrorType[];
}

/** The document's id from the input; a DomainError's field made the input path. */
async function reissue(ctx: PortalContext, kind: DocumentKind, globalId: string) {
  const id = fromGlobalId(globalId, kind === DocumentKind.INVOICE ? 'Invoice' : 'CreditNote');
  if (id === null) throw new DomainError('NOT_FOUND', kind === DocumentKind.INVOICE ? 'Facture introuvable.' : 'Avoir introuvable.', ['input', 'id']);
  return reissueRejected(ctx.em.fork(), ctx.access!, kind, id, todayInParis(ctx.now)).catch((error: unknown) => {
    throw error instanceof DomainError ? new DomainError(error.code, error.message, ['input', 'id']) : error;
  });
}

@Resolver()
export class ReissueResolver {
  @Mutation(() => InvoiceReissuePayload, { description: 'Issues the corrected invoice of one the platform rejected (rejetée): a new number, the same lines; the rejected one keeps its number. Only the issuer may.' })
  @Member(Permission.BILLING_WRITE)
  invoiceReissue(@Arg('input', () => DocumentReissueInput, { description: 'The rejected invoice.' }) input: DocumentReissueInput, @Ctx() ctx: PortalContext): Promise<InvoiceReissuePayload> {
    return withUserErrors<InvoiceReissuePayload>(async () => ({ invoice: InvoiceType.from((await reissue(ctx, DocumentKind.INVOICE, input.id)) as Invoice, todayInParis(ctx.now)), userErrors: [] }), { invoice: null });
  }

  @Mutation(() => CreditNoteReissuePayload, { description: 'Issues the corrected credit note of one the platform rejected (rejetée): a new number, the same lines. Only the issuer may.' })
  @Member(Permission.BILLING_WRITE)
  creditNoteReissue(@Arg('input', () => DocumentReissueInput, { description: 'The rejected credit note.' }) input: DocumentReissueInput, @Ctx() ctx: PortalContext): Promise<CreditNoteReissuePayload> {
    return withUserErrors<CreditNoteReissuePayload>(async () => ({ creditNote: CreditNoteType.from((await reissue(ctx, DocumentKind.CREDIT_NOTE, input.id)) as CreditNote), userErrors: [] }), { creditNote: null });
  }
}
