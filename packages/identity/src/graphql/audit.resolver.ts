import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Member, Permission, orGraphQLError, pageFrom, type PortalContext } from '@portal/kernel';
import { AuditEvent } from '../entities/AuditEvent.js';
import { PageArgs, companyIdArg, pageOf } from './args.js';
import { AuditEventConnection, AuditEventType } from './types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "The audit log of a company in reach (default: the caller's), newest first." })
  @Member(Permission.AUDIT_READ)
  async auditEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('companyId', () => ID, { nullable: true, description: "The company; the caller's own when left out." }) companyId: string | null,
    @Ctx() ctx: PortalContext,
  ): Promise<AuditEventConnection> {
    return orGraphQLError(async () => {
      const { first, after } = pageOf(page, ['timestamp', 'id']);
      const id = companyId ? companyIdArg(companyId, ['companyId']) : ctx.viewer!.companyId;
      await ctx.access!.require(id, Permission.AUDIT_READ, 'Société', ['companyId']);
      const cursor = after
        ? { $or: [{ occurredAt: { $lt: new Date(String(after[0])) } }, { occurredAt: new Date(String(after[0])), id: { $lt: Number(after[1]) } }] }
        : {};
      const [rows, totalCount] = await Promise.all([
        ctx.em.find(AuditEvent, { company: id, ...cursor }, { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['actor'] }),
        ctx.em.count(AuditEvent, { company: id }),
      ]);
      return { ...pageFrom(rows, first, after !== null, (e) => [e.occurredAt.toISOString(), e.id], AuditEventType.from), totalCount };
    });
  }
}
