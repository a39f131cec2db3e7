import { describe, expect, it } from "vitest";
import { ingest, receiptRange } from "@hcc/stats";

const HEADER = "MaHoSo,MaTTHC,KenhThucHien,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy";

describe("receiptRange", () => {
  it("gives the first and last receipt dates of a CSV, in Vietnam time, whatever the date format", async () => {
    const csv = [
      HEADER,
      "000.00.53.H07-240304-0001,1.001612,2,10,20240304080000,20240308170000,20240307100000",
      "000.00.53.H07-240301-0002,1.001612,1,4,2024-02-29T17:30:00Z,,", // 1 March 00:30 in Vietnam
      "000.00.53.H07-240315-0003,1.001612,3,5,2024-03-15T09:00,,",
      "",
    ].join("\r\n");
    expect(await receiptRange(csv)).toEqual({ from: "2024-03-01", to: "2024-03-15" });
    // chunked bytes (a line and a character split across chunks) read the same
    const bytes = new TextEncoder().encode(csv);
    const chunks = [bytes.subarray(0, 37), bytes.subarray(37, 120), bytes.subarray(120)];
    expect(await receiptRange(chunks)).toEqual({ from: "2024-03-01", to: "2024-03-15" });
  });

  it("reads NDJSON, JSON arrays and a semicolon CSV as ingest does", async () => {
    const rows = [
      { MaHoSo: "A-1", MaTTHC: "1.001612", MaCoQuan: "A", TrangThaiHoSo: 4, NgayTiepNhan: "20240105080000" },
      { code: "A-2", procedureCode: "1.001612", agencyCode: "A", status: "processing", receivedAt: "2024-01-09T10:00+07:00" },
    ];
    expect(await receiptRange(rows.map((r) => JSON.stringify(r)).join("\n"))).toEqual({ from: "2024-01-05", to: "2024-01-09" });
    expect(await receiptRange(JSON.stringify(rows))).toEqual({ from: "2024-01-05", to: "2024-01-09" });
    const semicolon = "code;procedureCode;agencyCode;status;receivedAt\nA-1;1.001612;A;4;2024-01-05\nA-2;1.001612;A;4;2024-02-07\n";
    expect(await receiptRange(semicolon, { delimiter: ";" })).toEqual({ from: "2024-01-05", to: "2024-02-07" });
  });

  it("leaves out bad rows and dossiers never received, like the report", async () => {
    const csv = [
      "code,procedureCode,agencyCode,status,receivedAt,endedAt",
      "A-1,1.001612,A,4,2024-03-10,",
      "A-2,1.001612,A,3,2024-01-01,", // never received
      "A-3,1.001612,A,10,2024-02-01,", // terminal without an end: bad
      "A-4,1.001612,A,4,not a date,", // bad
      "A-5,1.001612,A,4,2024-03-20,",
    ].join("\n");
    expect(await receiptRange(csv)).toEqual({ from: "2024-03-10", to: "2024-03-20" });
    const report = await ingest(csv, { from: "2024-03-10", to: "2024-03-20", mode: "lenient" });
    expect(report.badCount).toBe(2);
  });

  it("is undefined for an empty source or one without a readable receipt", async () => {
    expect(await receiptRange("")).toBeUndefined();
    expect(await receiptRange("  \n")).toBeUndefined();
    expect(await receiptRange("code,procedureCode,agencyCode,status,receivedAt\nA-1,1.001612,A,1,\n")).toBeUndefined();
  });

  it("fails as ingest does on an unreadable input, and on bad options", async () => {
    await expect(receiptRange("code,receivedAt\nA-1,2024-03-10\n")).rejects.toMatchObject({ code: "parse_error" });
    await expect(receiptRange("[{", { format: "json" })).rejects.toMatchObject({ code: "parse_error" });
    await expect(receiptRange("x", { format: "xml" as never })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(receiptRange("x", null as never)).rejects.toMatchObject({ code: "invalid_input" });
  });
});
