import { describe, expect, it } from "vitest";
import { isHccError } from "@hcc/core";
import { VERDICTS, VERDICT_IN_PROGRESS_OVERDUE, VERDICT_IN_PROGRESS_WITHIN, VERDICT_NOT_RECEIVED, VERDICT_RESOLVED_EARLY, VERDICT_RESOLVED_LATE, VERDICT_RESOLVED_ON_TIME, classifyVerdict } from "@hcc/sla";

const H = 3_600_000;
const DAY = 24 * H;
// Day d at hh:mm Vietnam time, as epoch ms (day 0 = 1970-01-01 in Vietnam).
const vn = (d: number, h: number, m = 0) => d * DAY + (h - 7) * H + m * 60_000;
const base = { receivedMs: vn(0, 9), dueMs: vn(3, 17), endedMs: Number.NaN, asOfMs: vn(10, 12), supplementRequests: 0 };
const v = (over: Partial<typeof base> & { netWorkingMinutes?: number; maxWorkingMinutes?: number }, options = {}) => VERDICTS[classifyVerdict({ ...base, ...over }, options)];

describe("VERDICTS", () => {
  it("keeps the numeric codes 0–5 in the contract's order", () => {
    expect(VERDICTS).toEqual(["not_received", "resolved_early", "resolved_on_time", "resolved_late", "in_progress_within", "in_progress_overdue"]);
    expect([VERDICT_NOT_RECEIVED, VERDICT_RESOLVED_EARLY, VERDICT_RESOLVED_ON_TIME, VERDICT_RESOLVED_LATE, VERDICT_IN_PROGRESS_WITHIN, VERDICT_IN_PROGRESS_OVERDUE]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Object.isFrozen(VERDICTS)).toBe(true);
  });
});

describe("classifyVerdict", () => {
  it("is not_received without a receipt, or when received after as-of", () => {
    expect(v({ receivedMs: Number.NaN })).toBe("not_received");
    expect(v({ receivedMs: vn(11, 8) })).toBe("not_received");
  });
  it("compares Vietnam dates for resolved dossiers", () => {
    expect(v({ endedMs: vn(2, 16) })).toBe("resolved_early");
    expect(v({ endedMs: vn(3, 8) })).toBe("resolved_on_time");
    expect(v({ endedMs: vn(3, 23, 59) })).toBe("resolved_on_time");
    expect(v({ endedMs: vn(4, 0, 1) })).toBe("resolved_late");
  });
  it("uses the Vietnam date, not the UTC date (23:30 in Vietnam is 16:30 UTC the same day; 06:30 is the previous UTC day)", () => {
    // due day 3; ended at 06:30 Vietnam time on day 4 = 23:30 UTC on day 3 → late in Vietnam
    expect(v({ endedMs: vn(4, 6, 30) })).toBe("resolved_late");
  });
  it("the instant comparator makes an end after the due instant on the due date late", () => {
    expect(v({ dueMs: vn(3, 10), endedMs: vn(3, 10, 30) }, { comparator: "instant" })).toBe("resolved_late");
    expect(v({ dueMs: vn(3, 10), endedMs: vn(3, 10) }, { comparator: "instant" })).toBe("resolved_on_time");
    expect(v({ dueMs: vn(3, 10), endedMs: vn(2, 10) }, { comparator: "instant" })).toBe("resolved_early");
    expect(v({ dueMs: vn(3, 10), asOfMs: vn(3, 11) }, { comparator: "instant" })).toBe("in_progress_overdue");
    expect(v({ dueMs: vn(3, 10), asOfMs: vn(3, 11) })).toBe("in_progress_within");
  });
  it("judges open dossiers against the as-of date", () => {
    expect(v({ asOfMs: vn(3, 16) })).toBe("in_progress_within");
    expect(v({ asOfMs: vn(3, 23) })).toBe("in_progress_within");
    expect(v({ asOfMs: vn(4, 7) })).toBe("in_progress_overdue");
    expect(v({ endedMs: vn(12, 9), asOfMs: vn(4, 7) })).toBe("in_progress_overdue");
  });
  it("counts more than one supplement request as late / overdue unless switched off", () => {
    expect(v({ endedMs: vn(1, 9), supplementRequests: 2 })).toBe("resolved_late");
    expect(v({ supplementRequests: 2, asOfMs: vn(1, 9) })).toBe("in_progress_overdue");
    expect(v({ endedMs: vn(1, 9), supplementRequests: 1 })).toBe("resolved_early");
    expect(v({ endedMs: vn(1, 9), supplementRequests: 2 }, { lateIfMultipleSupplements: false })).toBe("resolved_early");
  });
  it("applies the no-due-date rule with net and maximum working minutes", () => {
    expect(v({ dueMs: Number.NaN, endedMs: vn(2, 9), netWorkingMinutes: 1440, maxWorkingMinutes: 1440 })).toBe("resolved_on_time");
    expect(v({ dueMs: Number.NaN, endedMs: vn(2, 9), netWorkingMinutes: 1441, maxWorkingMinutes: 1440 })).toBe("resolved_late");
    expect(v({ dueMs: Number.NaN, netWorkingMinutes: 100, maxWorkingMinutes: 1440 })).toBe("in_progress_within");
    expect(v({ dueMs: Number.NaN, netWorkingMinutes: 2000, maxWorkingMinutes: 1440 })).toBe("in_progress_overdue");
    expect(v({ dueMs: Number.NaN, endedMs: vn(2, 9) })).toBe("resolved_on_time");
    expect(v({ dueMs: Number.NaN })).toBe("in_progress_within");
  });
  it("throws HccError for a non-finite as-of or a malformed input", () => {
    expect(() => classifyVerdict({ ...base, asOfMs: Number.NaN })).toThrowError(/asOfMs must be a finite number, got NaN/);
    let caught: unknown;
    try {
      classifyVerdict(null as never);
    } catch (e) {
      caught = e;
    }
    expect(isHccError(caught)).toBe(true);
  });
  it("names the first field that is not a number", () => {
    expect(() => classifyVerdict({ ...base, dueMs: "2024-01-01" as never })).toThrowError(/dueMs must be a number \(NaN = absent\), got "2024-01-01"/);
    expect(() => classifyVerdict({ ...base, supplementRequests: undefined as never })).toThrowError(/supplementRequests must be a number/);
  });
});
