import { HccError, dossierStatuses, type ApplicantKind, type DossierStatus } from "@hcc/core";
import * as z from "zod";

/**
 * The translation tables between a deployment's own codes and the national ones. They are data:
 * start from {@link DEFAULT_MAPPINGS} and override per deployment with {@link createMappings}.
 *
 * Reverse look-ups (national → local) take the **first** key in table order that carries the code,
 * so a table that sends two local values to one national code is accepted but is lossy on the way
 * back.
 *
 * @example
 * ```ts
 * import { createMappings, type DvcqgMappings } from "@hcc/dvcqg";
 * const mappings: DvcqgMappings = createMappings({ procedureCodes: { "BT-HT-01": "1.000894" } });
 * mappings.procedureCodes["BT-HT-01"]; //=> "1.000894"
 * ```
 *
 * @category Mappings
 */
export interface DvcqgMappings {
  /** Core dossier status → national `TrangThaiHoSo` code (1–10). */
  readonly statusCodes: Readonly<Record<DossierStatus, string>>;
  /**
   * A local system's own status names → national `TrangThaiHoSo` code. `"0"` means "no national
   * status" (OpenCPS `interoperating` / `posting`: the dossier is between agencies or being
   * posted; nothing is sent for it).
   */
  readonly localStatuses: Readonly<Record<string, string>>;
  /** Local procedure code → national procedure code (`MaTTHC`). Unlisted codes are sent as they are. */
  readonly procedureCodes: Readonly<Record<string, string>>;
  /** Applicant kind → `LoaiDoiTuong` of the legacy sync (1 citizen, 2 business, 3 state agency, 4 organisation). */
  readonly legacyApplicantKinds: Readonly<Partial<Record<ApplicantKind, string>>>;
  /** Applicant kind → `LoaiDoiTuong` of the ministry-portal `NoiHoSo` API (0 citizen, 1 business, 2 household business). */
  readonly ministryApplicantKinds: Readonly<Partial<Record<ApplicantKind, string>>>;
}

/**
 * Overrides accepted by {@link createMappings}: each table is merged key by key over the defaults.
 *
 * @example
 * ```ts
 * import { type MappingOverrides } from "@hcc/dvcqg";
 * const overrides: MappingOverrides = { legacyApplicantKinds: { household_business: "4" } };
 * ```
 *
 * @category Mappings
 */
export interface MappingOverrides {
  /** Replaces some status codes. */
  readonly statusCodes?: Readonly<Partial<Record<DossierStatus, string>>>;
  /** Adds or replaces local status names. */
  readonly localStatuses?: Readonly<Record<string, string>>;
  /** Adds or replaces local → national procedure codes. */
  readonly procedureCodes?: Readonly<Record<string, string>>;
  /** Adds or replaces legacy applicant-kind codes. */
  readonly legacyApplicantKinds?: Readonly<Partial<Record<ApplicantKind, string>>>;
  /** Adds or replaces ministry-portal applicant-kind codes. */
  readonly ministryApplicantKinds?: Readonly<Partial<Record<ApplicantKind, string>>>;
}

const statusCodes = Object.fromEntries(dossierStatuses.entries.map((e) => [e.key, String(e.code)])) as Record<DossierStatus, string>;

/**
 * The default tables: statuses 1–10 as in core; the OpenCPS-style status names used by Tân Dân's
 * import (`receiving` 1, `new` 2, `denied` 3, `processing` 4, `waiting` 5, `paying` 6,
 * `cancelled` 7, `unresolved` 8, `releasing` 9, `done` 10, `interoperating` and `posting` 0); no
 * procedure codes; the two **conflicting** applicant-kind lists — legacy `1 citizen, 2 business,
 * 3 state agency, 4 organisation` and ministry `0 citizen, 1 business, 2 household business`.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAPPINGS } from "@hcc/dvcqg";
 * DEFAULT_MAPPINGS.legacyApplicantKinds.business; //=> "2"
 * DEFAULT_MAPPINGS.ministryApplicantKinds.business; //=> "1"
 * ```
 *
 * @category Mappings
 */
export const DEFAULT_MAPPINGS: DvcqgMappings = /* @__PURE__ */ Object.freeze({
  statusCodes: Object.freeze(statusCodes),
  localStatuses: Object.freeze({
    receiving: "1",
    new: "2",
    denied: "3",
    processing: "4",
    waiting: "5",
    paying: "6",
    cancelled: "7",
    unresolved: "8",
    releasing: "9",
    done: "10",
    interoperating: "0",
    posting: "0",
  }),
  procedureCodes: Object.freeze({}),
  legacyApplicantKinds: Object.freeze({ citizen: "1", business: "2", state_agency: "3", organization: "4" }),
  ministryApplicantKinds: Object.freeze({ citizen: "0", business: "1", household_business: "2" }),
});

const codeTable = z.record(z.string(), z.string().trim().min(1));
const overridesSchema = z.object({
  statusCodes: codeTable.optional(),
  localStatuses: codeTable.optional(),
  procedureCodes: codeTable.optional(),
  legacyApplicantKinds: codeTable.optional(),
  ministryApplicantKinds: codeTable.optional(),
});

/**
 * Builds a deployment's mapping tables: the defaults with the given overrides merged in.
 *
 * @param overrides - tables to merge over {@link DEFAULT_MAPPINGS}
 * @param base - tables to start from (default {@link DEFAULT_MAPPINGS})
 * @returns frozen tables
 * @throws {HccError} `invalid_input` when a table is not a record of non-empty strings or names an
 *   unknown status
 * @example
 * ```ts
 * import { createMappings } from "@hcc/dvcqg";
 * const m = createMappings({ localStatuses: { "cho-ky": "4" } });
 * m.localStatuses["cho-ky"]; //=> "4"
 * m.localStatuses.done; //=> "10"
 * ```
 *
 * @category Mappings
 */
export function createMappings(overrides: MappingOverrides = {}, base: DvcqgMappings = DEFAULT_MAPPINGS): DvcqgMappings {
  const parsed = overridesSchema.safeParse(overrides);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid mapping overrides: ${parsed.error.issues[0]?.message ?? ""}`, {
      value: overrides,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  for (const key of Object.keys(overrides.statusCodes ?? {})) {
    if (!dossierStatuses.is(key)) {
      throw new HccError("invalid_input", `Unknown dossier status ${JSON.stringify(key)} in statusCodes`, { value: key });
    }
  }
  return Object.freeze({
    statusCodes: Object.freeze({ ...base.statusCodes, ...overrides.statusCodes }),
    localStatuses: Object.freeze({ ...base.localStatuses, ...overrides.localStatuses }),
    procedureCodes: Object.freeze({ ...base.procedureCodes, ...overrides.procedureCodes }),
    legacyApplicantKinds: Object.freeze({ ...base.legacyApplicantKinds, ...overrides.legacyApplicantKinds }),
    ministryApplicantKinds: Object.freeze({ ...base.ministryApplicantKinds, ...overrides.ministryApplicantKinds }),
  });
}

/**
 * The national `TrangThaiHoSo` code of a local status name (OpenCPS-style names by default).
 * Returns `undefined` for statuses mapped to `"0"` (interoperating, posting): there is no national
 * status to send for them.
 *
 * @param localStatus - the local system's status name
 * @param mappings - the tables (default {@link DEFAULT_MAPPINGS})
 * @returns `"1"`…`"10"`, or `undefined` for "no national status"
 * @throws {HccError} `unknown_code` for a name not in `localStatuses`
 * @example
 * ```ts
 * import { nationalStatusOfLocal } from "@hcc/dvcqg";
 * nationalStatusOfLocal("releasing"); //=> "9"
 * nationalStatusOfLocal("interoperating"); //=> undefined
 * ```
 *
 * @category Mappings
 */
export function nationalStatusOfLocal(localStatus: string, mappings: DvcqgMappings = DEFAULT_MAPPINGS): string | undefined {
  const code = Object.hasOwn(mappings.localStatuses, localStatus) ? mappings.localStatuses[localStatus] : undefined;
  if (code === undefined) {
    throw new HccError(
      "unknown_code",
      `Unknown local status ${JSON.stringify(localStatus)}: expected one of ${Object.keys(mappings.localStatuses).join(", ")}`,
      { value: localStatus },
    );
  }
  return code === "0" ? undefined : code;
}

/**
 * The core dossier status of a national `TrangThaiHoSo` code, through `statusCodes`.
 *
 * @param code - `"1"`…`"10"` (a number is accepted)
 * @param mappings - the tables (default {@link DEFAULT_MAPPINGS})
 * @returns the status key
 * @throws {HccError} `unknown_code` for any other code (including `"0"`)
 * @example
 * ```ts
 * import { statusFromNationalCode } from "@hcc/dvcqg";
 * statusFromNationalCode("5"); //=> "supplement_requested"
 * ```
 *
 * @category Mappings
 */
export function statusFromNationalCode(code: string | number, mappings: DvcqgMappings = DEFAULT_MAPPINGS): DossierStatus {
  const wanted = String(code).trim();
  for (const key of dossierStatuses.keys) if (mappings.statusCodes[key] === wanted) return key;
  throw new HccError("unknown_code", `Unknown national dossier status ${JSON.stringify(code)}: expected 1–10`, { value: code });
}

/**
 * The national procedure code (`MaTTHC`) of a local code: the mapped code, else the code itself.
 *
 * @param localCode - the deployment's procedure code
 * @param mappings - the tables (default {@link DEFAULT_MAPPINGS})
 * @returns the national code
 * @example
 * ```ts
 * import { createMappings, toNationalProcedureCode } from "@hcc/dvcqg";
 * toNationalProcedureCode("BT-01", createMappings({ procedureCodes: { "BT-01": "1.001612" } })); //=> "1.001612"
 * toNationalProcedureCode("2.000635"); //=> "2.000635"
 * ```
 *
 * @category Mappings
 */
export function toNationalProcedureCode(localCode: string, mappings: DvcqgMappings = DEFAULT_MAPPINGS): string {
  return Object.hasOwn(mappings.procedureCodes, localCode) ? (mappings.procedureCodes[localCode] ?? localCode) : localCode;
}

/**
 * The local procedure code of a national code: the first local code mapped to it, else the
 * national code itself.
 *
 * @param nationalCode - `MaTTHC` as received
 * @param mappings - the tables (default {@link DEFAULT_MAPPINGS})
 * @returns the local code
 * @example
 * ```ts
 * import { createMappings, fromNationalProcedureCode } from "@hcc/dvcqg";
 * fromNationalProcedureCode("1.001612", createMappings({ procedureCodes: { "BT-01": "1.001612" } })); //=> "BT-01"
 * ```
 *
 * @category Mappings
 */
export function fromNationalProcedureCode(nationalCode: string, mappings: DvcqgMappings = DEFAULT_MAPPINGS): string {
  for (const [local, national] of Object.entries(mappings.procedureCodes)) if (national === nationalCode) return local;
  return nationalCode;
}
