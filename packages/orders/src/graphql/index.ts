import { OrderResolver } from './order.resolver.js';

/** The orders domain's GraphQL resolvers, for the gateway's schema. */
export const ordersResolvers = [OrderResolver] as const;
