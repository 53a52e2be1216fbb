import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, UserErrorType, WithinParent, fromGlobalId, orGraphQLError, withUserErrors, type PortalContext } from '@portal/kernel';
import { DeliveryAttempt } from '../entities/DeliveryAttempt.js';
import { DeliveryState, EventType } from '../enums.js';
import {
  createEndpoint, deleteEndpoint, deliveryLog, listEndpoints, managedEndpoint, replayDelivery, replayFailedSince, rotateSecret, sendTestEvent, updateEndpoint,
} from '../services/endpoints.js';
import { WebhookEndpointType, WebhookDeliveryType, WebhookEventType } from './types.js';

const settingsOf = (ctx: PortalContext) => ({ allowHttp: ctx.settings.webhooksAllowHttp ?? false });

/** The company of an optional global id argument: the caller's own by default. */
function companyOf(ctx: PortalContext, companyId: string | null | undefined, field: string[]): number {
  if (companyId === null || companyId === undefined) return ctx.viewer!.companyId;
  const id = fromGlobalId(companyId, 'Company');
  if (id === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', field);
  return id;
}

const endpointIdOf = (globalId: string) => fromGlobalId(globalId, 'WebhookEndpoint');

@InputType({ description: 'A new webhook endpoint.' })
class WebhookEndpointCreateInput {
  @Field(() => ID, { nullable: true, description: 'The company whose events it receives (its own and those below it); the caller\'s company by default.' })
  companyId?: string | null;

  @Field({ description: 'The https URL to POST events to.' })
  url!: string;

  @Field({ defaultValue: '', description: 'What it is for (at most 500 characters).' })
  description!: string;

  @Field(() => [EventType], { description: 'The event types to receive; each needs the right to read what it points to.' })
  eventTypes!: EventType[];
}

@ObjectType({ description: 'Result of webhookEndpointCreate or webhookEndpointRotateSecret: the secret appears here once and never again.' })
class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint.' })
  @WithinParent('an endpoint the caller manages')
  endpoint!: WebhookEndpointType | null;

  @Field(() => String, { nullable: true, description: 'The signing secret (`whsec_…`), for a Standard Webhooks library. Shown only now.' })
  secret!: string | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'Changes to a webhook endpoint; absent fields stay as they are.' })
class WebhookEndpointUpdateInput {
  @Field(() => ID, { description: 'Global id of the endpoint.' })
  endpointId!: string;

  @Field(() => String, { nullable: true, description: 'The https URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description?: string | null;

  @Field(() => [EventType], { nullable: true, description: 'The event types to receive.' })
  eventTypes?: EventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Enable or disable; enabling again resumes the pending deliveries.' })
  enabled?: boolean | null;
}

@ObjectType({ description: 'Result of a change to a webhook endpoint.' })
class WebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint as it is now.' })
  @WithinParent('an endpoint the caller manages')
  endpoint!: WebhookEndpointType | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'One webhook endpoint.' })
class WebhookEndpointRefInput {
  @Field(() => ID, { description: 'Global id of the endpoint.' })
  endpointId!: string;
}

@InputType({ description: 'A new signing secret for an endpoint.' })
class WebhookEndpointRotateSecretInput {
  @Field(() => ID, { description: 'Global id of the endpoint.' })
  endpointId!: string;

  @Field(() => Int, { defaultValue: 24, description: 'Hours during which the previous secret still signs messages too (0 to 168).' })
  overlapHours!: number;
}

@ObjectType({ description: 'Result of webhookEndpointDelete.' })
class WebhookEndpointDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the endpoint deleted.' })
  deletedEndpointId!: string | null;

  @Field(() => [UserErrorType], { description: 'NOT_FOUND for an endpoint out of reach.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of webhookEndpointSendTest.' })
class WebhookTestPayload {
  @Field(() => WebhookEventType, { nullable: true, description: 'The webhook.test event, delivered in a moment.' })
  @WithinParent('the test event of an endpoint the caller manages')
  event!: WebhookEventType | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'One delivery to send again.' })
class WebhookDeliveryReplayInput {
  @Field(() => ID, { description: 'Global id of the delivery.' })
  deliveryId!: string;
}

@InputType({ description: 'The failed deliveries of an endpoint to send again.' })
class WebhookDeliveriesReplayInput {
  @Field(() => ID, { description: 'Global id of the endpoint.' })
  endpointId!: string;

  @Field({ description: 'Deliveries created since this time that failed (given up or waiting for a retry).' })
  since!: Date;
}

@ObjectType({ description: 'Result of a replay.' })
class WebhookReplayPayload {
  @Field(() => Int, { nullable: true, description: 'How many deliveries will be sent again; null when refused.' })
  replayed!: number | null;

  @Field(() => [UserErrorType], { description: 'Why it was refused.' })
  userErrors!: UserErrorType[];
}

@Resolver()
export class WebhooksResolver {
  @Query(() => [WebhookEndpointType], { description: 'Webhook endpoints of a company in reach (the caller\'s own by default), newest first. Needs WEBHOOKS_MANAGE (an API token: the webhooks scope).' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookEndpoints(
    @Arg('companyId', () => ID, { nullable: true, description: 'Global id of the company; the caller\'s by default.' }) companyId: string | null,
    @Ctx() ctx: PortalContext,
  ): Promise<WebhookEndpointType[]> {
    return orGraphQLError(async () => {
      const endpoints = await listEndpoints(ctx.em, ctx.access!, companyOf(ctx, companyId, ['companyId']));
      return endpoints.map((e) => WebhookEndpointType.from(e, ctx.now));
    });
  }

  @Query(() => [WebhookDeliveryType], { description: 'The delivery log of an endpoint: its latest deliveries, newest first, each with its attempts.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'Global id of the endpoint.' }) endpointId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (1 to 100).' }) first: number,
    @Arg('state', () => DeliveryState, { nullable: true, description: 'Only the deliveries in this state.' }) state: DeliveryState | null,
    @Ctx() ctx: PortalContext,
  ): Promise<WebhookDeliveryType[]> {
    return orGraphQLError(async () => {
      const endpoint = await managedEndpoint(ctx.em, ctx.access!, endpointIdOf(endpointId), ['endpointId']);
      const deliveries = await deliveryLog(ctx.em, endpoint, { first, state });
      const attempts = deliveries.length ? await ctx.em.find(DeliveryAttempt, { delivery: { $in: deliveries.map((d) => d.id) } }, { orderBy: { id: 'desc' } }) : [];
      return deliveries.map((d) => WebhookDeliveryType.from(d, attempts.filter((a) => a.delivery.id === d.id)));
    });
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Creates a webhook endpoint; its signing secret is shown once, in the answer.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookEndpointCreate(@Arg('input', () => WebhookEndpointCreateInput, { description: 'The endpoint.' }) input: WebhookEndpointCreateInput, @Ctx() ctx: PortalContext): Promise<WebhookEndpointSecretPayload> {
    return withUserErrors<WebhookEndpointSecretPayload>(async () => {
      const companyId = companyOf(ctx, input.companyId, ['input', 'companyId']);
      const result = await createEndpoint(ctx.em, ctx.access!, { companyId, url: input.url, description: input.description ?? '', eventTypes: input.eventTypes }, settingsOf(ctx), ctx.now);
      if ('errors' in result) return { endpoint: null, secret: null, userErrors: result.errors };
      return { endpoint: WebhookEndpointType.from(result.endpoint, ctx.now), secret: result.secret, userErrors: [] };
    }, { endpoint: null, secret: null });
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Changes a webhook endpoint: URL, description, event types, enabled.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookEndpointUpdate(@Arg('input', () => WebhookEndpointUpdateInput, { description: 'The changes.' }) input: WebhookEndpointUpdateInput, @Ctx() ctx: PortalContext): Promise<WebhookEndpointPayload> {
    return withUserErrors<WebhookEndpointPayload>(async () => {
      const result = await updateEndpoint(ctx.em, ctx.access!, endpointIdOf(input.endpointId), {
        url: input.url ?? undefined, description: input.description ?? undefined, eventTypes: input.eventTypes ?? undefined, enabled: input.enabled ?? undefined,
      }, settingsOf(ctx));
      if ('errors' in result) return { endpoint: null, userErrors: result.errors };
      return { endpoint: WebhookEndpointType.from(result.endpoint, ctx.now), userErrors: [] };
    }, { endpoint: null });
  }

  @Mutation(() => WebhookEndpointDeletePayload, { description: 'Deletes a webhook endpoint and its delivery log.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookEndpointDelete(@Arg('input', () => WebhookEndpointRefInput, { description: 'The endpoint.' }) input: WebhookEndpointRefInput, @Ctx() ctx: PortalContext): Promise<WebhookEndpointDeletePayload> {
    return withUserErrors<WebhookEndpointDeletePayload>(async () => {
      await deleteEndpoint(ctx.em, ctx.access!, endpointIdOf(input.endpointId));
      return { deletedEndpointId: input.endpointId, userErrors: [] };
    }, { deletedEndpointId: null });
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Gives an endpoint a new signing secret, shown once; the previous one still signs during the overlap.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookEndpointRotateSecret(@Arg('input', () => WebhookEndpointRotateSecretInput, { description: 'The endpoint and the overlap.' }) input: WebhookEndpointRotateSecretInput, @Ctx() ctx: PortalContext): Promise<WebhookEndpointSecretPayload> {
    return withUserErrors<WebhookEndpointSecretPayload>(async () => {
      const { endpoint, secret } = await rotateSecret(ctx.em, ctx.access!, endpointIdOf(input.endpointId), input.overlapHours, ctx.now);
      return { endpoint: WebhookEndpointType.from(endpoint, ctx.now), secret, userErrors: [] };
    }, { endpoint: null, secret: null });
  }

  @Mutation(() => WebhookTestPayload, { description: 'Sends a webhook.test event to this endpoint only.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookEndpointSendTest(@Arg('input', () => WebhookEndpointRefInput, { description: 'The endpoint.' }) input: WebhookEndpointRefInput, @Ctx() ctx: PortalContext): Promise<WebhookTestPayload> {
    return withUserErrors<WebhookTestPayload>(async () => {
      const event = await sendTestEvent(ctx.em, ctx.access!, endpointIdOf(input.endpointId), ctx.now);
      return { event: WebhookEventType.from(event), userErrors: [] };
    }, { event: null });
  }

  @Mutation(() => WebhookReplayPayload, { description: 'Sends one delivery again now, with a new three-day retry window.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookDeliveryReplay(@Arg('input', () => WebhookDeliveryReplayInput, { description: 'The delivery.' }) input: WebhookDeliveryReplayInput, @Ctx() ctx: PortalContext): Promise<WebhookReplayPayload> {
    return withUserErrors<WebhookReplayPayload>(async () => {
      await replayDelivery(ctx.em, ctx.access!, fromGlobalId(input.deliveryId, 'WebhookDelivery'), ctx.now);
      return { replayed: 1, userErrors: [] };
    }, { replayed: null });
  }

  @Mutation(() => WebhookReplayPayload, { description: 'Sends again now every failed delivery of an endpoint since a date.' })
  @Member(Permission.WEBHOOKS_MANAGE)
  async webhookDeliveriesReplay(@Arg('input', () => WebhookDeliveriesReplayInput, { description: 'The endpoint and the date.' }) input: WebhookDeliveriesReplayInput, @Ctx() ctx: PortalContext): Promise<WebhookReplayPayload> {
    return withUserErrors<WebhookReplayPayload>(async () => {
      const replayed = await replayFailedSince(ctx.em, ctx.access!, endpointIdOf(input.endpointId), input.since, ctx.now);
      return { replayed, userErrors: [] };
    }, { replayed: null });
  }
}
