import { claimDrafts, notifyViewerChange } from '@portal/graphql-client';
import { type AuthEnv } from '../context.js';

/**
 * Where a completed sign-in goes: the terms first, then a second factor the company requires, then
 * `next`. The tab's form drafts are `login`'s from now on (another user's are dropped).
 */
export function afterSignIn(env: AuthEnv, login: string, viewer: { termsAccepted: boolean; secondFactorSetupRequired: boolean } | null | undefined): void {
  claimDrafts(login);
  notifyViewerChange();
  const target = env.next();
  if (!viewer?.termsAccepted) return env.navigate(`/auth/terms?next=${encodeURIComponent(target)}`);
  if (viewer.secondFactorSetupRequired) return env.navigate(`/auth/second-factor?next=${encodeURIComponent(target)}`);
  env.navigate(target);
}
