/** The calendar every server package uses: @portal/calendar's, the one the browser and the tools share. */
export { PORTAL_TIME_ZONE, addDays, addMonthsClamped, daysInMonth, frenchDate, isCalendarDate, monthBounds, monthEnd, todayInParis } from '@portal/calendar';
