import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readEpochMs, readEpochMsFromBytes, safeParseInstant, toEpochMs } from "@hcc/core";
import { parseDateText } from "./read-date.js";

// Each fast path of the lenient reader must agree with the general parser: same instant for every
// text it accepts, and NaN (never a different answer) for text it leaves to the general parser.

const p2 = (n: number): string => String(n).padStart(2, "0");
const p4 = (n: number): string => String(n).padStart(4, "0");
const parts = fc.record({
  y: fc.integer({ min: 900, max: 10_050 }),
  mo: fc.integer({ min: 0, max: 13 }),
  d: fc.integer({ min: 0, max: 32 }),
  h: fc.integer({ min: 0, max: 24 }),
  mi: fc.integer({ min: 0, max: 60 }),
  s: fc.integer({ min: 0, max: 60 }),
  frac: fc.stringMatching(/^[0-9]{0,10}$/),
  sep: fc.constantFrom("T", " "),
  zone: fc.constantFrom("", "Z", "z", "+07:00", "+0700", "+07", "-04:00", "+05:45", "+24:00", "-00:60"),
});
type P = typeof parts extends fc.Arbitrary<infer T> ? T : never;

const forms: Record<string, (p: P) => string> = {
  isoDate: (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)}`,
  isoMinutes: (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)}${p.sep}${p2(p.h)}:${p2(p.mi)}${p.zone}`,
  isoSeconds: (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)}${p.sep}${p2(p.h)}:${p2(p.mi)}:${p2(p.s)}${p.frac === "" ? "" : `.${p.frac}`}${p.zone}`,
  compact8: (p) => `${p4(p.y)}${p2(p.mo)}${p2(p.d)}`,
  compact12: (p) => `${p4(p.y)}${p2(p.mo)}${p2(p.d)}${p2(p.h)}${p2(p.mi)}`,
  compact14: (p) => `${p4(p.y)}${p2(p.mo)}${p2(p.d)}${p2(p.h)}${p2(p.mi)}${p2(p.s)}`,
  dmy: (p) => `${p2(p.d)}/${p2(p.mo)}/${p4(p.y)}`,
  dmyMinutes: (p) => `${p2(p.d)}/${p2(p.mo)}/${p4(p.y)} ${p2(p.h)}:${p2(p.mi)}`,
  dmySeconds: (p) => `${p2(p.d)}/${p2(p.mo)}/${p4(p.y)} ${p2(p.h)}:${p2(p.mi)}:${p2(p.s)}`,
};

function general(text: string): number {
  try {
    return parseDateText(text);
  } catch {
    return Number.NaN;
  }
}

const encoder = new TextEncoder();

describe("fast paths agree with the general parser", () => {
  for (const [name, write] of Object.entries(forms)) {
    it(name, () => {
      fc.assert(
        fc.property(parts, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (p, before, after) => {
          const text = write(p);
          const want = general(text);
          const fast = readEpochMs(text);
          // valid text: the fast path must read it (it is a fixed-position shape); invalid: NaN
          if (Number.isNaN(want)) expect(fast).toBeNaN();
          else if (!(name.startsWith("iso") && p.frac.length > 9)) expect(fast).toBe(want);
          // on a range inside a longer line, and on bytes
          const line = `${before}${text}${after}`;
          const start = before.length;
          expect(readEpochMs(line, start, start + text.length)).toBe(fast);
          const bytes = encoder.encode(`${before.replace(/[^\x20-\x7e]/g, "x")}${text}${after.replace(/[^\x20-\x7e]/g, "x")}`);
          expect(readEpochMsFromBytes(bytes, start, start + text.length)).toBe(fast);
          // the public reader agrees with both
          const safe = safeParseInstant(text);
          expect(safe.success).toBe(!Number.isNaN(want));
          if (safe.success) expect(toEpochMs(text)).toBe(want);
        }),
        { numRuns: 400 },
      );
    });
  }
  it("never accepts what the general parser refuses (random text)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9:/T +Z.-]{8,30}$/)), (text) => {
        const fast = readEpochMs(text);
        if (!Number.isNaN(fast)) expect(fast).toBe(general(text));
        const bytes = encoder.encode(text);
        if (bytes.length === text.length) expect(readEpochMsFromBytes(bytes, 0, bytes.length)).toBe(fast);
      }),
      { numRuns: 2000 },
    );
  });
});
