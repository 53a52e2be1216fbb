import { notifyViewerChange } from '@portal/graphql-client';
import { type AuthEnv } from '../context.js';

/** Where a completed sign-in goes: the terms first, then a second factor the company requires, then `next`. */
export function afterSignIn(env: AuthEnv, viewer: { termsAccepted: boolean; secondFactorSetupRequired: boolean } | null | undefined): void {
  notifyViewerChange();
  const target = env.next();
  if (!viewer?.termsAccepted) return env.navigate(`/auth/terms?next=${encodeURIComponent(target)}`);
  if (viewer.secondFactorSetupRequired) return env.navigate(`/auth/second-factor?next=${encodeURIComponent(target)}`);
  env.navigate(target);
}
