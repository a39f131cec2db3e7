import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@hcc/calendar";
import { describeEvaluation, evaluateDossier, formatWorkingDuration } from "@hcc/sla";

describe("formatWorkingDuration", () => {
  it("writes working days (8 h), hours and minutes, the two largest parts", () => {
    expect(formatWorkingDuration(0)).toBe("0 phút");
    expect(formatWorkingDuration(0, { lang: "en" })).toBe("0 minutes");
    expect(formatWorkingDuration(45)).toBe("45 phút");
    expect(formatWorkingDuration(1, { lang: "en" })).toBe("1 minute");
    expect(formatWorkingDuration(60, { lang: "en" })).toBe("1 hour");
    expect(formatWorkingDuration(195)).toBe("3 giờ 15 phút");
    expect(formatWorkingDuration(480)).toBe("1 ngày");
    expect(formatWorkingDuration(480 + 5)).toBe("1 ngày");
    expect(formatWorkingDuration(2 * 480 + 185, { lang: "en" })).toBe("2 days 3 hours");
    expect(formatWorkingDuration(10 * 480 + 59.9)).toBe("10 ngày");
    expect(formatWorkingDuration(600, { dayMinutes: 600, lang: "en" })).toBe("1 day");
  });
  it("rejects bad input", () => {
    expect(() => formatWorkingDuration(-1)).toThrowError(/minutes must be a finite number ≥ 0, got -1/);
    expect(() => formatWorkingDuration(Number.NaN)).toThrowError(/got NaN/);
    expect(() => formatWorkingDuration(1, { lang: "fr" as never })).toThrowError(/lang must be "vi" or "en", got "fr"/);
    expect(() => formatWorkingDuration(1, { dayMinutes: 0 })).toThrowError(/dayMinutes must be a positive number/);
  });
});

describe("describeEvaluation", () => {
  const calendar = vietnamCalendar();
  const d = { code: "X-1", procedureCode: "1", agencyCode: "X", status: "processing" as const, receivedAt: "2024-03-11T09:00" };
  const wd3 = { value: 3, unit: "working_days" as const };
  it("covers every verdict in both languages", () => {
    const text = (over: object, asOf: string, extra = {}) => {
      const e = evaluateDossier({ ...d, ...over }, { asOf, calendar, processingTime: wd3, ...extra });
      return [describeEvaluation(e), describeEvaluation(e, { lang: "en" })];
    };
    expect(text({ status: "done", endedAt: "2024-03-14T16:00" }, "2024-03-20")).toEqual(["đúng hạn", "on time"]);
    expect(text({ status: "done", endedAt: "2024-03-14T16:00" }, "2024-03-20", { comparator: "instant" })).toEqual(["đúng hạn", "on time"]);
    expect(text({}, "2024-03-14T17:00")).toEqual(["còn 0 phút", "0 minutes left"]);
    expect(text({}, "2024-03-15T00:00")).toEqual(["quá hạn", "overdue"]);
    expect(text({ status: "done", endedAt: "2024-03-15T00:10" }, "2024-03-20")).toEqual(["trễ hạn", "late"]);
    expect(text({}, "2024-03-20", { processingTime: undefined })).toEqual(["đang xử lý", "in progress"]);
  });
  it("rejects something that is not an evaluation", () => {
    expect(() => describeEvaluation({} as never)).toThrowError(/expected a DossierEvaluation/);
    expect(() => describeEvaluation(null as never)).toThrowError(/expected a DossierEvaluation/);
  });
});
