import { dayOfWeek } from "@hcc/core";
import { dayToLunar, lunarToDay, tetDay } from "./lunar-core.js";

/** A day set by the statutory rules for a year without published data. */
export interface RuleDay {
  readonly day: number;
  readonly kind: "holiday" | "compensatory";
  readonly vi: string;
  readonly en: string;
  /** True when the day comes from a choice the government makes yearly (calendar.md §2). */
  readonly estimated: boolean;
}

/** The legal period a civil year falls in. */
export type LawPeriod = "before-2007" | "2007-2012" | "2013-2020" | "from-2021";

/** Which law governs a civil year's holidays (calendar.md §1). */
export function lawPeriod(year: number): LawPeriod {
  if (year >= 2021) return "from-2021";
  if (year >= 2013) return "2013-2020";
  if (year >= 2007) return "2007-2012";
  return "before-2007";
}

const civilDay = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
const isWeekend = (day: number): boolean => {
  const dow = dayOfWeek(day);
  return dow === 0 || dow === 6;
};

/** The second National Day day (from 2021) by the weekday of 2 September (calendar.md §2). */
const SECOND_NATIONAL_DAY_OFFSET = [1, 1, -1, -1, 1, -1, -1] as const; // Sun..Sat

/**
 * The statutory days off of a civil year computed from the law of its period and the observed
 * choices: Tết days (eve + days 1–3 or 1–4, a Saturday moved to the previous free weekday and a
 * Sunday to the next), New Year, Hùng Kings' day (from 2007), 30/4, 1/5, National Day (two days
 * from 2021), optionally 24/11, and a compensatory day for every holiday on a weekend or on another
 * holiday (next weekday not already off, in date order).
 */
export function ruleDays(year: number, cultureDay: boolean): RuleDay[] {
  const period = lawPeriod(year);
  const off = new Map<number, RuleDay>();
  const needsCompensation: RuleDay[] = [];
  const add = (entry: RuleDay): void => {
    if (off.has(entry.day)) needsCompensation.push(entry);
    else off.set(entry.day, entry);
  };
  const nextFree = (from: number, step: 1 | -1): number => {
    let d = from + step;
    while (isWeekend(d) || off.has(d)) d += step;
    return d;
  };

  // Tết: the eve plus days 1–3 (4 days, until 2012) or 1–4 (5 days, from 2013).
  const tet = tetDay(year);
  const eve = dayToLunar(tet - 1).day;
  const tetDays: RuleDay[] = [{ day: tet - 1, kind: "holiday", vi: `Tết Nguyên đán – ${eve} Tết`, en: "Lunar New Year (Tết)", estimated: true }];
  const count = period === "2007-2012" || period === "before-2007" ? 3 : 4;
  for (let i = 0; i < count; i++) {
    tetDays.push({ day: tet + i, kind: "holiday", vi: `Tết Nguyên đán – Mùng ${i + 1}`, en: "Lunar New Year (Tết)", estimated: i >= 3 });
  }
  for (const d of tetDays) off.set(d.day, d);
  for (const d of tetDays) {
    const dow = dayOfWeek(d.day);
    if (dow !== 0 && dow !== 6) continue;
    const moved = nextFree(d.day, dow === 6 ? -1 : 1);
    off.set(moved, { day: moved, kind: "compensatory", vi: "Nghỉ bù Tết Nguyên đán", en: "Compensatory day off for Lunar New Year (Tết)", estimated: true });
  }

  add({ day: civilDay(year, 1, 1), kind: "holiday", vi: "Tết Dương lịch", en: "New Year's Day", estimated: false });
  if (period !== "before-2007") {
    add({ day: lunarToDay(year, 3, 10, false), kind: "holiday", vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day", estimated: false });
  }
  add({ day: civilDay(year, 4, 30), kind: "holiday", vi: "Ngày Chiến thắng 30/4", en: "Reunification Day", estimated: false });
  add({ day: civilDay(year, 5, 1), kind: "holiday", vi: "Ngày Quốc tế Lao động 1/5", en: "International Labour Day", estimated: false });
  const nationalDay = civilDay(year, 9, 2);
  add({ day: nationalDay, kind: "holiday", vi: "Quốc khánh 2/9", en: "National Day", estimated: false });
  if (period === "from-2021") {
    const second = nationalDay + SECOND_NATIONAL_DAY_OFFSET[dayOfWeek(nationalDay)]!;
    add({ day: second, kind: "holiday", vi: "Quốc khánh 2/9 – ngày liền kề", en: "National Day (adjacent day)", estimated: true });
  }
  if (cultureDay && year >= 2026) {
    add({ day: civilDay(year, 11, 24), kind: "holiday", vi: "Ngày Văn hóa Việt Nam", en: "Vietnamese Culture Day", estimated: true });
  }

  // Compensatory days: every non-Tết holiday on a weekend, and every holiday falling on another.
  const fixed = [...off.values()].filter((d) => d.kind === "holiday" && !tetDays.includes(d) && isWeekend(d.day));
  const owed = [...fixed, ...needsCompensation].sort((a, b) => a.day - b.day);
  for (const h of owed) {
    const day = nextFree(h.day, 1);
    off.set(day, {
      day,
      kind: "compensatory",
      vi: `Nghỉ bù ${h.vi}`,
      en: `Compensatory day off for ${h.en.replace(" (adjacent day)", "")}`,
      estimated: true,
    });
  }
  return [...off.values()].sort((a, b) => a.day - b.day);
}
