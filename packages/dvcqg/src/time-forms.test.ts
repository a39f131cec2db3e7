import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInstant } from "@hcc/core";
import { fromLegacyRecord } from "@hcc/dvcqg";

// The same instant — 23:30 on 31 March 2024 in Vietnam, the last half hour of a month and a
// quarter — written in every form the one reader accepts gives the same result through core's
// parseInstant and the portal reader, with the process in a zone far from Vietnam's.
const FORMS: readonly (string | number)[] = [
  "2024-03-31T23:30:00+07:00",
  "2024-03-31T16:30:00Z",
  "2024-03-31T23:30:00",
  "2024-03-31 23:30",
  "20240331233000",
  20240331233000,
  "31/03/2024 23:30",
  "31/03/2024 23:30:00",
];
const WANT = "2024-03-31T23:30:00+07:00";

describe("one instant in every form, under TZ=America/Los_Angeles", () => {
  const before = process.env["TZ"];
  beforeAll(() => {
    process.env["TZ"] = "America/Los_Angeles";
  });
  afterAll(() => {
    if (before === undefined) delete process.env["TZ"];
    else process.env["TZ"] = before;
  });
  it("the zone is really in effect", () => {
    expect(new Date(2024, 2, 31).getTimezoneOffset()).toBe(420); // PDT, UTC−7
  });
  it.each(FORMS.map((f) => [f]))("%j reads as 23:30 on 31 March in Vietnam", (form) => {
    expect(parseInstant(form)).toBe(WANT);
    const { dossier } = fromLegacyRecord({
      MaHoSo: "A-B-240331-0001",
      MaTTHC: "1.001612",
      TrangThaiHoSo: "10",
      NgayTiepNhan: form,
      NgayHenTra: "2024-04-05",
      NgayKetThucXuLy: form,
    });
    expect(dossier.receivedAt).toBe(WANT);
    expect(dossier.endedAt).toBe(WANT);
    expect(dossier.agencyCode).toBe("A-B"); // core's dossier-code rule
  });
});
