import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, SignedIn, UserErrorType, WithinParent, todayInParis, type PortalContext } from '@portal/kernel';
import { TermsAcceptance } from '../entities/TermsOfUse.js';
import { acceptTerms, latestTerms, publishTerms } from '../services/terms.js';
import { TermsOfUseType, ViewerType } from './types.js';
import { viewerType } from './viewer-type.js';

@InputType({ description: 'The version of the terms the user read and accepts (box ticked, "Valider").' })
class TermsAcceptInput {
  @Field({ description: 'Version from termsOfUse.version.' })
  version!: string;
}

@ObjectType({ description: 'Result of termsAccept.' })
class TermsAcceptPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The caller, now with termsAccepted true.' })
  @WithinParent('the caller themself')
  viewer!: ViewerType | null;

  @Field(() => [UserErrorType], { description: 'TERMS_VERSION_OUTDATED when a newer version came in force meanwhile.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'A new version of the terms of use.' })
class TermsPublishInput {
  @Field({ description: 'Version label, unique (e.g. "2027-01-01").' })
  version!: string;

  @Field({ description: 'Date from which it applies (YYYY-MM-DD, today or later); from then on everyone accepts it again.' })
  effectiveOn!: string;

  @Field({ description: 'Full text.' })
  text!: string;
}

@ObjectType({ description: 'Result of termsPublish.' })
class TermsPublishPayload {
  @Field(() => TermsOfUseType, { nullable: true, description: 'The published version.' })
  @WithinParent('terms are the same for everyone')
  termsOfUse!: TermsOfUseType | null;

  @Field(() => [UserErrorType], { description: 'FORBIDDEN unless the caller administers the provider; invalid fields otherwise.' })
  userErrors!: UserErrorType[];
}

@Resolver()
export class TermsResolver {
  @Mutation(() => TermsPublishPayload, { description: 'Publishes a new version of the terms of use (the provider only).' })
  @Member(Permission.USERS_MANAGE)
  async termsPublish(@Arg('input', () => TermsPublishInput, { description: 'The new version.' }) input: TermsPublishInput, @Ctx() ctx: PortalContext): Promise<TermsPublishPayload> {
    const result = await publishTerms(ctx.em, ctx.access!, input, todayInParis(ctx.now), ctx.now);
    if ('errors' in result) return { termsOfUse: null, userErrors: result.errors };
    return { termsOfUse: TermsOfUseType.from(result.terms, false), userErrors: [] };
  }

  @Query(() => TermsOfUseType, { nullable: true, description: "The conditions d'utilisation in force, and whether the caller accepted them; null when none is published." })
  @SignedIn()
  async termsOfUse(@Ctx() ctx: PortalContext): Promise<TermsOfUseType | null> {
    const terms = await latestTerms(ctx.em, todayInParis(ctx.now));
    if (!terms) return null;
    const accepted = (await ctx.em.count(TermsAcceptance, { user: ctx.viewer!.userId, terms: terms.id })) > 0;
    return TermsOfUseType.from(terms, accepted);
  }

  @Mutation(() => TermsAcceptPayload, { description: 'Accepts the terms in force; records who, which version, when and from where.' })
  @SignedIn()
  async termsAccept(@Arg('input', () => TermsAcceptInput, { description: 'The version accepted.' }) input: TermsAcceptInput, @Ctx() ctx: PortalContext): Promise<TermsAcceptPayload> {
    const viewer = ctx.viewer!;
    if (viewer.apiTokenId) return { viewer: null, userErrors: [{ code: 'FORBIDDEN', message: 'Les conditions s’acceptent en personne, pas avec un jeton d’API.', field: null }] };
    try {
      await acceptTerms(ctx.em, { userId: viewer.userId, companyId: viewer.companyId, version: input.version, ipAddress: ctx.client.ipAddress }, todayInParis(ctx.now), ctx.now);
    } catch (error) {
      if (error instanceof DomainError) return { viewer: null, userErrors: [error.toUserError()] };
      throw error;
    }
    viewer.termsAccepted = true;
    return { viewer: await viewerType(ctx.em, viewer, ctx.access!), userErrors: [] };
  }
}
