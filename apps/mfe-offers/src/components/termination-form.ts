import { isCalendarDate } from '@portal/ui';
import type { OffersEnv } from '../context.js';

/** "Commentaires": 1000 characters at most, as the server refuses beyond (COMMENTS_TOO_LONG). */
export const COMMENTS_MAX = 1000;

/** The errors of a termination form (single or bulk), every one at once; null where a field is right. */
export function terminationFormErrors(t: OffersEnv['t'], desiredOn: string, comments: string): { desiredOn: string | null; comments: string | null } {
  return {
    desiredOn: isCalendarDate(desiredOn) ? null : t('terminate.dateRequired'),
    comments: comments.length > COMMENTS_MAX ? t('terminate.commentsTooLong', { count: comments.length }) : null,
  };
}
