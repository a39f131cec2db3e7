import { describe, expect, it } from "vitest";
import { toEpochMs, vietnamParts } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { syntheticCsv, syntheticDossiers, syntheticNdjson } from "@hcc/examples";

describe("syntheticDossiers", () => {
  it("yields exactly `count` rows, deterministic for a seed", () => {
    const a = [...syntheticDossiers({ count: 5000, seed: 11 })];
    const b = [...syntheticDossiers({ count: 5000, seed: 11 })];
    const c = [...syntheticDossiers({ count: 5000, seed: 12 })];
    expect(a).toHaveLength(5000);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect([...syntheticDossiers({ count: 0 })]).toEqual([]);
  });

  it("receives on working days in sessions, in order, with consistent due and end instants", () => {
    const calendar = vietnamCalendar();
    const rows = [...syntheticDossiers({ count: 6000, seed: 3, from: "2025-01-01", to: "2025-06-30" })];
    let previous = 0;
    let early = 0;
    let late = 0;
    let open = 0;
    const codes = new Set<string>();
    for (const r of rows) {
      const p = vietnamParts(r.receivedAt);
      expect(calendar.isWorkingDayNumber(p.dayNumber)).toBe(true);
      expect((p.minuteOfDay >= 420 && p.minuteOfDay < 690) || (p.minuteOfDay >= 810 && p.minuteOfDay < 1020)).toBe(true);
      const received = toEpochMs(r.receivedAt);
      expect(received).toBeGreaterThanOrEqual(previous);
      previous = received;
      expect(toEpochMs(r.dueAt)).toBeGreaterThanOrEqual(received);
      codes.add(r.code);
      if (r.endedAt === "") {
        open++;
        expect(r.status).toBe("processing");
        continue;
      }
      expect(toEpochMs(r.endedAt)).toBeGreaterThanOrEqual(received);
      const endDay = vietnamParts(r.endedAt).dayNumber;
      const dueDay = vietnamParts(r.dueAt).dayNumber;
      if (endDay < dueDay) early++;
      if (endDay > dueDay && r.status === "returned") late++;
    }
    expect(codes.size).toBe(rows.length);
    expect(early / rows.length).toBeGreaterThan(0.3);
    expect(late / rows.length).toBeGreaterThan(0.01);
    expect(late / rows.length).toBeLessThan(0.1);
    expect(open).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(["direct", "online", "postal"]));
  }, 30_000);

  it("rejects bad options with an HccError naming the value", () => {
    expect(() => syntheticDossiers({ count: -1 })).toThrow(/count must be a non-negative integer, got -1/);
    expect(() => syntheticDossiers({ count: 1.5 })).toThrow(/got 1.5/);
    expect(() => syntheticDossiers({ count: 1, seed: Number.POSITIVE_INFINITY })).toThrow(/seed/);
    expect(() => syntheticDossiers({ count: 1, from: "2024-02-01", to: "2024-01-01" })).toThrow(/before from/);
    expect(() => syntheticDossiers({ count: 1, from: "2024-13-01" })).toThrow(/Invalid date/);
    expect(() => syntheticDossiers({ count: 1, agencyCodes: [] })).toThrow(/agencyCodes/);
  });
});

describe("syntheticCsv and syntheticNdjson", () => {
  it("write the stats column contract, one line per dossier", () => {
    const lines = [...syntheticCsv({ count: 100, seed: 5 })];
    expect(lines[0]).toBe("code,procedureCode,agencyCode,channel,receivedAt,dueAt,endedAt,status\n");
    expect(lines).toHaveLength(101);
    const rows = [...syntheticDossiers({ count: 100, seed: 5 })];
    expect(lines[1]).toBe(`${Object.values(rows[0] ?? {}).join(",")}\n`);
    expect(lines.every((l) => l.endsWith("\n") && l.split(",").length === 8)).toBe(true);
    const json = [...syntheticNdjson({ count: 100, seed: 5 })].map((l) => JSON.parse(l) as Record<string, string>);
    expect(json.map((j) => j["code"])).toEqual(rows.map((r) => r.code));
    expect(json.every((j) => j["endedAt"] === undefined || j["endedAt"] !== "")).toBe(true);
  });
});
