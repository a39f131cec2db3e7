import { describe, expect, it } from "vitest";
import {
  type CodeList,
  applicantKinds,
  channels,
  defineCodeList,
  dossierStatuses,
  isReceivedStatus,
  isTerminalStatus,
  levels,
  onlineServiceLevels,
  pauseKinds,
  places,
  returnMethods,
  stepKinds,
  TERMINAL_STATUS_PRECEDENCE,
  TERMINAL_STATUSES,
  timeUnits,
} from "@hcc/core";

describe("national code lists", () => {
  it("dossier statuses are 1–10 in order", () => {
    expect(dossierStatuses.entries.map((e) => e.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dossierStatuses.fromCode(10)).toBe("returned");
    expect(dossierStatuses.fromCode("5")).toBe("supplement_requested");
    expect(dossierStatuses.fromCode(" 9 ")).toBe("done");
    expect(dossierStatuses.fromCode("processing")).toBe("processing");
    expect(dossierStatuses.label("returned")).toBe("Đã trả kết quả");
    expect(dossierStatuses.label("returned", "en")).toBe("Result returned");
  });
  it("channels, levels, return methods carry the wire codes", () => {
    expect(channels.toCode("direct")).toBe(1);
    expect(channels.toCode("postal")).toBe(3);
    expect(levels.fromCode(0)).toBe("ministry");
    expect(levels.fromCode(3)).toBe("commune");
    expect(returnMethods.fromCode("0")).toBe("desk");
    expect(applicantKinds.fromCode(5)).toBe("household_business");
    expect(onlineServiceLevels.fromCode(20)).toBe("full");
    expect(pauseKinds.keys).toEqual(["supplement", "financial_obligation", "consultation", "other"]);
    expect(places.keys).toEqual(["center", "department", "other"]);
    expect(stepKinds.keys.slice(0, 4)).toEqual(["receive", "appraise", "approve", "return"]);
    expect(timeUnits.keys).toEqual(["working_hours", "working_days", "calendar_days", "months"]);
  });
  it("every list has distinct codes and keys and labels in both languages", () => {
    const lists = [dossierStatuses, channels, levels, returnMethods, pauseKinds, applicantKinds, onlineServiceLevels, places, stepKinds, timeUnits];
    for (const list of lists as unknown as CodeList<string>[]) {
      expect(new Set(list.entries.map((e) => e.code)).size).toBe(list.entries.length);
      for (const entry of list.entries) {
        expect(list.fromCode(entry.code)).toBe(entry.key);
        expect(list.toCode(entry.key)).toBe(entry.code);
        expect(list.label(entry.key, "vi")).not.toBe("");
        expect(list.label(entry.key, "en")).not.toBe("");
        expect(list.is(entry.key)).toBe(true);
      }
      expect(Object.isFrozen(list)).toBe(true);
    }
  });
  it("unknown codes throw unknown_code naming the value and the choices", () => {
    expect(() => channels.fromCode(4)).toThrowErrorMatchingInlineSnapshot(
      `[HccError: Unknown channel 4: expected one of direct (1), online (2), postal (3)]`,
    );
    expect(() => channels.fromCode("fax")).toThrow(/Unknown channel "fax"/);
    expect(() => channels.toCode("fax" as "direct")).toThrow(/Unknown channel "fax"/);
    expect(() => channels.label("fax" as "direct")).toThrow(/Unknown channel "fax"/);
    expect(channels.is("1")).toBe(false);
    expect(channels.is(1)).toBe(false);
  });
  it("the zod schema accepts keys, numbers and numeric strings and outputs the key", () => {
    expect(channels.schema.parse("online")).toBe("online");
    expect(channels.schema.parse(2)).toBe("online");
    expect(channels.schema.parse("2")).toBe("online");
    const failed = channels.schema.safeParse(9);
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe("Unknown channel 9: expected one of direct (1), online (2), postal (3)");
    expect(channels.schema.safeParse(true).success).toBe(false);
  });
});

describe("status helpers", () => {
  it("received and terminal statuses", () => {
    expect(dossierStatuses.keys.filter((s) => !isReceivedStatus(s))).toEqual(["registered", "not_received"]);
    expect(dossierStatuses.keys.filter(isTerminalStatus)).toEqual(["withdrawn", "stopped", "done", "returned"]);
    expect([...TERMINAL_STATUSES].sort()).toEqual(["done", "returned", "stopped", "withdrawn"]);
    expect(TERMINAL_STATUS_PRECEDENCE.done).toBeGreaterThan(TERMINAL_STATUS_PRECEDENCE.returned);
    expect(TERMINAL_STATUS_PRECEDENCE.returned).toBeGreaterThan(TERMINAL_STATUS_PRECEDENCE.stopped);
  });
});

describe("defineCodeList", () => {
  it("builds a custom list", () => {
    const shifts = defineCodeList("shift", [
      { key: "morning", code: 1, label: { vi: "Sáng", en: "Morning" } },
      { key: "afternoon", code: 2, label: { vi: "Chiều", en: "Afternoon" } },
    ] as const);
    expect(shifts.fromCode(2)).toBe("afternoon");
    expect(shifts.keys).toEqual(["morning", "afternoon"]);
  });
  it("rejects repeated keys or codes", () => {
    const repeated = [
      { key: "a", code: 1, label: { vi: "A", en: "A" } },
      { key: "b", code: 1, label: { vi: "B", en: "B" } },
    ] as const;
    expect(() => defineCodeList("broken", repeated)).toThrow(/repeats key b or code 1/);
  });
});
