import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DomainError, WithinParent, fromGlobalId, orGraphQLError, type PortalContext } from '@portal/kernel';
import { rateLimitRemainingNow, usageDays } from '../services/api-usage.js';
import { ApiTokenType } from './types.js';

@ObjectType('ApiTokenUsageDay', { description: 'What a token did on one day (Paris time).' })
class ApiTokenUsageDayType {
  @Field({ description: 'The day, YYYY-MM-DD.' })
  day!: string;

  @Field(() => Int, { description: 'Requests answered.' })
  requests!: number;

  @Field(() => Int, { description: 'Requests answered with an error (an HTTP status of 400 or more, or errors in the GraphQL answer).' })
  errors!: number;

  @Field(() => Int, { description: 'The query cost spent: the sum of the costs of its operations (see the cost limit).' })
  costSpent!: number;
}

@ObjectType('ApiTokenUsage', { description: 'How an API token uses the API: per day, and its limits now.' })
class ApiTokenUsageType {
  @Field(() => [ApiTokenUsageDayType], { description: 'Every day of the period, oldest first (zero when unused).' })
  @WithinParent('the days of a token\'s usage')
  days!: ApiTokenUsageDayType[];

  @Field(() => Int, { description: 'Requests allowed per minute.' })
  rateLimitLimit!: number;

  @Field(() => Int, { description: 'Requests left in the current one-minute window.' })
  rateLimitRemaining!: number;

  @Field(() => Int, { description: 'Highest cost of one operation.' })
  maxCostPerOperation!: number;

  @Field(() => Date, { nullable: true, description: 'Its latest request.' })
  lastUsedAt!: Date | null;
}

@Resolver(() => ApiTokenType)
export class ApiTokenUsageResolver {
  @FieldResolver(() => ApiTokenUsageType, { description: 'Requests and errors per day, the rate limit left and the cost spent.' })
  @WithinParent('the usage of a token the caller manages')
  async usage(
    @Root() token: ApiTokenType,
    @Arg('days', () => Int, { defaultValue: 30, description: 'How many days, today included (1 to 90).' }) days: number,
    @Ctx() ctx: PortalContext,
  ): Promise<ApiTokenUsageType> {
    return orGraphQLError(async () => {
      if (!Number.isInteger(days) || days < 1 || days > 90) throw new DomainError('DAYS_OUT_OF_RANGE', 'La période va de 1 à 90 jours.', ['days']);
      const id = fromGlobalId(token.id, 'ApiToken')!;
      const { days: list, latest } = await usageDays(ctx.em, id, days, ctx.now);
      const limit = ctx.settings.apiRateLimitPerMinute ?? 600;
      return Object.assign(new ApiTokenUsageType(), {
        days: list.map((d) => Object.assign(new ApiTokenUsageDayType(), d)),
        rateLimitLimit: limit,
        rateLimitRemaining: rateLimitRemainingNow(latest, limit, ctx.now),
        maxCostPerOperation: ctx.settings.apiMaxCostPerOperation ?? 0,
        lastUsedAt: latest?.lastRequestAt ?? token.lastUsedAt,
      });
    });
  }
}
