import { CancelledBy, OrderState } from '../enums.js';

/** Why an order cannot be cancelled by that party now (typed code), or null when it can. */
export function cancelProblem(state: OrderState, by: CancelledBy, reason: string | null): 'ORDER_NOT_CANCELLABLE' | 'CANCEL_REASON_REQUIRED' | null {
  if (by === CancelledBy.CUSTOMER) return state === OrderState.RECEIVED ? null : 'ORDER_NOT_CANCELLABLE';
  if (state === OrderState.DELIVERED || state === OrderState.CANCELLED) return 'ORDER_NOT_CANCELLABLE';
  return reason && reason.trim() !== '' ? null : 'CANCEL_REASON_REQUIRED';
}

/** Why the provider cannot validate the order now, or null. */
export function validateProblem(state: OrderState): 'ORDER_NOT_RECEIVED' | null {
  return state === OrderState.RECEIVED ? null : 'ORDER_NOT_RECEIVED';
}

/** Why a milestone cannot be marked done now, or null: the order must be validated and not finished. */
export function milestoneProblem(state: OrderState): 'ORDER_NOT_VALIDATED' | 'ORDER_CLOSED' | null {
  if (state === OrderState.RECEIVED) return 'ORDER_NOT_VALIDATED';
  if (state === OrderState.DELIVERED || state === OrderState.CANCELLED) return 'ORDER_CLOSED';
  return null;
}

/** Quantities a cart line may carry. */
export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 50;
/** Numbers a number line may carry (new and ported together). */
export const NUMBERS_MAX = 100;
