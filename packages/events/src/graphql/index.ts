import { WebhooksResolver } from './webhooks.resolver.js';

/** The events domain's resolvers, for the gateway's schema. */
export const eventsResolvers = [WebhooksResolver] as const;
