import { Temporal } from 'temporal-polyfill';
import { MilestoneKind, OfferFamily, OrderState } from '../enums.js';
import { addWorkingDays } from './working-days.js';

/** A milestone as planned: its kind and its planned date. */
export interface PlannedMilestone {
  kind: MilestoneKind;
  plannedOn: string;
}

/** Working days after the order at which each milestone of a family is planned; the last one is the activation. */
const PLANS: Readonly<Record<OfferFamily, readonly [MilestoneKind, number][]>> = {
  [OfferFamily.INTERNET_ACCESS]: [[MilestoneKind.FEASIBILITY_STUDY, 3], [MilestoneKind.ACCESS_ORDER, 5], [MilestoneKind.TECHNICIAN_APPOINTMENT, 15], [MilestoneKind.ACTIVATION, 16]],
  [OfferFamily.NUMBERS]: [[MilestoneKind.NUMBER_RESERVATION, 1], [MilestoneKind.PORTING_PLANNED, 2], [MilestoneKind.NUMBERS_PORTED, 7]],
  [OfferFamily.SIP_TRUNK]: [[MilestoneKind.CONFIGURATION, 3], [MilestoneKind.TESTS, 5], [MilestoneKind.ACTIVATION, 6]],
  [OfferFamily.UNIFIED_COMMUNICATIONS]: [[MilestoneKind.CONFIGURATION, 5], [MilestoneKind.ACTIVATION, 10]],
  [OfferFamily.MOBILE]: [[MilestoneKind.SIM_SHIPPING, 2], [MilestoneKind.ACTIVATION, 4]],
};

/**
 * The milestones of a line of a family ordered on `orderedOn`, each planned on a working day. A
 * number line's last milestone ("numéros portés") is planned on the latest porting date asked for,
 * when later than its usual date.
 */
export function plannedMilestones(family: OfferFamily, orderedOn: string, latestPortingOn: string | null = null): PlannedMilestone[] {
  const plan = PLANS[family].map(([kind, days]) => ({ kind, plannedOn: addWorkingDays(orderedOn, days) }));
  const last = plan[plan.length - 1]!;
  if (latestPortingOn && Temporal.PlainDate.compare(latestPortingOn, last.plannedOn) > 0) last.plannedOn = latestPortingOn;
  return plan;
}

/** A Modification's milestones: the change is configured, then put in service two working days after the order. */
export function modificationMilestones(orderedOn: string): PlannedMilestone[] {
  return [{ kind: MilestoneKind.CONFIGURATION, plannedOn: addWorkingDays(orderedOn, 1) }, { kind: MilestoneKind.ACTIVATION, plannedOn: addWorkingDays(orderedOn, 2) }];
}

/** The expected activation of a line: its last milestone's planned date (the cost is computed from it). */
export function expectedActivation(plan: readonly PlannedMilestone[]): string {
  return plan[plan.length - 1]!.plannedOn;
}

/** En retard: not done and its planned date is past, or done after it. */
export function isLate(milestone: { plannedOn: string; doneOn?: string | null }, today: string): boolean {
  const reference = milestone.doneOn ?? today;
  return Temporal.PlainDate.compare(reference, milestone.plannedOn) > 0;
}

/** The order's state once a milestone is done: in delivery, or delivered when every line is. */
export function stateAfterMilestone(allDone: boolean): OrderState {
  return allDone ? OrderState.DELIVERED : OrderState.IN_DELIVERY;
}
