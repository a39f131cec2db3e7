import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "@hcc/core";
import { HccError, isHccError } from "@hcc/core";

// Every parser of @hcc/core, fed random input: only HccError may escape (never a TypeError or
// anything else), the safe variants never throw, and a success is a real success (normalising
// the output again gives the same output, formatting the parts gives the code back).

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});
const codeLike = fc.stringMatching(/^[0-9.hHG -]{0,28}$/);
const dateLike = fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$/);
const input = fc.oneof(anything, fc.string(), codeLike, dateLike, fc.object(), fc.double(), fc.date({ noInvalidDate: false }));

function onlyHccErrors(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!isHccError(error) || !(error instanceof HccError)) throw new Error(`non-HccError escaped: ${String(error)}`, { cause: error });
    expect(typeof error.message).toBe("string");
    return undefined;
  }
}

function neverThrows(run: () => core.SafeParseResult<unknown>): core.SafeParseResult<unknown> {
  const result = run();
  expect(typeof result.success).toBe("boolean");
  if (!result.success) expect(isHccError(result.error)).toBe(true);
  return result;
}

const RUNS = { numRuns: 300 };

type Case = [
  name: string,
  parse: (value: unknown) => unknown,
  safe?: ((value: unknown) => core.SafeParseResult<unknown>) | undefined,
  check?: ((out: unknown) => void) | undefined,
];
const cases: Case[] = [
  ["parseInstant", (v) => core.parseInstant(v as string), core.safeParseInstant, (out) => expect(core.parseInstant(out as string)).toBe(out)],
  ["parseLocalDate", (v) => core.parseLocalDate(v as string), core.safeParseLocalDate, (out) => expect(core.parseLocalDate(out as string)).toBe(out)],
  ["parseCompactInstant", (v) => core.parseCompactInstant(v as string)],
  ["toEpochMs", (v) => core.toEpochMs(v as string), undefined, (out) => expect(Number.isFinite(out)).toBe(true)],
  ["toDayNumber", (v) => core.toDayNumber(v as string)],
  ["localDateToDayNumber", (v) => core.localDateToDayNumber(v as string)],
  ["dayNumberToLocalDate", (v) => core.dayNumberToLocalDate(v as number)],
  ["formatInstant", (v) => core.formatInstant(v as number)],
  ["vietnamParts", (v) => core.vietnamParts(v as string)],
  [
    "parseProcedureCode",
    (v) => core.parseProcedureCode(v as string),
    core.safeParseProcedureCode,
    (out) => {
      const p = out as core.ProcedureCodeParts;
      expect(core.isProcedureCode(p.code)).toBe(true);
      expect(core.formatProcedureCode({ national: p.national, ...(p.agencyCode ? { agencyCode: p.agencyCode } : p.level1Code ? { level1Code: p.level1Code } : {}), ...(p.variant ? { variant: p.variant } : {}) })).toBe(p.code);
    },
  ],
  [
    "parseAgencyCode",
    (v) => core.parseAgencyCode(v as string),
    core.safeParseAgencyCode,
    (out) => {
      const p = out as core.AgencyCodeParts;
      expect(core.formatAgencyCode({ level1Code: p.level1Code, units: p.units })).toBe(p.code);
    },
  ],
  ["parseDossierCode", (v) => core.parseDossierCode(v as string), core.safeParseDossierCode, (out) => {
    const parts = out as core.DossierCodeParts;
    if (parts.standardAgencyCode) expect(core.formatDossierCode(parts)).toBe(parts.code);
    else expect(core.parseDossierCode(parts.code)).toEqual(parts);
  }],
  ["formatProcedureCode", (v) => core.formatProcedureCode(v as core.ProcedureCodeInput)],
  ["formatAgencyCode", (v) => core.formatAgencyCode(v as core.AgencyCodeInput)],
  ["formatDossierCode", (v) => core.formatDossierCode(v as core.DossierCodeInput)],
  ["nextDossierCode(agency)", (v) => core.nextDossierCode(v as string, "2022-09-21")],
  ["nextDossierCode(date)", (v) => core.nextDossierCode("000.00.53.H48", v as string)],
  ["nextDossierCode(last)", (v) => core.nextDossierCode("000.00.53.H48", "2022-09-21", v as string)],
  ["nextDossierCode(options)", (v) => core.nextDossierCode("000.00.53.H48", "2022-09-21", 1, v as core.NextDossierCodeOptions)],
  ["findProvince", (v) => core.findProvince(v as string), (v) => core.safeFindProvince(v)],
  ["findProvince(at)", (v) => core.findProvince("H61", v as core.FindProvinceOptions), (v) => core.safeFindProvince("H61", v as core.FindProvinceOptions)],
  ["provinceAt", (v) => core.provinceAt("H07", v as string)],
  ["provincesAt", (v) => core.provincesAt(v as string)],
  ["successorOf", (v) => core.successorOf(v as string), core.safeSuccessorOf],
  ["parseProcedure", core.parseProcedure, core.safeParseProcedure, (out) => expect(core.parseProcedure(out)).toEqual(out)],
  ["parseDossier", core.parseDossier, core.safeParseDossier, (out) => expect(core.parseDossier(out)).toEqual(out)],
  ["parseAgency", core.parseAgency, core.safeParseAgency, (out) => expect(core.parseAgency(out)).toEqual(out)],
  ["toJsonSchema", (v) => core.toJsonSchema(v as "dossier")],
];
for (const list of [core.dossierStatuses, core.channels, core.levels, core.returnMethods, core.pauseKinds, core.applicantKinds, core.onlineServiceLevels, core.places, core.stepKinds, core.timeUnits]) {
  cases.push([`${list.name}.fromCode`, (v) => list.fromCode(v as number), undefined, (out) => expect(list.is(out)).toBe(true)]);
  cases.push([`${list.name}.toCode`, (v) => list.toCode(v as never)]);
  cases.push([`${list.name}.label`, (v) => list.label(v as never, "en")]);
  cases.push([`${list.name}.label(lang)`, (v) => list.label(list.keys[0] as never, v as "en")]);
}

describe("every parser lets only HccError escape", () => {
  it.each(cases)("%s", (_name, parse, safe, check) => {
    fc.assert(
      fc.property(input, (value) => {
        const out = onlyHccErrors(() => parse(value));
        if (out !== undefined && check !== undefined) check(out);
        if (safe !== undefined) {
          const result = neverThrows(() => safe(value));
          expect(result.success).toBe(out !== undefined);
        }
      }),
      RUNS,
    );
  });
});

// Objects shaped like the models, with random values in every field.
const loose = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] });
const instantish = fc.oneof(dateLike, fc.date({ noInvalidDate: false }), anything);
const codeish = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom("direct", "online", "returned", "2", " 3 ", ""), anything);
const dossierLike = loose({
  code: fc.oneof(codeLike, anything),
  procedureCode: fc.oneof(codeLike, anything),
  agencyCode: fc.oneof(codeLike, anything),
  status: codeish,
  channel: codeish,
  receivedAt: instantish,
  endedAt: instantish,
  submittedAt: instantish,
  pauses: fc.array(loose({ kind: codeish, from: instantish, to: instantish }), { maxLength: 3 }),
  events: fc.array(loose({ step: codeish, at: instantish, place: codeish }), { maxLength: 3 }),
  flags: fc.oneof(loose({ hasFees: fc.anything(), digitised: fc.boolean() }), anything),
});
const procedureLike = loose({
  code: fc.oneof(codeLike, anything),
  name: fc.oneof(fc.string(), anything),
  levels: fc.oneof(fc.array(codeish, { maxLength: 3 }), anything),
  cases: fc.array(
    loose({
      id: fc.oneof(fc.string(), anything),
      channels: fc.array(loose({ channel: codeish, processingTime: loose({ value: fc.double(), unit: codeish }) }), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  version: loose({ effectiveFrom: instantish }),
});
const agencyLike = loose({
  code: fc.oneof(codeLike, anything),
  name: fc.oneof(fc.string(), anything),
  level: codeish,
  validFrom: instantish,
  validTo: instantish,
});

describe("model parsers on model-shaped objects", () => {
  it.each([
    ["dossier", dossierLike, core.parseDossier, core.safeParseDossier],
    ["procedure", procedureLike, core.parseProcedure, core.safeParseProcedure],
    ["agency", agencyLike, core.parseAgency, core.safeParseAgency],
  ] as const)("%s", (_name, arbitrary, parse, safe) => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const out = onlyHccErrors(() => parse(value));
        if (out !== undefined) expect(parse(out)).toEqual(out);
        expect(neverThrows(() => safe(value)).success).toBe(out !== undefined);
      }),
      RUNS,
    );
  });
});
