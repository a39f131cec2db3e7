export interface CompiledRow {
  date: string;
  day: number;
  kind: "holiday" | "compensatory" | "bridge_off" | "makeup_workday";
  vi: string;
  en: string;
  source: string;
  optIn?: "culture-day";
}
export const CSV_PATH: string;
export function parseCsv(text: string): string[][];
export function englishName(kind: string, vi: string): string;
export function compileRows(csvText: string): CompiledRow[];
export function renderOfficialDays(csvText?: string): string;
