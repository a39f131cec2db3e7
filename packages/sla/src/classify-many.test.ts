import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyVerdict, classifyVerdicts, type ClassifyOptions } from "@hcc/sla";

const DAY = 86_400_000;
const BASE = Date.parse("2024-03-01T00:00:00+07:00");

/** An instant near BASE, on a day boundary, a millisecond off one, or anywhere; or NaN. */
const instant = fc.oneof(
  fc.constant(Number.NaN),
  fc.integer({ min: -5, max: 20 }).map((d) => BASE + d * DAY),
  fc.integer({ min: -5, max: 20 }).map((d) => BASE + d * DAY - 1),
  fc.integer({ min: -5 * 24 * 60, max: 20 * 24 * 60 }).map((m) => BASE + m * 60_000),
);
const row = fc.record({ receivedMs: instant, dueMs: instant, endedMs: instant, supplementRequests: fc.constantFrom(0, 1, 2, 3) });
const options = fc.record({ comparator: fc.constantFrom("date" as const, "instant" as const), lateIfMultipleSupplements: fc.boolean() });

describe("classifyVerdicts", () => {
  it("gives classifyVerdict's code for every row, any options, with and without supplement counts", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), instant.filter(Number.isFinite), options, fc.boolean(), (rows, asOfMs, opts: ClassifyOptions, withSupplements) => {
        const codes = classifyVerdicts(
          {
            receivedMs: Float64Array.from(rows, (r) => r.receivedMs),
            dueMs: Float64Array.from(rows, (r) => r.dueMs),
            endedMs: Float64Array.from(rows, (r) => r.endedMs),
            ...(withSupplements ? { supplementRequests: Uint16Array.from(rows, (r) => r.supplementRequests) } : {}),
          },
          asOfMs,
          opts,
        );
        expect([...codes]).toEqual(rows.map((r) => classifyVerdict({ ...r, supplementRequests: withSupplements ? r.supplementRequests : 0, asOfMs }, opts)));
      }),
      { numRuns: 400 },
    );
  });

  it("writes into the array it is given, and only its first n elements: each verdict boundary to the millisecond", () => {
    const out = new Uint8Array(6).fill(9);
    const at = (iso: string) => Date.parse(iso);
    const received = at("2024-03-04T08:00+07:00");
    const due = at("2024-03-08T17:00+07:00");
    const result = classifyVerdicts(
      {
        receivedMs: new Float64Array(4).fill(received),
        dueMs: new Float64Array(4).fill(due),
        // the last millisecond before the due day, its first and last, the first of the next day
        endedMs: Float64Array.of(at("2024-03-08T00:00+07:00") - 1, at("2024-03-08T00:00+07:00"), at("2024-03-09T00:00+07:00") - 1, at("2024-03-09T00:00+07:00")),
      },
      at("2024-03-31T17:00+07:00"),
      {},
      out,
    );
    expect(result).toBe(out);
    expect([...out]).toEqual([1, 2, 2, 3, 9, 9]);
  });

  it("rejects bad columns, as-of, options and output with invalid_input", () => {
    const good = { receivedMs: new Float64Array(2), dueMs: new Float64Array(2), endedMs: new Float64Array(2) };
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toMatchObject({ code: "invalid_input" });
        return (e as Error).message;
      }
      throw new Error("accepted");
    };
    expect(message(() => classifyVerdicts(null as never, 0))).toBe("classifyVerdicts: expected { receivedMs, dueMs, endedMs }, got null");
    expect(message(() => classifyVerdicts({ ...good, dueMs: [0, 0] as never }, 0))).toBe("classifyVerdicts: dueMs must be a Float64Array, got Array");
    expect(message(() => classifyVerdicts({ ...good, endedMs: new Float64Array(3) }, 0))).toBe("classifyVerdicts: endedMs has 3 rows, receivedMs has 2");
    expect(message(() => classifyVerdicts({ ...good, supplementRequests: new Float32Array(2) as never }, 0))).toMatch(/supplementRequests must be a Uint8Array/);
    expect(message(() => classifyVerdicts({ ...good, supplementRequests: new Uint8Array(1) }, 0))).toBe("classifyVerdicts: supplementRequests has 1 rows, receivedMs has 2");
    expect(message(() => classifyVerdicts(good, Number.NaN))).toBe("classifyVerdicts: asOfMs must be a finite number, got NaN");
    expect(message(() => classifyVerdicts(good, 0, { comparator: "day" as never }))).toBe('classifyVerdicts: comparator must be "date" or "instant", got "day"');
    expect(message(() => classifyVerdicts(good, 0, null as never))).toBe("classifyVerdicts: options must be an object, got null");
    expect(message(() => classifyVerdicts(good, 0, {}, new Uint8Array(1)))).toBe("classifyVerdicts: out must be a Uint8Array of at least 2 elements, got Uint8Array");
  });
});
