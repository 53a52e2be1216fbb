export * from './enums.js';
export { RIO_PATTERN, e164, makeRio, nationalNumber, rioKey, rioProblem } from './rules/rio.js';
export { PORTING_MIN_WORKING_DAYS, addWorkingDays, earliestPortingDate, isPublicHoliday, isWorkingDay, portingDateProblem } from './rules/working-days.js';
export { expectedActivation, isLate, plannedMilestones, stateAfterMilestone, type PlannedMilestone } from './rules/milestones.js';
export { NUMBERS_MAX, QUANTITY_MAX, QUANTITY_MIN, cancelProblem, milestoneProblem, validateProblem } from './rules/lifecycle.js';
