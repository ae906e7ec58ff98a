/** The weekly summary e-mail's figures, win-back list and recipients (docs/EMAIL.md). */
export { weeklySummary, weekFigures, lastCompleteWeek, FIGURE_KEYS, type WeekFigures, type WeeklySummary, type WeeklyOptions, type FigureKey } from './figures';
export { winBackList, type WinBackCustomer, type WinBackOptions } from './winBack';
export { parseRecipients, MAX_RECIPIENTS, type ParsedRecipients } from './recipients';
