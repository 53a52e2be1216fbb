import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { WithinParent, type PortalContext } from '@portal/kernel';
import { LifecycleStatus } from '../enums.js';
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
