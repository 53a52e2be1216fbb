import { describe, expect, it } from 'vitest';
import { CancelledBy, MilestoneKind, OfferFamily, OrderState } from '../enums.js';
import { cancelProblem, milestoneProblem, validateProblem } from './lifecycle.js';
import { expectedActivation, isLate, plannedMilestones, stateAfterMilestone } from './milestones.js';
import { isWorkingDay } from './working-days.js';

describe('delivery milestones', () => {
  it('plans fibre as étude, commande d’accès, rendez-vous technicien, mise en service, on working days', () => {
    const plan = plannedMilestones(OfferFamily.INTERNET_ACCESS, '2026-11-23');
    expect(plan.map((m) => m.kind)).toEqual([MilestoneKind.FEASIBILITY_STUDY, MilestoneKind.ACCESS_ORDER, MilestoneKind.TECHNICIAN_APPOINTMENT, MilestoneKind.ACTIVATION]);
    expect(plan.every((m) => isWorkingDay(m.plannedOn))).toBe(true);
    expect(expectedActivation(plan)).toBe('2026-12-15');
  });

  it('plans numbers as réservation, portabilité planifiée, numéros portés, the last on the latest porting date', () => {
    const plan = plannedMilestones(OfferFamily.NUMBERS, '2026-11-23', '2026-12-10');
    expect(plan.map((m) => m.kind)).toEqual([MilestoneKind.NUMBER_RESERVATION, MilestoneKind.PORTING_PLANNED, MilestoneKind.NUMBERS_PORTED]);
    expect(expectedActivation(plan)).toBe('2026-12-10');
    expect(expectedActivation(plannedMilestones(OfferFamily.NUMBERS, '2026-11-23'))).toBe('2026-12-02');
  });

  it('plans a trunk as configuration, tests, mise en service', () => {
    expect(plannedMilestones(OfferFamily.SIP_TRUNK, '2026-11-23').map((m) => m.kind)).toEqual([MilestoneKind.CONFIGURATION, MilestoneKind.TESTS, MilestoneKind.ACTIVATION]);
  });

  it.each([
    [{ plannedOn: '2026-12-01' }, '2026-12-01', false],
    [{ plannedOn: '2026-12-01' }, '2026-12-02', true],
    [{ plannedOn: '2026-12-01', doneOn: '2026-12-01' }, '2026-12-20', false],
    [{ plannedOn: '2026-12-01', doneOn: '2026-12-03' }, '2026-12-20', true],
  ])('flags %o late on %s: %s', (milestone, today, late) => {
    expect(isLate(milestone, today)).toBe(late);
  });

  it('moves the order to in delivery, then delivered when every milestone is done', () => {
    expect(stateAfterMilestone(false)).toBe(OrderState.IN_DELIVERY);
    expect(stateAfterMilestone(true)).toBe(OrderState.DELIVERED);
  });
});

describe('order lifecycle', () => {
  it('lets the customer cancel only while the order is received', () => {
    expect(cancelProblem(OrderState.RECEIVED, CancelledBy.CUSTOMER, null)).toBeNull();
    expect(cancelProblem(OrderState.VALIDATED, CancelledBy.CUSTOMER, null)).toBe('ORDER_NOT_CANCELLABLE');
  });

  it('lets the provider cancel until delivery, with a reason', () => {
    expect(cancelProblem(OrderState.IN_DELIVERY, CancelledBy.PROVIDER, 'Adresse non éligible')).toBeNull();
    expect(cancelProblem(OrderState.IN_DELIVERY, CancelledBy.PROVIDER, '  ')).toBe('CANCEL_REASON_REQUIRED');
    expect(cancelProblem(OrderState.DELIVERED, CancelledBy.PROVIDER, 'trop tard')).toBe('ORDER_NOT_CANCELLABLE');
  });

  it('validates a received order only, and moves milestones of a validated one only', () => {
    expect(validateProblem(OrderState.RECEIVED)).toBeNull();
    expect(validateProblem(OrderState.VALIDATED)).toBe('ORDER_NOT_RECEIVED');
    expect(milestoneProblem(OrderState.RECEIVED)).toBe('ORDER_NOT_VALIDATED');
    expect(milestoneProblem(OrderState.IN_DELIVERY)).toBeNull();
    expect(milestoneProblem(OrderState.CANCELLED)).toBe('ORDER_CLOSED');
  });
});
