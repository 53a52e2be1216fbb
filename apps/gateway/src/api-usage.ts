import { type ApolloServerPlugin } from '@apollo/server';
import { recordApiUsage } from '@portal/identity';
import { type PortalContext } from '@portal/kernel';

/** What the gateway learns of one API token request while answering it. */
export interface RequestUsage {
  apiTokenId: number;
  /** The cost of the operation (the cost limit computes it). */
  cost: number;
  /** The rate limit left after this request (the limiter's header). */
  rateLimitRemaining: number | null;
}

/** The request's usage, kept on the context of token requests only. */
export type UsageContext = PortalContext & { usage?: RequestUsage };

/**
 * Counts each answer to an API token for its owner (per token and day: requests, errors, cost,
 * rate limit left), after the answer, on its own entity manager: counting never slows or fails
 * an answer. An answer is an error when its status is 400 or more or it carries GraphQL errors.
 */
export const apiUsagePlugin: ApolloServerPlugin<UsageContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const usage = contextValue.usage;
        if (!usage) return;
        const body = response.body;
        const errors = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : false;
        const status = response.http.status ?? 200;
        const at = contextValue.now;
        contextValue.background((em) => recordApiUsage(em, { apiTokenId: usage.apiTokenId, at, error: errors || status >= 400, cost: usage.cost, rateLimitRemaining: usage.rateLimitRemaining }));
      },
    };
  },
};
