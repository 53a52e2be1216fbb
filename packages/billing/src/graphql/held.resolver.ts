import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Company, CompanyType } from '@portal/company';
import {
  DomainError, MAX_PAGE_SIZE, Member, Node, PageInfo, Permission, UserErrorType, WithinParent, cursorInvalid, decodeCursor, fromGlobalId,
  orGraphQLError, pageFrom, toGlobalId, todayInParis, withUserErrors, type PortalContext,
} from '@portal/kernel';
import { CreditNote } from '../entities/CreditNote.js';
import { HeldDocument } from '../entities/HeldDocument.js';
import { DocumentKind, InvoicePurpose } from '../enums.js';
import { releaseHeldDocument } from '../services/held-documents.js';
import './enums.js';
import { CreditNoteType, InvoiceType } from './types.js';

@ObjectType('RuleViolation', { description: 'A rule of EN 16931 or of the French e-invoicing rules that a document breaks.' })
export class RuleViolationType {
  @Field({ description: 'The rule number: BR-10, BR-CO-17, BR-FR-12…' })
  rule!: string;

  @Field({ description: 'What is wrong, in French, for the operator.' })
  message!: string;
}

@ObjectType('HeldDocument', {
  implements: Node,
  description: 'Document en attente: an invoice or credit note that failed the EN 16931 / French rules before it took a number. It is not issued and holds no number.',
})
export class HeldDocumentType extends Node {
  @Field(() => DocumentKind, { description: 'Invoice or credit note.' })
  kind!: DocumentKind;

  @Field(() => InvoicePurpose, { nullable: true, description: 'For an invoice: monthly or closing; null for a credit note.' })
  purpose!: InvoicePurpose | null;

  @Field({ description: 'First day of the period the document covers (YYYY-MM-DD).' })
  periodStart!: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Montant TTC it would have, in cents.' })
  totalInclVatCents!: number;

  @Field(() => [RuleViolationType], { description: 'The rules it broke at its last check.' })
  @WithinParent('the reasons of a held document in reach')
  reasons!: RuleViolationType[];

  @Field({ description: 'When it was first held (ISO 8601).' })
  heldAt!: string;

  @Field({ description: 'When it was last checked (ISO 8601).' })
  checkedAt!: string;

  /** Not exposed: the entity, for field resolvers. */
  entity!: HeldDocument;

  static from(held: HeldDocument): HeldDocumentType {
    return Object.assign(new HeldDocumentType(), {
      id: toGlobalId('HeldDocument', held.id), entity: held, kind: held.kind, purpose: held.purpose ?? null,
      periodStart: held.periodStart, periodEnd: held.periodEnd, totalInclVatCents: held.totalInclVatCents,
      reasons: held.reasons.map((r) => Object.assign(new RuleViolationType(), r)), heldAt: held.heldAt.toISOString(), checkedAt: held.checkedAt.toISOString(),
    });
  }
}

@ObjectType('HeldDocumentEdge', { description: 'A held document in a page.' })
class HeldDocumentEdge {
  @Field({ description: 'Cursor of this edge.' })
  cursor!: string;

  @Field(() => HeldDocumentType, { description: 'The held document.' })
  @WithinParent('the list was filtered by reach')
  node!: HeldDocumentType;
}

@ObjectType('HeldDocumentConnection', { description: 'A page of held documents, most recently held first.' })
class HeldDocumentConnection {
  @Field(() => [HeldDocumentEdge], { description: 'The held documents of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: HeldDocumentEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of documents held in reach.' })
  totalCount!: number;
}

@ArgsType()
class HeldDocumentsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor of the previous page).' })
  after?: string | null;
}

@InputType('HeldDocumentReleaseInput', { description: 'Which held document to issue now.' })
class HeldDocumentReleaseInput {
  @Field(() => ID, { description: 'Global id of the held document.' })
  id!: string;
}

@ObjectType({ description: 'Result of heldDocumentRelease.' })
class HeldDocumentReleasePayload {
  @Field(() => InvoiceType, { nullable: true, description: 'The invoice issued, with its number; null when refused or for a credit note.' })
  @WithinParent('issued for a held document in reach')
  invoice!: InvoiceType | null;

  @Field(() => CreditNoteType, { nullable: true, description: 'The credit note issued; null when refused or for an invoice.' })
  @WithinParent('issued for a held document in reach')
  creditNote!: CreditNoteType | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused: DOCUMENT_INVALID (rules still broken, listed), NOT_FOUND, FORBIDDEN.' })
  userErrors!: UserErrorType[];
}

@Resolver(() => HeldDocumentType)
export class HeldDocumentResolver {
  @Query(() => HeldDocumentConnection, { description: '"Documents en attente": documents of companies in reach held before numbering, with their reasons.' })
  @Member(Permission.BILLING_READ)
  heldDocuments(@Args(() => HeldDocumentsArgs) args: HeldDocumentsArgs, @Ctx() ctx: PortalContext): Promise<HeldDocumentConnection> {
    return orGraphQLError(async () => {
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) throw new DomainError('FIRST_INVALID', `Entre 1 et ${MAX_PAGE_SIZE} par page.`, ['first']);
      const after = args.after ? decodeCursor(args.after, ['timestamp', 'id']) : null;
      if (args.after && !after) throw cursorInvalid();
      const reach = `billed_company_id in (${ctx.access!.reachSql(Permission.BILLING_READ)})`;
      const conn = ctx.em.getConnection();
      const ids = (await conn.execute(
        `select id, held_at from held_document where released_at is null and ${reach}
         ${after ? 'and (held_at, id) < (cast(? as timestamptz), ?)' : ''} order by held_at desc, id desc limit ${args.first + 1}`,
        after ? [after[0], after[1]] : [],
      )) as { id: number; held_at: Date }[];
      const [count] = (await conn.execute(`select count(*)::int as n from held_document where released_at is null and ${reach}`)) as { n: number }[];
      const rows = await ctx.em.find(HeldDocument, { id: { $in: ids.map((r) => Number(r.id)) } }, { orderBy: { heldAt: 'desc', id: 'desc' } });
      return {
        ...pageFrom(rows, args.first, !!args.after, (r) => [r.heldAt.toISOString(), r.id], (r) => HeldDocumentType.from(r)),
        totalCount: Number(count!.n),
      };
    });
  }

  @FieldResolver(() => CompanyType, { description: 'The billing account the document is addressed to.' })
  @WithinParent('the billed company of a held document in reach')
  async company(@Root() held: HeldDocumentType, @Ctx() ctx: PortalContext): Promise<CompanyType> {
    return CompanyType.from(await ctx.em.findOneOrFail(Company, { id: held.entity.billedCompany.id }));
  }

  @Mutation(() => HeldDocumentReleasePayload, {
    description: 'Issues a held document now that its data is fixed: checked again, then numbered with the next number. Only the issuer (the operator) may.',
  })
  @Member(Permission.BILLING_WRITE)
  heldDocumentRelease(@Arg('input', () => HeldDocumentReleaseInput, { description: 'The held document.' }) input: HeldDocumentReleaseInput, @Ctx() ctx: PortalContext): Promise<HeldDocumentReleasePayload> {
    return withUserErrors<HeldDocumentReleasePayload>(async () => {
      const id = fromGlobalId(input.id, 'HeldDocument');
      if (id === null) throw new DomainError('NOT_FOUND', 'Document en attente introuvable.', ['input', 'id']);
      const document = await releaseHeldDocument(ctx.em.fork(), ctx.access!, id, todayInParis(ctx.now), ctx.now).catch((error: unknown) => {
        if (error instanceof DomainError) throw new DomainError(error.code, error.message, ['input', 'id']);
        throw error;
      });
      const today = todayInParis(ctx.now);
      return document instanceof CreditNote
        ? { invoice: null, creditNote: CreditNoteType.from(document), userErrors: [] }
        : { invoice: InvoiceType.from(document, today), creditNote: null, userErrors: [] };
    }, { invoice: null, creditNote: null });
  }
}
