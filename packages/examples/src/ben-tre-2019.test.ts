import { describe, expect, it, vi } from "vitest";

vi.setConfig({ testTimeout: 30_000 });
import { dayOfWeek, epochMsToDayNumber, localDateToDayNumber, parseDossier, toEpochMs, vietnamParts } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { computeDueDate } from "@hcc/sla";
import { BEN_TRE_2019, benTreCatalogue, generateBenTre2019, seedFigures } from "@hcc/examples";

const dossiers = generateBenTre2019();

describe("generateBenTre2019", () => {
  it("reproduces every figure of the seed article exactly", () => {
    const f = seedFigures(dossiers);
    expect(f.received).toEqual({ total: 14168, direct: 11533, postal: 1958, online: 677 });
    expect(f.resolved).toBe(12356);
    expect(f.inProgress).toBe(1812);
    expect(f.postalReturns).toBe(1516);
    expect(f.received).toEqual(BEN_TRE_2019.received);
  });

  it("is deterministic for a seed and differs between seeds while keeping the totals", () => {
    const again = generateBenTre2019();
    expect(again.map((d) => d.code + d.receivedAt + d.endedAt)).toEqual(dossiers.map((d) => d.code + d.receivedAt + d.endedAt));
    const other = generateBenTre2019({ seed: 42 });
    expect(other.map((d) => d.receivedAt)).not.toEqual(dossiers.map((d) => d.receivedAt));
    expect(seedFigures(other)).toEqual(seedFigures(dossiers));
  });

  it("receives only on working days of the 2019 calendar, inside the working sessions", () => {
    const calendar = vietnamCalendar();
    const days = new Set<number>();
    for (const d of dossiers) {
      const p = vietnamParts(d.receivedAt as string);
      expect(calendar.isWorkingDayNumber(p.dayNumber)).toBe(true);
      expect(dayOfWeek(p.dayNumber)).not.toBe(0);
      const m = p.minuteOfDay;
      expect((m >= 420 && m <= 690) || (m >= 810 && m <= 1020)).toBe(true);
      days.add(p.dayNumber);
    }
    expect(Math.min(...days)).toBe(localDateToDayNumber("2019-05-06"));
    expect(Math.max(...days)).toBe(localDateToDayNumber("2019-08-09"));
    expect(days.size).toBe(70);
  });

  it("computes dueAt from the procedure's processing time", () => {
    const calendar = vietnamCalendar();
    for (const d of dossiers.slice(0, 3000)) {
      const procedure = benTreCatalogue.find((p) => p.code === d.procedureCode);
      const time = procedure?.cases[0]?.channels[0]?.processingTime;
      expect(time).toBeDefined();
      if (time === undefined || d.receivedAt === undefined || d.dueAt === undefined) continue;
      const receivedDay = epochMsToDayNumber(toEpochMs(d.receivedAt));
      const dueDay = epochMsToDayNumber(toEpochMs(d.dueAt));
      expect(calendar.isWorkingDayNumber(dueDay)).toBe(true);
      if (time.unit === "working_days" && time.value > 0 && procedure?.timing?.cutoff === undefined) {
        let count = 0;
        for (let day = receivedDay + 1; day <= dueDay; day++) if (calendar.isWorkingDayNumber(day)) count++;
        expect(count).toBe(time.value);
        expect(vietnamParts(d.dueAt).minuteOfDay).toBe(17 * 60);
      }
      if (time.unit === "calendar_days") expect(dueDay - receivedDay).toBeGreaterThanOrEqual(time.value);
    }
  });

  it("ends dossiers after receipt and no later than 9 Aug, with a realistic early / on-time / late split", () => {
    const asOf = toEpochMs(BEN_TRE_2019.asOf);
    let early = 0;
    let onTime = 0;
    let late = 0;
    let overdue = 0;
    for (const d of dossiers) {
      if (d.endedAt === undefined) {
        expect(d.status).toBe("processing");
        if (epochMsToDayNumber(toEpochMs(d.dueAt as string)) < localDateToDayNumber("2019-08-09")) overdue++;
        continue;
      }
      const end = toEpochMs(d.endedAt);
      expect(end).toBeGreaterThanOrEqual(toEpochMs(d.receivedAt as string));
      expect(end).toBeLessThanOrEqual(asOf);
      const endDay = epochMsToDayNumber(end);
      const dueDay = epochMsToDayNumber(toEpochMs(d.dueAt as string));
      if (endDay < dueDay) early++;
      else if (endDay === dueDay) onTime++;
      else late++;
    }
    const resolved = early + onTime + late;
    expect(resolved).toBe(12356);
    expect(late / resolved).toBeGreaterThan(0.01);
    expect(late / resolved).toBeLessThan(0.12);
    expect(early / resolved).toBeGreaterThan(0.3);
    expect(onTime / resolved).toBeGreaterThan(0.15);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(1812 / 2);
  });

  it("produces valid dossiers that parse unchanged with @hcc/core", () => {
    for (const d of [dossiers[0], dossiers[7000], dossiers[14167]]) {
      expect(parseDossier(d)).toEqual(d);
    }
    expect(new Set(dossiers.map((d) => d.code)).size).toBe(14168);
    expect(dossiers.every((d) => /^000\.00\.\d{2}\.H07-19\d{4}-\d{4}$/.test(d.code))).toBe(true);
  });

  it("returns by post only resolved, returned dossiers and records the four steps", () => {
    for (const d of dossiers) {
      if (d.returnMethod === "post") expect(d.status).toBe("returned");
      if (d.status === "returned") expect(d.events.map((e) => e.step)).toEqual(["receive", "appraise", "approve", "return"]);
    }
  });

  it("rejects a seed that is not a number", () => {
    expect(() => generateBenTre2019({ seed: Number.NaN })).toThrow(/seed must be a finite number/);
  });
});

describe("due dates of the generated dossiers", () => {
  it("follow the procedure's cut-off hour: same-day procedures received after 15:00 are due the next working day", () => {
    const calendar = vietnamCalendar();
    let checked = 0;
    for (const d of dossiers) {
      const procedure = benTreCatalogue.find((p) => p.code === d.procedureCode);
      if (procedure?.timing?.cutoff !== "15:00" || procedure.cases[0]?.channels[0]?.processingTime?.unit !== "working_days") continue;
      const p = vietnamParts(d.receivedAt as string);
      const dueDay = epochMsToDayNumber(toEpochMs(d.dueAt as string));
      expect(dueDay).toBe(p.minuteOfDay >= 15 * 60 ? calendar.addWorkingDayNumbers(p.dayNumber, 1) : p.dayNumber);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("agree with @hcc/sla's computeDueDate for the procedure's channel time", () => {
    const calendar = vietnamCalendar();
    for (const d of dossiers.slice(0, 500)) {
      const procedure = benTreCatalogue.find((p) => p.code === d.procedureCode);
      const option = procedure?.cases[0]?.channels.find((c) => c.channel === d.channel);
      const cutoff = procedure?.timing?.cutoff;
      const due = computeDueDate(d.receivedAt as string, option?.processingTime ?? { value: 0, unit: "working_days" }, cutoff === undefined ? { calendar } : { calendar, cutoff });
      expect(d.dueAt).toBe(due.at);
    }
  });
});

describe("the Biểu 06 report of the generated dossiers (@hcc/stats)", () => {
  it("reproduces the seed's figures and keeps the four invariants", async () => {
    const { SEED_STYLE, buildReport, createAggregator } = await import("@hcc/stats");
    const aggregator = createAggregator({ from: BEN_TRE_2019.period.from, to: BEN_TRE_2019.period.to, asOf: BEN_TRE_2019.period.to, groupBy: ["agency", "channel"] });
    aggregator.addMany(dossiers);
    const report = buildReport(aggregator.state(), { summary: SEED_STYLE });
    expect(report.summary.received).toEqual(BEN_TRE_2019.received);
    expect(report.summary.resolved).toBe(BEN_TRE_2019.resolved);
    expect(report.summary.inProgress).toBe(BEN_TRE_2019.inProgress);
    expect(report.summary.percent).toEqual({ direct: 81.4, postal: 13.81, online: 4.77, resolved: 87.2, inProgress: 12.8 });
    const t = report.total;
    expect([t.received, t.newOnline, t.newDirectOrPostal, t.carriedOver]).toEqual([14168, 677, 11533 + 1958, 0]);
    expect(t.early + t.onTime + t.late).toBe(t.resolved);
    expect(t.within + t.overdue).toBe(t.inProgress);
    expect(report.rows.length).toBeGreaterThan(5);
  });
});
