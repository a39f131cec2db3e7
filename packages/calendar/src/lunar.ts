import { HccError, dayNumberToLocalDate, safely, toDayNumber, type DateInput, type LocalDate, type SafeParseResult } from "@hcc/core";
import * as z from "zod";
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, dayToLunar, leapMonthOf, lunarToDay, monthLength, tetDay } from "./_internal/lunar-core.js";
import { FIRST_DAY, LAST_DAY, outOfRange } from "./_internal/table.js";

/**
 * A date of the Vietnamese lunar calendar (âm lịch), computed at UTC+7: lunar `year` (the civil
 * year in which its Tết falls), `month` 1–12, `day` 1–30, and `leap` for the repeated (nhuận)
 * month.
 *
 * @example
 * ```ts
 * import type { LunarDate } from "@hcc/calendar";
 * const hungKings2025: LunarDate = { year: 2025, month: 3, day: 10, leap: false };
 * ```
 *
 * @category Lunar dates
 */
export interface LunarDate {
  /** Lunar year, named by the civil year of its Tết. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** Whether this is the leap (repeated) month. */
  readonly leap: boolean;
}

/**
 * One month of a lunar year: its number, whether it is the leap month, its first day and length.
 *
 * @example
 * ```ts
 * import { lunarYear, type LunarMonth } from "@hcc/calendar";
 * const leap: LunarMonth | undefined = lunarYear(2025).months.find((m) => m.leap);
 * leap?.start; //=> "2025-07-25"
 * ```
 *
 * @category Lunar dates
 */
export interface LunarMonth {
  /** Month number 1–12. */
  readonly month: number;
  /** Whether it repeats the previous month's number (tháng nhuận). */
  readonly leap: boolean;
  /** Its first day (mùng 1), `YYYY-MM-DD`. */
  readonly start: LocalDate;
  /** 29 or 30 days. */
  readonly length: 29 | 30;
}

/**
 * A lunar year: its Tết, its can-chi name, its leap month (0 when none) and its 12 or 13 months.
 *
 * @example
 * ```ts
 * import { lunarYear, type LunarYear } from "@hcc/calendar";
 * const y: LunarYear = lunarYear(2033);
 * y.leapMonth; //=> 11
 * ```
 *
 * @category Lunar dates
 */
export interface LunarYear {
  /** The lunar year. */
  readonly year: number;
  /** Can-chi name, e.g. `"Quý Sửu"`. */
  readonly name: string;
  /** Tết: day 1 of month 1. */
  readonly tet: LocalDate;
  /** The number of the leap month, 0 when the year has none. */
  readonly leapMonth: number;
  /** The months in order (the leap month after the month it repeats). */
  readonly months: readonly LunarMonth[];
}

const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const;

function checkYear(year: unknown): number {
  if (typeof year !== "number" || !Number.isSafeInteger(year)) {
    throw new HccError("invalid_lunar_date", `The lunar year must be an integer, got ${String(year)}`, { value: year });
  }
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new HccError("out_of_range", `The lunar year ${year} is outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`, { value: year });
  }
  return year;
}

/**
 * The can-chi (sexagenary) name of a lunar year, in Vietnamese: a heavenly stem (can) and an
 * earthly branch (chi), e.g. 2024 → "Giáp Thìn". Vietnamese branches differ from Chinese ones in
 * two animals (Mão is the cat, Sửu the buffalo) but the names are the Sino-Vietnamese ones.
 *
 * @param year - a lunar year (any integer)
 * @returns `"<can> <chi>"`
 * @throws {HccError} `invalid_lunar_date` when the year is not an integer
 * @example
 * ```ts
 * import { canChiYear } from "@hcc/calendar";
 * canChiYear(2024); //=> "Giáp Thìn"
 * canChiYear(2026); //=> "Bính Ngọ"
 * ```
 *
 * @category Lunar dates
 */
export function canChiYear(year: number): string {
  if (typeof year !== "number" || !Number.isSafeInteger(year)) {
    throw new HccError("invalid_lunar_date", `The lunar year must be an integer, got ${String(year)}`, { value: year });
  }
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

/**
 * The lunar date of a civil date in Vietnam (UTC+7), from the precomputed table 1900–2100.
 *
 * @param date - a `Date`, an ISO string or `YYYY-MM-DD` (read in Vietnam time)
 * @returns `{ year, month, day, leap }`
 * @throws {HccError} `invalid_date`, or `out_of_range` outside 1900-01-01 – 2100-12-31
 * @example
 * ```ts
 * import { toLunarDate } from "@hcc/calendar";
 * toLunarDate("2025-04-07"); //=> { year: 2025, month: 3, day: 10, leap: false }
 * toLunarDate("2025-07-25"); //=> { year: 2025, month: 6, day: 1, leap: true }
 * ```
 *
 * @category Lunar dates
 */
export function toLunarDate(date: DateInput): LunarDate {
  const day = toDayNumber(date);
  if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange(date);
  return Object.freeze(dayToLunar(day));
}

const lunarDateSchema = z
  .object({
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(30),
    leap: z.boolean().optional(),
  })
  .strict();

/**
 * The civil date of a lunar date (Vietnamese calendar, UTC+7), lunar years 1899–2100.
 *
 * @param lunar - `{ year, month, day, leap? }` (`leap` defaults to `false`)
 * @returns `YYYY-MM-DD`
 * @throws {HccError} `invalid_lunar_date` for a leap month the year lacks, a day 30 in a 29-day
 *   month or a malformed value; `out_of_range` for a year outside the table
 * @example
 * ```ts
 * import { fromLunarDate } from "@hcc/calendar";
 * fromLunarDate({ year: 2026, month: 1, day: 1, leap: false }); //=> "2026-02-17" (Tết Bính Ngọ)
 * fromLunarDate({ year: 2037, month: 3, day: 10 }); //=> "2037-04-24" (Hùng Kings' day)
 * ```
 *
 * @category Lunar dates
 */
export function fromLunarDate(lunar: { readonly year: number; readonly month: number; readonly day: number; readonly leap?: boolean }): LocalDate {
  const parsed = lunarDateSchema.safeParse(lunar);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HccError("invalid_lunar_date", `Invalid lunar date ${JSON.stringify(lunar)}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(), {
      value: lunar,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
    });
  }
  const { month, day } = parsed.data;
  const leap = parsed.data.leap ?? false;
  const year = checkYear(parsed.data.year);
  const result = lunarToDay(year, month, day, leap);
  if (Number.isNaN(result)) {
    const leapMonth = leapMonthOf(year);
    const why = leap && leapMonth !== month
      ? `lunar year ${year} has ${leapMonth === 0 ? "no leap month" : `leap month ${leapMonth}, not ${month}`}`
      : `month ${month}${leap ? " (leap)" : ""} of lunar year ${year} has 29 days`;
    throw new HccError("invalid_lunar_date", `Invalid lunar date ${year}-${month}${leap ? "L" : ""}-${day}: ${why}`, { value: lunar });
  }
  return dayNumberToLocalDate(result);
}

/**
 * Everything about one lunar year: Tết, can-chi name, leap month and the 12 or 13 months.
 *
 * @param year - a lunar year 1899–2100
 * @returns the {@link LunarYear}
 * @throws {HccError} `out_of_range` outside the table, `invalid_lunar_date` for a non-integer
 * @example
 * ```ts
 * import { lunarYear } from "@hcc/calendar";
 * const y = lunarYear(2025);
 * y.tet; //=> "2025-01-29"
 * y.name; //=> "Ất Tỵ"
 * y.months.length; //=> 13
 * ```
 *
 * @category Lunar dates
 */
export function lunarYear(year: number): LunarYear {
  checkYear(year);
  const leapMonth = leapMonthOf(year);
  const count = leapMonth === 0 ? 12 : 13;
  const months: LunarMonth[] = [];
  let start = tetDay(year);
  for (let i = 0; i < count; i++) {
    const length = monthLength(year, i) as 29 | 30;
    const leap = leapMonth !== 0 && i === leapMonth;
    const month = leapMonth !== 0 && i >= leapMonth ? i : i + 1;
    months.push(Object.freeze({ month, leap, start: dayNumberToLocalDate(start), length }));
    start += length;
  }
  return Object.freeze({ year, name: canChiYear(year), tet: dayNumberToLocalDate(tetDay(year)), leapMonth, months: Object.freeze(months) });
}

/**
 * Non-throwing {@link fromLunarDate}: for user-entered lunar dates (e.g. a death anniversary).
 *
 * @param lunar - anything
 * @returns `{ success: true, data }` with the civil date, or `{ success: false, error }` with the
 *   `HccError` (`invalid_lunar_date` or `out_of_range`)
 * @example
 * ```ts
 * import { safeFromLunarDate } from "@hcc/calendar";
 * safeFromLunarDate({ year: 2024, month: 6, day: 1, leap: true }).success; //=> false (2024 has no leap month)
 * ```
 *
 * @category Lunar dates
 */
export function safeFromLunarDate(lunar: unknown): SafeParseResult<LocalDate> {
  return safely(() => fromLunarDate(lunar as LunarDate));
}
