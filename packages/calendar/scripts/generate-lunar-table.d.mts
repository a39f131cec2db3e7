export interface LunarMonthRecord {
  year: number;
  month: number;
  leap: boolean;
  start: number;
}
export const FIRST_LUNAR_YEAR: number;
export const LAST_LUNAR_YEAR: number;
export function computeLunarMonths(firstSui: number, lastSui: number, offsetHours?: number): LunarMonthRecord[];
export function computeLunarTable(
  offsetHours?: number,
  first?: number,
  last?: number,
): { first: number; last: number; tet: number[]; info: number[] };
export function renderLunarTable(): string;
