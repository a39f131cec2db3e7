import { describe, expectTypeOf, it } from "vitest";
import {
  dayNumberToLocalDate,
  epochMsToDayNumber,
  formatInstant,
  localDateToDayNumber,
  parseDossierCode,
  parseInstant,
  parseLocalDate,
  toDayNumber,
  vietnamParts,
  type DateInput,
  type DayNumber,
  type Instant,
  type LocalDate,
} from "@hcc/core";

describe("the time model is branded", () => {
  it("readers give branded outputs", () => {
    expectTypeOf(parseInstant("2019-05-06")).toEqualTypeOf<Instant>();
    expectTypeOf(formatInstant(0)).toEqualTypeOf<Instant>();
    expectTypeOf(parseLocalDate("2019-05-06")).toEqualTypeOf<LocalDate>();
    expectTypeOf(dayNumberToLocalDate(18022)).toEqualTypeOf<LocalDate>();
    expectTypeOf(toDayNumber("2019-05-06")).toEqualTypeOf<DayNumber>();
    expectTypeOf(epochMsToDayNumber(0)).toEqualTypeOf<DayNumber>();
    expectTypeOf(vietnamParts("2019-05-06").dayNumber).toEqualTypeOf<DayNumber>();
    expectTypeOf(parseDossierCode("000.00.53.H48-220921-0099").date).toEqualTypeOf<LocalDate>();
  });
  it("the forms do not mix", () => {
    const at = parseInstant("2019-05-06T08:00");
    const day = parseLocalDate(at);
    const n = toDayNumber(at);
    expectTypeOf(at).not.toEqualTypeOf<LocalDate>();
    // @ts-expect-error a LocalDate is not an Instant
    const a: Instant = day;
    // @ts-expect-error an Instant is not a LocalDate
    const b: LocalDate = at;
    // @ts-expect-error a plain string is not an Instant until it is read
    const c: Instant = "2019-05-06T08:00:00+07:00";
    // @ts-expect-error epoch milliseconds are not a day number
    const d: DayNumber = Date.now();
    // @ts-expect-error a day number is not a LocalDate
    const e: LocalDate = n;
    void [a, b, c, d, e];
  });
  it("inputs stay lenient", () => {
    expectTypeOf<string>().toExtend<DateInput>();
    expectTypeOf<Instant>().toExtend<DateInput>();
    expectTypeOf<LocalDate>().toExtend<DateInput>();
    expectTypeOf<DayNumber>().toExtend<number>();
    expectTypeOf(localDateToDayNumber).parameter(0).toExtend<string>();
    expectTypeOf(parseInstant).parameter(0).toEqualTypeOf<DateInput | number>();
    // arithmetic on day numbers gives numbers, which every day-number parameter accepts
    expectTypeOf(dayNumberToLocalDate(toDayNumber("2019-05-06") + 1)).toEqualTypeOf<LocalDate>();
  });
});
