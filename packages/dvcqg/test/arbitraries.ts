// fast-check generators shared by the tests (not part of the package API).
import { formatInstant, type DossierInput } from "@hcc/core";
import fc from "fast-check";
import type { DossierExtrasInput } from "@hcc/dvcqg";

const SECOND = 1000;
const FROM = Date.UTC(2005, 0, 1) / SECOND;
const TO = Date.UTC(2035, 0, 1) / SECOND;

export const instantArb = fc.integer({ min: FROM, max: TO }).map((s) => formatInstant(s * SECOND));
export const sortedInstants = (n: number): fc.Arbitrary<string[]> =>
  fc.array(fc.integer({ min: FROM, max: TO }), { minLength: n, maxLength: n }).map((xs) => [...xs].sort((a, b) => a - b).map((s) => formatInstant(s * SECOND)));
export const textArb = fc.string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔ ƠỨ0123456789-./,".split("")) });
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

export const agencyArb = fc.constantFrom("000.00.53.H07", "000.00.17.H48", "000.20.31.H56", "G12.22");
const dossierCodeArb = fc
  .tuple(agencyArb, fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, y, m, d, n]) => `${a}-${String(y).padStart(2, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}-${String(n).padStart(4, "0")}`);

const supplementArb = sortedInstants(2).chain(([a, b]) =>
  fc.record({ requestedAt: fc.constant(a as string), completedAt: opt(fc.constant(b as string)), reason: opt(textArb) }),
);

export const dossierArb: fc.Arbitrary<DossierInput> = fc
  .record({
    code: dossierCodeArb,
    procedureCode: fc.constantFrom("1.001612", "2.000635", "1.000894", "3.000123"),
    procedureName: opt(textArb),
    fieldCode: opt(textArb),
    fieldName: opt(textArb),
    handlingAgencyCode: opt(fc.constantFrom("000.00.99.H07", "000.00.18.H48")),
    channel: fc.constantFrom("direct", "online", "postal" as const),
    applicantKind: opt(fc.constantFrom("citizen", "business", "state_agency", "organization" as const)),
    applicant: opt(fc.record({ name: opt(textArb), idNumber: opt(fc.stringMatching(/^\d{9}(\d{3})?$/)), phone: opt(textArb), email: opt(textArb) })),
    summary: opt(textArb),
    times: sortedInstants(4),
    has: fc.record({ submitted: fc.boolean(), received: fc.boolean(), ended: fc.boolean(), returned: fc.boolean() }),
    dueAt: opt(instantArb),
    status: fc.constantFrom("registered", "received", "not_received", "processing", "supplement_requested", "financial_obligation_requested", "withdrawn", "stopped", "done", "returned" as const),
    returnMethod: opt(fc.constantFrom("desk", "post" as const)),
    supplementRequests: fc.array(supplementArb, { maxLength: 3 }),
    flags: fc.record({ digitised: opt(fc.boolean()), paidOnline: opt(fc.boolean()) }),
  })
  .map(({ times, has, code, ...rest }) => {
    const [t0, t1, t2, t3] = times as [string, string, string, string];
    const agency = code.slice(0, code.length - 12);
    return strip({
      ...rest,
      code,
      agencyCode: agency,
      submittedAt: has.submitted ? t0 : undefined,
      receivedAt: has.received ? t1 : undefined,
      endedAt: has.ended ? t2 : undefined,
      returnedAt: has.returned ? t3 : undefined,
    }) as DossierInput;
  });

export const extrasArb = (supplements: number): fc.Arbitrary<DossierExtrasInput> =>
  fc
    .record({
      subjectCode: opt(textArb),
      otherInfo: opt(textArb),
      note: opt(textArb),
      returnInfo: opt(textArb),
      refusedAt: opt(instantArb),
      vneidVerified: opt(fc.boolean()),
      documents: fc.array(fc.record({ name: textArb, componentCode: opt(textArb), digitised: opt(fc.boolean()), url: opt(textArb) }), { maxLength: 3 }),
      fees: fc.array(
        fc.record({
          name: textArb,
          amount: fc.integer({ min: 0, max: 10_000_000 }),
          collection: opt(fc.constantFrom("on_receipt", "on_supplement", "on_return" as const)),
          type: opt(fc.constantFrom("regular", "licensing", "renewal" as const)),
          paid: opt(fc.boolean()),
        }),
        { maxLength: 3 },
      ),
      results: fc.array(fc.record({ name: textArb, code: opt(textArb) }), { maxLength: 2 }),
      otherAttachments: fc.array(fc.record({ name: textArb, count: opt(fc.nat(20)) }), { maxLength: 2 }),
      supplements: fc.array(fc.record({ requestedBy: textArb, newDueAt: opt(instantArb) }), { maxLength: supplements }),
      databaseCodes: fc.array(textArb, { maxLength: 2 }),
    })
    .map((x) => strip(x) as DossierExtrasInput);

/** Drops undefined properties, deeply (exactOptionalPropertyTypes). */
export function strip<T>(value: T): T {
  if (Array.isArray(value)) return value.map(strip) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, strip(v)]),
    ) as T;
  }
  return value;
}
