/**
 * Calendar dates in the browser, as the server counts them: the one dependency-free calendar the
 * server, the browser and the tools share (@portal/calendar), bundled into the UI kit.
 */
export { addMonthsClamped, isCalendarDate, isValidDay, todayInParis } from '@portal/calendar';
