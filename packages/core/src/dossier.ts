import * as z from "zod";
import { applicantKinds, channels, dossierStatuses, pauseKinds, places, returnMethods, stepKinds } from "./enums.js";
import { createParser, instantSchema } from "./schemas.js";
import { processingTimeSchema } from "./procedure.js";
import type { SafeParseResult } from "./errors.js";

/**
 * An interval during which a dossier's clock may be paused. `to` absent means the pause is still
 * open. Whether a kind really stops the clock is the procedure's choice
 * (`Procedure.timing.excludedPauseKinds`).
 *
 * @example
 * ```ts
 * import { pauseSchema } from "@hcc/core";
 * pauseSchema.parse({ kind: "supplement", from: "2024-03-01T09:00", to: "2024-03-05T10:00" });
 * ```
 *
 * @category Schemas
 */
export const pauseSchema = /* @__PURE__ */ z
  .object({
    kind: pauseKinds.schema,
    from: instantSchema,
    to: instantSchema.optional(),
    reason: z.string().optional(),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, { message: "pause ends before it starts", path: ["to"] });

/**
 * A supplement request (yêu cầu bổ sung). Each one counts; more than one makes the dossier late
 * in national statistics.
 *
 * @example
 * ```ts
 * import { supplementRequestSchema } from "@hcc/core";
 * supplementRequestSchema.parse({ requestedAt: "2024-03-01T09:00", completedAt: "2024-03-05T10:00" });
 * ```
 *
 * @category Schemas
 */
export const supplementRequestSchema = /* @__PURE__ */ z
  .object({
    requestedAt: instantSchema,
    completedAt: instantSchema.optional(),
    reason: z.string().optional(),
  })
  .refine((s) => s.completedAt === undefined || s.completedAt >= s.requestedAt, {
    message: "supplement completed before it was requested",
    path: ["completedAt"],
  });

/**
 * A new appointment after an apology letter (phiếu xin lỗi và hẹn lại; Mẫu 04 of Circular
 * 03/2025). The original due date stays the reference for classification.
 *
 * @example
 * ```ts
 * import { extensionSchema } from "@hcc/core";
 * extensionSchema.parse({ at: "2024-03-10T09:00", newDueAt: "2024-03-15T17:00", reason: "Chờ ý kiến liên ngành" });
 * ```
 *
 * @category Schemas
 */
export const extensionSchema = /* @__PURE__ */ z.object({
  at: instantSchema,
  newDueAt: instantSchema,
  reason: z.string().optional(),
});

/**
 * One agency's leg of an inter-agency (liên thông) dossier, with its own due date.
 *
 * @example
 * ```ts
 * import { dossierLegSchema } from "@hcc/core";
 * dossierLegSchema.parse({ agencyCode: "000.00.17.H48", processingTime: { value: 5, unit: "working_days" } });
 * ```
 *
 * @category Schemas
 */
export const dossierLegSchema = /* @__PURE__ */ z.object({
  agencyCode: z.string().min(1),
  receivedAt: instantSchema.optional(),
  dueAt: instantSchema.optional(),
  endedAt: instantSchema.optional(),
  processingTime: processingTimeSchema.optional(),
});

/**
 * One processing event: which step, when, who, and **where** (center or department).
 *
 * @example
 * ```ts
 * import { processingEventSchema } from "@hcc/core";
 * processingEventSchema.parse({ step: "appraise", at: "2024-03-01T09:00", place: "center", actor: "Nguyễn Văn A" });
 * ```
 *
 * @category Schemas
 */
export const processingEventSchema = /* @__PURE__ */ z.object({
  step: stepKinds.schema,
  at: instantSchema,
  place: places.schema,
  actor: z.string().optional(),
  agencyCode: z.string().optional(),
  /** Status the dossier entered with this event, if any. */
  status: dossierStatuses.schema.optional(),
  note: z.string().optional(),
});

/**
 * Service flags used by the Decision 766 indicators.
 *
 * @example
 * ```ts
 * import { dossierFlagsSchema } from "@hcc/core";
 * dossierFlagsSchema.parse({ hasFees: true, paidOnline: true });
 * ```
 *
 * @category Schemas
 */
export const dossierFlagsSchema = /* @__PURE__ */ z.object({
  /** The dossier carries fees or charges. */
  hasFees: z.boolean().optional(),
  /** The fees were paid online. */
  paidOnline: z.boolean().optional(),
  /** The dossier's documents were digitised at intake. */
  digitised: z.boolean().optional(),
  /** An electronic result was issued. */
  electronicResult: z.boolean().optional(),
});

/**
 * The applicant (chủ hồ sơ).
 *
 * @example
 * ```ts
 * import { applicantSchema } from "@hcc/core";
 * applicantSchema.parse({ name: "Trần Thị B", idNumber: "083190000001" });
 * ```
 *
 * @category Schemas
 */
export const applicantSchema = /* @__PURE__ */ z.object({
  name: z.string().optional(),
  /** Personal identification number (CCCD, 12 digits) or legacy ID (CMND, 9 digits). */
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
});

/**
 * Zod schema of a dossier (hồ sơ): one filing of a procedure by an applicant, with its timeline
 * (submitted, received, due, ended), status, channel, pauses, supplement requests, extensions,
 * inter-agency legs, processing events and service flags. All instants are normalised to the
 * canonical Vietnam-time {@link Instant}.
 *
 * @example
 * ```ts
 * import { dossierSchema } from "@hcc/core";
 * const d = dossierSchema.parse({
 *   code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07",
 *   channel: 1, status: 10, receivedAt: "2019-05-06T08:00", endedAt: "2019-05-08T10:00",
 * });
 * d.status; //=> "returned"
 * ```
 *
 * @category Schemas
 */
export const dossierSchema = /* @__PURE__ */ z
  .object({
    code: z.string().min(1),
    procedureCode: z.string().min(1),
    procedureName: z.string().optional(),
    /** The procedure case (trường hợp) this dossier follows. */
    caseId: z.string().optional(),
    fieldCode: z.string().optional(),
    fieldName: z.string().optional(),
    /** The receiving agency (where the dossier was filed). */
    agencyCode: z.string().min(1),
    /** The agency that processes it, when different. */
    handlingAgencyCode: z.string().optional(),
    channel: channels.schema.default("direct"),
    applicantKind: applicantKinds.schema.optional(),
    applicant: applicantSchema.optional(),
    summary: z.string().optional(),
    submittedAt: instantSchema.optional(),
    receivedAt: instantSchema.optional(),
    dueAt: instantSchema.optional(),
    endedAt: instantSchema.optional(),
    returnedAt: instantSchema.optional(),
    status: dossierStatuses.schema,
    returnMethod: returnMethods.schema.optional(),
    pauses: z.array(pauseSchema).default([]),
    supplementRequests: z.array(supplementRequestSchema).default([]),
    extensions: z.array(extensionSchema).default([]),
    legs: z.array(dossierLegSchema).default([]),
    events: z.array(processingEventSchema).default([]),
    flags: dossierFlagsSchema.default({}),
  })
  .superRefine((d, ctx) => {
    if (d.receivedAt !== undefined && d.endedAt !== undefined && d.endedAt < d.receivedAt) {
      ctx.addIssue({ code: "custom", message: "endedAt is before receivedAt", path: ["endedAt"], input: d.endedAt });
    }
    if (d.submittedAt !== undefined && d.receivedAt !== undefined && d.receivedAt < d.submittedAt) {
      ctx.addIssue({ code: "custom", message: "receivedAt is before submittedAt", path: ["receivedAt"], input: d.receivedAt });
    }
  });

/**
 * A validated dossier (output of {@link dossierSchema}).
 *
 * @example
 * ```ts
 * import { parseDossier, type Dossier } from "@hcc/core";
 * const d: Dossier = parseDossier({ code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "received" });
 * ```
 *
 * @category Dossiers
 */
export interface Dossier extends z.output<typeof dossierSchema> {}
/**
 * What {@link parseDossier} accepts.
 *
 * @example
 * ```ts
 * import { type DossierInput } from "@hcc/core";
 * const input: DossierInput = { code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 2, receivedAt: new Date() };
 * ```
 *
 * @category Dossiers
 */
export interface DossierInput extends z.input<typeof dossierSchema> {}
/**
 * A pause interval (see {@link pauseSchema}).
 *
 * @example
 * ```ts
 * import { parseInstant, type Pause } from "@hcc/core";
 * const pause: Pause = { kind: "supplement", from: parseInstant("2024-03-01T09:00:00+07:00") };
 * ```
 *
 * @category Dossiers
 */
export interface Pause extends z.output<typeof pauseSchema> {}
/**
 * A supplement request (see {@link supplementRequestSchema}).
 *
 * @example
 * ```ts
 * import { parseInstant, type SupplementRequest } from "@hcc/core";
 * const request: SupplementRequest = { requestedAt: parseInstant("2024-03-01T09:00:00+07:00") };
 * ```
 *
 * @category Dossiers
 */
export interface SupplementRequest extends z.output<typeof supplementRequestSchema> {}
/**
 * An extension / new appointment (see {@link extensionSchema}).
 *
 * @example
 * ```ts
 * import { parseInstant, type Extension } from "@hcc/core";
 * const ext: Extension = { at: parseInstant("2024-03-10T09:00:00+07:00"), newDueAt: parseInstant("2024-03-15T17:00:00+07:00") };
 * ```
 *
 * @category Dossiers
 */
export interface Extension extends z.output<typeof extensionSchema> {}
/**
 * An inter-agency leg (see {@link dossierLegSchema}).
 *
 * @example
 * ```ts
 * import { type DossierLeg } from "@hcc/core";
 * const leg: DossierLeg = { agencyCode: "000.00.17.H48" };
 * ```
 *
 * @category Dossiers
 */
export interface DossierLeg extends z.output<typeof dossierLegSchema> {}
/**
 * A processing event (see {@link processingEventSchema}).
 *
 * @example
 * ```ts
 * import { parseInstant, type ProcessingEvent } from "@hcc/core";
 * const e: ProcessingEvent = { step: "receive", at: parseInstant("2024-03-01T09:00:00+07:00"), place: "center" };
 * ```
 *
 * @category Dossiers
 */
export interface ProcessingEvent extends z.output<typeof processingEventSchema> {}
/**
 * Service flags (see {@link dossierFlagsSchema}).
 *
 * @example
 * ```ts
 * import { type DossierFlags } from "@hcc/core";
 * const flags: DossierFlags = { digitised: true, electronicResult: true };
 * ```
 *
 * @category Dossiers
 */
export interface DossierFlags extends z.output<typeof dossierFlagsSchema> {}
/**
 * The applicant (see {@link applicantSchema}).
 *
 * @example
 * ```ts
 * import { type Applicant } from "@hcc/core";
 * const a: Applicant = { name: "Lê Văn C" };
 * ```
 *
 * @category Dossiers
 */
export interface Applicant extends z.output<typeof applicantSchema> {}

const dossierParser = /* @__PURE__ */ createParser<Dossier>("dossier", dossierSchema);

/**
 * Validates and normalises a dossier (instants to canonical Vietnam time, codes to keys).
 *
 * @param input - a dossier-shaped object
 * @returns the {@link Dossier}
 * @throws {HccError} `invalid_input`, with one issue per bad field
 * @example
 * ```ts
 * import { parseDossier } from "@hcc/core";
 * parseDossier({ code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 4, channel: "2" }).channel; //=> "online"
 * ```
 *
 * @category Dossiers
 */
export function parseDossier(input: unknown): Dossier {
  return dossierParser.parse(input);
}

/**
 * Non-throwing {@link parseDossier}.
 *
 * @param input - anything
 * @returns `{ success, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseDossier } from "@hcc/core";
 * safeParseDossier({ code: "" }).success; //=> false
 * ```
 *
 * @category Dossiers
 */
export function safeParseDossier(input: unknown): SafeParseResult<Dossier> {
  return dossierParser.safeParse(input);
}
