import { readFileSync } from "node:fs";
import { isHccError } from "@hcc/core";
import { fromLegacyRecord, isPaidOnline, onlinePaymentChannels, safeToLegacyRecord, toLegacyRecord } from "@hcc/dvcqg";
import { describe, expect, it } from "vitest";

const vendor = JSON.parse(readFileSync(new URL("../fixtures/legacy-dongbohosomc-vendor.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("DuocThanhToanTrucTuyen: the online payment channel", () => {
  it("lists the four wire codes of rules-2025.md §D; only 1 and 2 are paid online", () => {
    expect(onlinePaymentChannels.entries.map((e) => [e.code, e.key, isPaidOnline(e.key)])).toEqual([
      [0, "not_paid", false],
      [1, "national_portal", true],
      [2, "provincial_gateway", true],
      [3, "not_paid_vendor", false],
    ]);
  });

  it("reads a real vendor's record: all strings, True/False, empty strings and DuocThanhToanTrucTuyen \"3\"", () => {
    const { dossier, extras } = fromLegacyRecord(vendor);
    expect(dossier.channel).toBe("direct");
    expect(dossier.status).toBe("returned");
    expect(dossier.flags).toEqual({ digitised: false, paidOnline: false });
    expect(extras.onlinePayment).toBe("not_paid_vendor");
    expect(extras.vneidVerified).toBe(true);
    expect(extras.documents[0]).toMatchObject({ digitised: true, deleted: false, fromNationalRepository: false });
    expect(extras.databaseCodes).toEqual(["CSDLQGVDC"]);
  });

  it.each([
    ["0", "not_paid", false],
    ["1", "national_portal", true],
    [2, "provincial_gateway", true],
    [" 3 ", "not_paid_vendor", false],
  ] as const)("reads %j as %s and writes it back unchanged", (wire, channel, paid) => {
    const { dossier, extras } = fromLegacyRecord({ ...vendor, DuocThanhToanTrucTuyen: wire });
    expect(extras.onlinePayment).toBe(channel);
    expect(dossier.flags.paidOnline).toBe(paid);
    expect(toLegacyRecord(dossier, { extras }).DuocThanhToanTrucTuyen).toBe(String(wire).trim());
  });

  it("writes the vendor's whole record back with its 3", () => {
    const { dossier, extras } = fromLegacyRecord(vendor);
    const again = toLegacyRecord(dossier, { extras });
    expect(again.DuocThanhToanTrucTuyen).toBe("3");
    expect(again.NgayKetThucXuLy).toBe("20250811160000");
    expect(again.NgayTra).toBe("20250813090000");
  });

  it("accepts an old sender's yes/no and writes it as 1/0", () => {
    const yes = fromLegacyRecord({ ...vendor, DuocThanhToanTrucTuyen: "True" });
    expect(yes.dossier.flags.paidOnline).toBe(true);
    expect(yes.extras.onlinePayment).toBeUndefined();
    expect(toLegacyRecord(yes.dossier, { extras: yes.extras }).DuocThanhToanTrucTuyen).toBe("1");
    expect(fromLegacyRecord({ ...vendor, DuocThanhToanTrucTuyen: "" }).dossier.flags.paidOnline).toBeUndefined();
  });

  it("refuses a code outside 0–3 by its wire name", () => {
    try {
      fromLegacyRecord({ ...vendor, DuocThanhToanTrucTuyen: "4" });
      expect.unreachable();
    } catch (error) {
      expect(isHccError(error) && error.issues.map((i) => i.path.join("."))).toEqual(["DuocThanhToanTrucTuyen"]);
    }
  });

  it("refuses to write a payment channel that contradicts flags.paidOnline", () => {
    const { dossier, extras } = fromLegacyRecord(vendor);
    const r = safeToLegacyRecord({ ...dossier, flags: { paidOnline: true } }, { extras });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(["DuocThanhToanTrucTuyen"]);
  });
});
