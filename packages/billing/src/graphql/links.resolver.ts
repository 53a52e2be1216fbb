import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Permission, WithinParent, type PortalContext } from '@portal/kernel';
import { UsefulLinks } from '@portal/company';

/** Counts of the "liens utiles" that belong to the billing domain. */
@Resolver(() => UsefulLinks)
export class BillingLinksResolver {
  @FieldResolver(() => Int, { nullable: true, description: '"Consultation des factures": invoices addressed to the company; null without the right to read them.' })
  @WithinParent('counts of a company in reach')
  async invoiceCount(@Root() links: UsefulLinks, @Ctx() ctx: PortalContext): Promise<number | null> {
    if (!(await ctx.access?.can(links.companyId, Permission.BILLING_READ))) return null;
    const [row] = (await ctx.em.getConnection().execute('select count(*)::int as n from invoice where billed_company_id = ?', [links.companyId])) as { n: number }[];
    return Number(row!.n);
  }

  @FieldResolver(() => Int, { nullable: true, description: '"Consultation des avoirs": credit notes addressed to the company; null without the right to read them.' })
  @WithinParent('counts of a company in reach')
  async creditNoteCount(@Root() links: UsefulLinks, @Ctx() ctx: PortalContext): Promise<number | null> {
    if (!(await ctx.access?.can(links.companyId, Permission.BILLING_READ))) return null;
    const [row] = (await ctx.em.getConnection().execute('select count(*)::int as n from credit_note where billed_company_id = ?', [links.companyId])) as { n: number }[];
    return Number(row!.n);
  }
}
