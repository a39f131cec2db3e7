import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAggregator, ingest, ingestDossiers, type ReadableStreamLike } from "@hcc/stats";
import { PERIOD, dossierArb, toCsv, toInput } from "./_test/gen.js";

const opts = { from: "2024-03-01", to: "2024-03-31", groupBy: ["agency", "channel"] } as const;

/** Splits text into chunks at the given cut points (bytes). */
function cut(bytes: Uint8Array, points: readonly number[]): Uint8Array[] {
  const sorted = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of sorted) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}

describe("CSV", () => {
  it("reads the national portal's column names and date forms", async () => {
    const csv =
      "MaHoSo,MaTTHC,KenhThucHien,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy\n" +
      "000.00.53.H07-240304-0001,1.001612,2,10,20240304080000,20240308170000,20240307100000\n" +
      "000.00.53.H07-240304-0002,1.001612,3,4,2024-03-04T09:00,2024-04-29,\n" +
      "000.00.54.H07-240304-0003,1.001612,,9,2024-03-04 09:00:00,202403081700,2024-03-08T10:00:00+07:00\n";
    const r = await ingest(csv, opts);
    expect(r.rows).toBe(3);
    expect(r.badCount).toBe(0);
    expect(r.state.groups.map((g) => [g.key.agency, g.key.channel, g.counts.resolvedEarly, g.counts.resolvedOnTime, g.counts.inProgressWithin])).toEqual([
      ["000.00.53.H07", "online", 1, 0, 0],
      ["000.00.53.H07", "postal", 0, 0, 1],
      ["000.00.54.H07", "direct", 0, 1, 0],
    ]);
  });

  it("handles quotes, escaped quotes, embedded newlines, CRLF, a BOM, blank lines and text codes", async () => {
    const csv =
      '\uFEFFcode,"procedureCode",agencyCode,channel,status,receivedAt,dueAt,endedAt,fieldCode,level,pauses\r\n' +
      'X-1,"1.001612","Sở ""Tư pháp""\nBến Tre",online,processing,2024-03-04,,,"tư pháp",province,\r\n' +
      "\r\n" +
      'X-2,1.001612,"A",postal,returned,2024-03-04,2024-03-05,2024-03-05,,1,"2024-03-04T08:00/2024-03-04T10:00"\r\n' +
      "X-3,1.001612,A,direct,done,2024-03-04,2024-03-05,2024-03-05,,,[]";
    const r = await ingest(csv, { ...opts, groupBy: ["agency", "field", "level"] });
    expect(r.badCount).toBe(0);
    expect(r.rows).toBe(3);
    expect(r.state.groups.map((g) => g.key)).toEqual([
      { agency: "A", field: "", level: "" },
      { agency: "A", field: "", level: "province" },
      { agency: 'Sở "Tư pháp"\nBến Tre', field: "tư pháp", level: "province" },
    ]);
  });

  it("reports every bad row with its line number and reason in lenient mode", async () => {
    const csv =
      "code,procedureCode,agencyCode,channel,status,receivedAt,dueAt,endedAt,supplementRequests,hasFees\n" +
      "X-1,1.001612,A,1,4,2024-03-04,,,0,\n" + // line 2 ok
      "X-2,1.001612,A,9,4,2024-03-04,,,0,\n" + // 3 bad channel
      '"X-3\nstill X-3",1.001612,A,1,4,2024-02-30,,,0,\n' + // 4–5 bad date
      "X-4,1.001612,A,1,4\n" + // 6 too few fields
      "X-5,1.001612,A,1,10,2024-03-04,,,0,\n" + // 7 terminal without end
      "X-6,1.001612,A,1,4,2024-03-04,,,x,\n" + // 8 bad count
      "X-7,1.001612,A,1,4,2024-03-04,,,0,perhaps\n" + // 9 bad flag
      "X-8,,A,1,4,2024-03-04,,,0,\n" + // 10 no procedure
      "X-240304-0009,1.001612,,1,4,2024-03-04,,,0,\n" + // 11 agency from the dossier code: X
      ",1.001612,,1,4,2024-03-04,,,0,\n" + // 12 no agency at all
      "X-11,1.001612,A,1,abc,2024-03-04,,,0,1\n"; // 13 bad status
    const r = await ingest(csv, { ...opts, mode: "lenient" });
    expect(r.rows).toBe(11);
    expect(r.badRows.map((b) => [b.line, b.field])).toEqual([
      [3, "channel"],
      [4, "receivedAt"],
      [6, "row"],
      [7, "endedAt"],
      [8, "supplementRequests"],
      [9, "hasFees"],
      [10, "procedureCode"],
      [12, "agencyCode"],
      [13, "status"],
    ]);
    expect(r.badCount).toBe(9);
    expect(r.state.excluded.invalid).toBe(9);
    expect(r.badRows[1]?.text).toBe('"X-3\nstill X-3",1.001612,A,1,4,2024-02-30,,,0,');
    expect(r.badRows[1]?.reason).toMatch(/2024-02-30/);
    expect(r.state.groups.reduce((s, g) => s + g.counts.inScopeDirect, 0)).toBe(2);
    const capped = await ingest(csv, { ...opts, mode: "lenient", maxReported: 2 });
    expect([capped.badCount, capped.badRows.length]).toEqual([9, 2]);
  });

  it("stops at the first bad row in strict mode (the default)", async () => {
    const csv = "code,procedureCode,agencyCode,status,receivedAt\nX-1,1.001612,A,4,2024-03-04\nX-2,1.001612,A,4,nope\nX-3,1,A,99,2024-03-04\n";
    await expect(ingest(csv, opts)).rejects.toMatchObject({ code: "invalid_record", message: expect.stringMatching(/^Line 3: receivedAt: /) });
  });

  it("rejects unreadable input", async () => {
    await expect(ingest("", opts)).rejects.toMatchObject({ code: "parse_error" });
    await expect(ingest("code,status,receivedAt\n", opts)).rejects.toThrow(/missing required column procedureCode/);
    await expect(ingest("procedureCode,status,receivedAt\n", opts)).rejects.toThrow(/needs agencyCode/);
    await expect(ingest("code,MaHoSo,procedureCode,status,receivedAt\n", opts)).rejects.toThrow(/both map to code/);
    await expect(ingest("a", { ...opts, format: "xml" as never })).rejects.toThrow(/Unknown format/);
    await expect(ingest("a", { ...opts, mode: "loose" as never })).rejects.toThrow(/mode/);
    await expect(ingest("a", { ...opts, maxReported: -1 })).rejects.toThrow(/maxReported/);
    await expect(ingest("a", { ...opts, format: "csv", delimiter: ";;" })).rejects.toThrow(/delimiter/);
    await expect(ingest(42 as never, opts)).rejects.toThrow(/expected text/);
    await expect(ingest([42] as never, opts)).rejects.toThrow(/chunk must be/);
  });

  it("keeps a character split between the first two byte chunks intact when detecting the format", async () => {
    const bytes = new TextEncoder().encode("procedureCode,agencyCode,status,receivedAt\n1.001612,Sở Tư pháp,4,2024-03-04\n");
    const split = bytes.indexOf(0xe1) + 1; // inside "ở"
    const r = await ingest([bytes.subarray(0, split), bytes.subarray(split)], opts);
    expect(Object.keys(r.state.agencies)).toEqual(["Sở Tư pháp"]);
    const nd = new TextEncoder().encode('{"procedureCode":"1","agencyCode":"Sở","status":4,"receivedAt":"2024-03-04"}\n');
    const cutAt = nd.indexOf(0xe1) + 1;
    const r2 = await ingest([nd.subarray(0, cutAt), nd.subarray(cutAt)], opts);
    expect(Object.keys(r2.state.agencies)).toEqual(["Sở"]);
  });

  it("reads a semicolon-separated file and a Node stream of byte chunks", async () => {
    const csv = "procedureCode;agencyCode;status;receivedAt\n1.001612;A;4;20240304\n";
    const r = await ingest(Readable.from([Buffer.from(csv.slice(0, 20)), Buffer.from(csv.slice(20))]), { ...opts, format: "csv", delimiter: ";" });
    expect(r.state.groups[0]?.counts.inScopeDirect).toBe(1);
  });

  it("reads a last line that ends in an empty field and no newline", async () => {
    const csv = "procedureCode,agencyCode,status,receivedAt,endedAt\n1.001612,A,4,20240304,\n1.001612,A,4,20240305,";
    for (const source of [csv, [new TextEncoder().encode(csv.slice(0, 60)), new TextEncoder().encode(csv.slice(60))]]) {
      const r = await ingest(source, opts);
      expect(r.rows).toBe(2);
      expect(r.state.groups[0]?.counts.inScopeDirect).toBe(2);
    }
  });

  it("gives the same state as adding the dossiers, however the bytes are chunked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dossierArb, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), fc.boolean(), async (dossiers, points, crlf, lastNewline) => {
        const options = { ...PERIOD, groupBy: ["agency", "field", "level", "channel"] as const };
        const expected = createAggregator(options).addMany(dossiers.map(toInput)).state();
        const text = toCsv(dossiers, crlf ? "\r\n" : "\n");
        const bytes = new TextEncoder().encode(lastNewline ? text : text.replace(/\r?\n$/, ""));
        const got = await ingest(cut(bytes, points), options);
        expect(got.state).toEqual(expected);
        expect(got.rows).toBe(dossiers.length);
      }),
      { numRuns: 80 },
    );
  });
});

describe("web streams", () => {
  const csv =
    "MaHoSo,MaTTHC,KenhThucHien,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy\n" +
    "000.00.53.H07-240304-0001,1.001612,2,10,20240304080000,20240308170000,20240307100000\n" +
    "000.00.53.H07-240304-0002,1.001612,3,4,2024-03-04T09:00,2024-04-29,\n";
  /** A ReadableStream of the CSV's bytes in 7-byte chunks, without async iteration (as in Safari). */
  function readerOnlyStream(): ReadableStreamLike {
    const bytes = new TextEncoder().encode(csv);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.subarray(at, (at += 7)));
      },
    });
    return { getReader: () => stream.getReader() };
  }

  it("reads a ReadableStream (async-iterable, as a fetch() body in Node and Chromium)", async () => {
    const r = await ingest(new Response(csv).body as ReadableStream<Uint8Array>, opts);
    expect([r.rows, r.badCount]).toEqual([2, 0]);
  });

  it("reads a ReadableStream that is not async-iterable with its reader, and unlocks it", async () => {
    const source = readerOnlyStream();
    expect(Symbol.asyncIterator in source).toBe(false);
    const r = await ingest(source, opts);
    expect(r.rows).toBe(2);
    expect(r.state.groups.map((g) => [g.key.channel, g.counts.resolvedEarly, g.counts.inProgressWithin])).toEqual([
      ["online", 1, 0],
      ["postal", 0, 1],
    ]);
  });

  it("rejects a chunk that is neither text nor bytes", async () => {
    const source = { getReader: () => ({ read: async () => ({ done: false, value: 42 }), releaseLock: () => undefined }) };
    await expect(ingest(source, opts)).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("NDJSON and JSON arrays", () => {
  it("reads NDJSON with portal names, reporting bad lines", async () => {
    const nd =
      '{"MaHoSo":"000.00.53.H07-240304-0001","MaTTHC":"1.001612","KenhThucHien":2,"TrangThaiHoSo":4,"NgayTiepNhan":"20240304080000"}\n' +
      "\n" +
      "{not json}\n" +
      '{"procedureCode":"1.001612","agencyCode":"A","status":"done","receivedAt":"2024-03-04","endedAt":"2024-03-05","flags":{"electronicResult":true}}\r\n' +
      '{"code":"a","MaHoSo":"b","procedureCode":"1","status":4,"receivedAt":"2024-03-04"}\n' +
      "[1]\n" +
      '{"procedureCode":"1.001612","agencyCode":"A","status":4,"receivedAt":"2024-03-04"}';
    const r = await ingest(nd, { ...opts, mode: "lenient" });
    expect(r.rows).toBe(6);
    expect(r.badRows.map((b) => [b.line, b.field])).toEqual([
      [3, "row"],
      [5, "code"],
      [6, "row"],
    ]);
    expect(r.state.groups.map((g) => [g.key.agency, g.key.channel])).toEqual([
      ["000.00.53.H07", "online"],
      ["A", "direct"],
    ]);
  });

  it("streams a JSON array split anywhere, with line numbers of the elements", async () => {
    const json = `[\n  {"procedureCode":"1.001612","agencyCode":"A","status":4,"receivedAt":"2024-03-04","note":"a \\" ] } string"},\n  {"procedureCode":"1.001612","agencyCode":"A","status":4,"receivedAt":"bad"},\n  [1,2],\n  "x",\n  {"procedureCode":"1.001612","agencyCode":"B","channel":"postal","status":4,"receivedAt":"2024-03-05"}\n]\n`;
    for (const size of [1, 7, 64, json.length]) {
      const parts: string[] = [];
      for (let i = 0; i < json.length; i += size) parts.push(json.slice(i, i + size));
      const r = await ingest(parts, { ...opts, mode: "lenient" });
      expect(r.badRows.map((b) => [b.line, b.field])).toEqual([
        [3, "receivedAt"],
        [4, "row"],
        [5, "row"],
      ]);
      expect(r.rows).toBe(5);
      expect(r.state.groups.length).toBe(2);
    }
  });

  it("rejects a malformed JSON document", async () => {
    await expect(ingest("   ", { ...opts, format: "json" })).rejects.toThrow(/empty/);
    await expect(ingest("{}", { ...opts, format: "json" })).rejects.toThrow(/array of objects/);
    await expect(ingest("[{}", { ...opts, format: "json", mode: "lenient" })).rejects.toThrow(/not closed/);
    await expect(ingest("[] x", { ...opts, format: "json" })).rejects.toThrow(/after the end/);
    await expect(ingest("[{ bad json }]", { ...opts, format: "json", mode: "lenient" })).resolves.toMatchObject({ badCount: 1 });
  });

  it("ingests dossier objects from sync and async iterables", async () => {
    async function* gen() {
      yield { MaTTHC: "1.001612", MaHoSo: "000.00.53.H07-240304-0001", TrangThaiHoSo: 4, NgayTiepNhan: "20240304080000" };
      yield { MaTTHC: "1.001612", TrangThaiHoSo: 4, NgayTiepNhan: "20240304080000" };
    }
    const r = await ingestDossiers(gen(), { ...opts, mode: "lenient" });
    expect([r.rows, r.badCount, r.badRows[0]?.line, r.badRows[0]?.field]).toEqual([2, 1, 2, "agencyCode"]);
    const cyclic: Record<string, unknown> = { procedureCode: 5 };
    cyclic["self"] = cyclic;
    const s = await ingestDossiers([cyclic], { ...opts, mode: "lenient" });
    expect(s.badRows[0]?.text).toBe("[object Object]");
    await expect(ingestDossiers([{}], opts)).rejects.toMatchObject({ code: "invalid_record" });
  });

  it("detects the format", async () => {
    const r = await ingest(["  ", '\n[{"procedureCode":"P","agencyCode":"A","status":4,"receivedAt":"2024-03-04"}]'], opts);
    expect(r.rows).toBe(1);
    await expect(ingest([new TextEncoder().encode("  \n")], opts)).rejects.toThrow(/empty/);
  });
});
