import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { wrap } from '@mikro-orm/core';
import { Company, CompanyType, SortDirection } from '@portal/company';
import { DomainError, Member, Permission, WithinParent, fromGlobalId, orGraphQLError, pageFrom, todayInParis, type PortalContext } from '@portal/kernel';
import { CreditNote } from '../entities/CreditNote.js';
import { CreditNoteLine } from '../entities/CreditNoteLine.js';
import { Invoice } from '../entities/Invoice.js';
import { InvoiceLine } from '../entities/InvoiceLine.js';
import { vatBreakdown } from '../pdf/printable.js';
import { XmlSyntax, documentXmlText, loadPrintable } from '../services/document-files.js';
import {
  CreditNoteSortField, InvoiceSortField, listDocuments,
  type DocumentFilter, type DocumentKindName, type DocumentPage,
} from '../services/document-list.js';
import { CreditNotesArgs, InvoicesArgs } from './inputs.js';
import { batchOf } from './loaders.js';
import {
  CreditNoteConnection, CreditNoteLineType, CreditNoteType, DocumentTotalsType, InvoiceConnection, InvoiceLineType,
  InvoiceType, VatBreakdownType,
} from './types.js';

/** The company ids of a filter, from global ids; a malformed one is a typed error on its path. */
export function companyIdsOf(values: readonly string[] | null | undefined, path: string[]): number[] | null {
  if (!values) return null;
  return values.map((value, i) => {
    const id = fromGlobalId(value, 'Company');
    if (id === null) throw new DomainError('ID_INVALID', "Ce n'est pas l'identifiant d'une société.", [...path, String(i)]);
    return id;
  });
}

/** The company of the `companyId` argument; an id that names no company is "not found". */
export function companyArg(value: string | null | undefined): number | null {
  if (value == null) return null;
  const id = fromGlobalId(value, 'Company');
  if (id === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', ['companyId']);
  return id;
}

async function page<T extends Invoice | CreditNote>(
  ctx: PortalContext,
  kind: DocumentKindName,
  args: InvoicesArgs | CreditNotesArgs,
  defaultField: string,
): Promise<{ page: DocumentPage<T>; afterGiven: boolean }> {
  const filter: DocumentFilter = {
    issuedFrom: args.filter?.issuedFrom ?? null,
    issuedTo: args.filter?.issuedTo ?? null,
    amountMin: args.filter?.amountMin ?? null,
    amountMax: args.filter?.amountMax ?? null,
    states: args.filter?.states ?? null,
    companyIds: companyIdsOf(args.filter?.companyIds, ['filter', 'companyIds']),
    lifecycleStatuses: args.filter?.lifecycleStatuses ?? null,
  };
  const result = await listDocuments<T, string>(ctx.em, ctx.access!, kind, {
    scope: args.scope,
    companyId: companyArg(args.companyId),
    filter,
    order: args.orderBy ?? { field: defaultField, direction: SortDirection.DESC },
    first: args.first,
    after: args.after ?? null,
    withTotals: true,
  }, ctx.now);
  return { page: result, afterGiven: !!args.after };
}

const totalsOf = (t: { totalExclVatCents: number; totalVatCents: number; totalInclVatCents: number } | null) =>
  Object.assign(new DocumentTotalsType(), t ?? { totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: 0 });

/** The billed company of a document: already loaded with lists and details, batched otherwise. */
async function billedCompany(ctx: PortalContext, company: Company): Promise<CompanyType> {
  if (wrap(company).isInitialized()) return CompanyType.from(company);
  const loaded = await batchOf<number, Company | null>(ctx, 'billing:company', async (ids) => {
    const rows = await ctx.em.find(Company, { id: { $in: ids } });
    return new Map(rows.map((c) => [c.id, c]));
  }, null).load(company.id);
  return CompanyType.from(loaded!);
}

function invoiceLines(ctx: PortalContext, invoiceId: number): Promise<InvoiceLine[]> {
  return batchOf<number, InvoiceLine[]>(ctx, 'billing:invoiceLines', async (ids) => {
    const lines = await ctx.em.find(InvoiceLine, { invoice: { $in: ids } }, { orderBy: { invoice: 'asc', position: 'asc' } });
    return Map.groupBy(lines, (l) => l.invoice.id);
  }, []).load(invoiceId);
}

function creditNoteLines(ctx: PortalContext, creditNoteId: number): Promise<CreditNoteLine[]> {
  return batchOf<number, CreditNoteLine[]>(ctx, 'billing:creditNoteLines', async (ids) => {
    const lines = await ctx.em.find(CreditNoteLine, { creditNote: { $in: ids } }, { orderBy: { creditNote: 'asc', position: 'asc' } });
    return Map.groupBy(lines, (l) => l.creditNote.id);
  }, []).load(creditNoteId);
}

@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, {
    description: '"Consultation des factures": the invoices of a company in reach (the caller\'s by default) or of every company in reach, filtered, sorted on any column, with the count and sums of the whole filtered list.',
  })
  @Member(Permission.BILLING_READ)
  invoices(@Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: PortalContext): Promise<InvoiceConnection> {
    return orGraphQLError(async () => {
      const { page: result, afterGiven } = await page<Invoice>(ctx, 'invoice', args, InvoiceSortField.ISSUED_ON);
      const today = todayInParis(ctx.now);
      return {
        ...pageFrom(result.rows, args.first, afterGiven, (r) => r.cursor, (r) => InvoiceType.from(r.entity, today)),
        totalCount: result.totals?.count ?? 0,
        totals: totalsOf(result.totals),
      };
    });
  }

  @Query(() => InvoiceType, { nullable: true, description: 'An invoice of a company in reach; null otherwise, exactly as when it does not exist.' })
  @Member(Permission.BILLING_READ)
  async invoice(@Arg('id', () => ID, { description: 'Global id of the invoice.' }) id: string, @Ctx() ctx: PortalContext): Promise<InvoiceType | null> {
    const invoiceId = fromGlobalId(id, 'Invoice');
    if (invoiceId === null) return null;
    const invoice = await ctx.em.findOne(Invoice, { id: invoiceId }, { populate: ['billedCompany'] });
    if (!invoice || !(await ctx.access!.can(invoice.billedCompany.id, Permission.BILLING_READ))) return null;
    return InvoiceType.from(invoice, todayInParis(ctx.now));
  }

  @FieldResolver(() => CompanyType, { description: 'The billing account (compte client) the invoice is addressed to.' })
  @WithinParent('the billed company of an invoice in reach')
  company(@Root() invoice: InvoiceType, @Ctx() ctx: PortalContext): Promise<CompanyType> {
    return billedCompany(ctx, invoice.entity.billedCompany);
  }

  @FieldResolver(() => [InvoiceLineType], { description: 'The lines, in order (loaded for all the invoices of a page at once).' })
  @WithinParent('lines of an invoice in reach')
  async lines(@Root() invoice: InvoiceType, @Ctx() ctx: PortalContext): Promise<InvoiceLineType[]> {
    return (await invoiceLines(ctx, invoice.entity.id)).map(InvoiceLineType.from);
  }

  @FieldResolver(() => [VatBreakdownType], { description: 'The VAT per category and rate: the base HT sums the lines, the VAT is computed on it.' })
  @WithinParent('lines of an invoice in reach')
  async vatBreakdown(@Root() invoice: InvoiceType, @Ctx() ctx: PortalContext): Promise<VatBreakdownType[]> {
    return vatBreakdown(await invoiceLines(ctx, invoice.entity.id)).map((row) => Object.assign(new VatBreakdownType(), row));
  }

  @FieldResolver(() => String, { description: 'The invoice as an EN 16931 electronic invoice with the French rules, in CII (as in its Factur-X PDF) or UBL 2.1: the same document in either syntax.' })
  @WithinParent('the XML of a invoice in reach')
  async xml(
    @Root() doc: InvoiceType,
    @Arg('syntax', () => XmlSyntax, { defaultValue: XmlSyntax.CII, description: 'CII or UBL.' }) syntax: XmlSyntax,
    @Ctx() ctx: PortalContext,
  ): Promise<string> {
    return documentXmlText((await loadPrintable(ctx.em, 'INVOICE', doc.entity.id))!, syntax);
  }

  @FieldResolver(() => [CreditNoteType], { description: 'The credit notes that correct this invoice, oldest first.' })
  @WithinParent('credit notes of an invoice in reach, themselves filtered by reach')
  async creditNotes(@Root() invoice: InvoiceType, @Ctx() ctx: PortalContext): Promise<CreditNoteType[]> {
    const notes = await batchOf<number, CreditNote[]>(ctx, 'billing:creditNotesOfInvoice', async (ids) => {
      const rows = (await ctx.em.getConnection().execute(
        `select cn.* from credit_note cn where cn.invoice_id in (${ids.map(() => '?').join(', ')})
           and cn.billed_company_id in (${ctx.access!.reachSql(Permission.BILLING_READ)})
         order by cn.issued_on, cn.id`,
        ids, 'all', ctx.em.getTransactionContext(),
      )) as Record<string, unknown>[];
      return Map.groupBy(rows.map((r) => ctx.em.map(CreditNote, r as never)), (cn) => cn.invoice.id);
    }, []).load(invoice.entity.id);
    return notes.map(CreditNoteType.from);
  }
}

@Resolver(() => CreditNoteType)
export class CreditNoteResolver {
  @Query(() => CreditNoteConnection, {
    description: '"Consultation des avoirs": the credit notes of a company in reach (the caller\'s by default) or of every company in reach, filtered, sorted on any column, with the count and sums of the whole filtered list.',
  })
  @Member(Permission.BILLING_READ)
  creditNotes(@Args(() => CreditNotesArgs) args: CreditNotesArgs, @Ctx() ctx: PortalContext): Promise<CreditNoteConnection> {
    return orGraphQLError(async () => {
      const { page: result, afterGiven } = await page<CreditNote>(ctx, 'creditNote', args, CreditNoteSortField.ISSUED_ON);
      return {
        ...pageFrom(result.rows, args.first, afterGiven, (r) => r.cursor, (r) => CreditNoteType.from(r.entity)),
        totalCount: result.totals?.count ?? 0,
        totals: totalsOf(result.totals),
      };
    });
  }

  @Query(() => CreditNoteType, { nullable: true, description: 'A credit note of a company in reach; null otherwise, exactly as when it does not exist.' })
  @Member(Permission.BILLING_READ)
  async creditNote(@Arg('id', () => ID, { description: 'Global id of the credit note.' }) id: string, @Ctx() ctx: PortalContext): Promise<CreditNoteType | null> {
    const creditNoteId = fromGlobalId(id, 'CreditNote');
    if (creditNoteId === null) return null;
    const creditNote = await ctx.em.findOne(CreditNote, { id: creditNoteId }, { populate: ['billedCompany', 'invoice'] });
    if (!creditNote || !(await ctx.access!.can(creditNote.billedCompany.id, Permission.BILLING_READ))) return null;
    return CreditNoteType.from(creditNote);
  }

  @FieldResolver(() => CompanyType, { description: 'The billing account (compte client) the credit note is addressed to.' })
  @WithinParent('the billed company of a credit note in reach')
  company(@Root() creditNote: CreditNoteType, @Ctx() ctx: PortalContext): Promise<CompanyType> {
    return billedCompany(ctx, creditNote.entity.billedCompany);
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'The invoice this credit note corrects; null if it is out of the caller\'s reach.' })
  @WithinParent('the invoice of the same billed company, or checked on its own')
  async invoice(@Root() creditNote: CreditNoteType, @Ctx() ctx: PortalContext): Promise<InvoiceType | null> {
    let invoice: Invoice | null = creditNote.entity.invoice;
    if (!wrap(invoice).isInitialized()) {
      invoice = await batchOf<number, Invoice | null>(ctx, 'billing:invoice', async (ids) => {
        const rows = await ctx.em.find(Invoice, { id: { $in: ids } });
        return new Map(rows.map((i) => [i.id, i]));
      }, null).load(invoice.id);
    }
    if (!invoice) return null;
    // Addressed to the credit note's company (the usual case): reached with it. Otherwise, its own check.
    const sameCompany = invoice.billedCompany.id === creditNote.entity.billedCompany.id;
    if (!sameCompany && !(await ctx.access!.can(invoice.billedCompany.id, Permission.BILLING_READ))) return null;
    return InvoiceType.from(invoice, todayInParis(ctx.now));
  }

  @FieldResolver(() => [CreditNoteLineType], { description: 'The lines, in order (loaded for all the credit notes of a page at once).' })
  @WithinParent('lines of a credit note in reach')
  async lines(@Root() creditNote: CreditNoteType, @Ctx() ctx: PortalContext): Promise<CreditNoteLineType[]> {
    return (await creditNoteLines(ctx, creditNote.entity.id)).map(CreditNoteLineType.from);
  }

  @FieldResolver(() => [VatBreakdownType], { description: 'The VAT per category and rate: the base HT sums the lines, the VAT is computed on it.' })
  @WithinParent('lines of a credit note in reach')
  async vatBreakdown(@Root() creditNote: CreditNoteType, @Ctx() ctx: PortalContext): Promise<VatBreakdownType[]> {
    return vatBreakdown(await creditNoteLines(ctx, creditNote.entity.id)).map((row) => Object.assign(new VatBreakdownType(), row));
  }

  @FieldResolver(() => String, { description: 'The credit note as an EN 16931 electronic invoice with the French rules, in CII (as in its Factur-X PDF) or UBL 2.1: the same document in either syntax.' })
  @WithinParent('the XML of a credit note in reach')
  async xml(
    @Root() doc: CreditNoteType,
    @Arg('syntax', () => XmlSyntax, { defaultValue: XmlSyntax.CII, description: 'CII or UBL.' }) syntax: XmlSyntax,
    @Ctx() ctx: PortalContext,
  ): Promise<string> {
    return documentXmlText((await loadPrintable(ctx.em, 'CREDIT_NOTE', doc.entity.id))!, syntax);
  }
}

