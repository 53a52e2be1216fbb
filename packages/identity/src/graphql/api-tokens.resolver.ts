import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, UserErrorType, WithinParent, fromGlobalId, withUserErrors, type PortalContext } from '@portal/kernel';
import { ApiToken } from '../entities/ApiToken.js';
import { ApiScope } from '../rules/access.js';
import { createApiToken, revokeApiToken } from '../services/api-tokens.js';
import { ApiTokenType } from './types.js';

@InputType({ description: 'A new API token for third-party access.' })
class ApiTokenCreateInput {
  @Field({ description: 'A name to recognise it (e.g. "ERP comptable").' })
  name!: string;

  @Field(() => [ApiScope], { description: 'What it may do; never more than its creator can.' })
  scopes!: ApiScope[];

  @Field(() => Int, { defaultValue: 90, description: 'Validity in days (1 to 366).' })
  expiresInDays!: number;
}

@ObjectType({ description: 'Result of apiTokenCreate: the secret appears here once and never again.' })
class ApiTokenCreatePayload {
  @Field(() => ApiTokenType, { nullable: true, description: 'The token as stored.' })
  @WithinParent('a token of the caller\'s company')
  apiToken!: ApiTokenType | null;

  @Field(() => String, { nullable: true, description: 'The secret, to send as `Authorization: Bearer <secret>`. Shown only now.' })
  secret!: string | null;

  @Field(() => [UserErrorType], { description: 'Why the token was refused.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'The token to revoke.' })
class ApiTokenRevokeInput {
  @Field(() => ID, { description: 'Global id of the token.' })
  apiTokenId!: string;
}

@ObjectType({ description: 'Result of apiTokenRevoke.' })
class ApiTokenRevokePayload {
  @Field(() => ApiTokenType, { nullable: true, description: 'The token, now revoked.' })
  @WithinParent('a token the caller manages')
  apiToken!: ApiTokenType | null;

  @Field(() => [UserErrorType], { description: 'NOT_FOUND for a token out of reach.' })
  userErrors!: UserErrorType[];
}

@Resolver()
export class ApiTokensResolver {
  @Query(() => [ApiTokenType], { description: "API tokens of the caller's company, newest first." })
  @Member(Permission.TOKENS_MANAGE)
  async apiTokens(@Ctx() ctx: PortalContext): Promise<ApiTokenType[]> {
    await ctx.access!.require(ctx.viewer!.companyId, Permission.TOKENS_MANAGE);
    const tokens = await ctx.em.find(ApiToken, { company: ctx.viewer!.companyId }, { orderBy: { createdAt: 'desc', id: 'desc' }, populate: ['createdBy'] });
    return tokens.map(ApiTokenType.from);
  }

  @Mutation(() => ApiTokenCreatePayload, { description: 'Creates an API token acting as the caller, within the chosen scopes.' })
  @Member(Permission.TOKENS_MANAGE)
  async apiTokenCreate(@Arg('input', () => ApiTokenCreateInput, { description: 'The token.' }) input: ApiTokenCreateInput, @Ctx() ctx: PortalContext): Promise<ApiTokenCreatePayload> {
    return withUserErrors<ApiTokenCreatePayload>(async () => {
      const result = await createApiToken(ctx.em, ctx.access!, input, ctx.settings, ctx.now);
      if ('errors' in result) return { apiToken: null, secret: null, userErrors: result.errors };
      await ctx.em.populate(result.apiToken, ['createdBy']);
      return { apiToken: ApiTokenType.from(result.apiToken), secret: result.token, userErrors: [] };
    }, { apiToken: null, secret: null });
  }

  @Mutation(() => ApiTokenRevokePayload, { description: 'Revokes an API token at once.' })
  @Member(Permission.TOKENS_MANAGE)
  async apiTokenRevoke(@Arg('input', () => ApiTokenRevokeInput, { description: 'The token.' }) input: ApiTokenRevokeInput, @Ctx() ctx: PortalContext): Promise<ApiTokenRevokePayload> {
    return withUserErrors<ApiTokenRevokePayload>(async () => {
      const id = fromGlobalId(input.apiTokenId, 'ApiToken');
      if (id === null) throw new DomainError('NOT_FOUND', 'Jeton introuvable.', ['input', 'apiTokenId']);
      const token = await revokeApiToken(ctx.em, ctx.access!, id, ctx.now);
      await ctx.em.populate(token, ['createdBy']);
      return { apiToken: ApiTokenType.from(token), userErrors: [] };
    }, { apiToken: null });
  }
}
