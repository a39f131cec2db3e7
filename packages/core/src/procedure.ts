import * as z from "zod";
import { applicantKinds, channels, levels, onlineServiceLevels, pauseKinds, places, stepKinds, timeUnits } from "./enums.js";
import { createParser, localDateSchema, timeOfDaySchema } from "./schemas.js";
import type { SafeParseResult } from "./errors.js";

/**
 * A processing time: a number and its unit (`working_hours`, `working_days`, `calendar_days`,
 * `months`).
 *
 * @example
 * ```ts
 * import { processingTimeSchema } from "@hcc/core";
 * processingTimeSchema.parse({ value: 15, unit: "working_days" });
 * ```
 *
 * @category Schemas
 */
export const processingTimeSchema = /* @__PURE__ */ z.object({
  value: z.number().finite().nonnegative(),
  unit: timeUnits.schema,
  /** Free-text qualification as published ("kể từ ngày nhận đủ hồ sơ hợp lệ"). */
  note: z.string().optional(),
});

/**
 * A fee or charge (phí, lệ phí) in VND. A free procedure states it explicitly with `amount: 0`.
 *
 * @example
 * ```ts
 * import { feeSchema } from "@hcc/core";
 * feeSchema.parse({ amount: 0, description: "Không thu phí" });
 * ```
 *
 * @category Schemas
 */
export const feeSchema = /* @__PURE__ */ z.object({
  /** `fee` (phí), `charge` (lệ phí) or unspecified. */
  kind: z.enum(["fee", "charge", "other"]).optional(),
  /** Amount in VND; 0 means explicitly free. */
  amount: z.number().finite().nonnegative(),
  description: z.string().optional(),
});

/**
 * One channel through which a procedure can be filed, with its own processing time and fees.
 *
 * @example
 * ```ts
 * import { channelOptionSchema } from "@hcc/core";
 * channelOptionSchema.parse({ channel: "online", processingTime: { value: 3, unit: "working_days" }, fees: [] });
 * ```
 *
 * @category Schemas
 */
export const channelOptionSchema = /* @__PURE__ */ z.object({
  channel: channels.schema,
  processingTime: processingTimeSchema.optional(),
  /** Fees for this channel; `undefined` means not published. */
  fees: z.array(feeSchema).optional(),
  description: z.string().optional(),
});

/**
 * A required document (thành phần hồ sơ): how many originals and copies, and its form if any.
 *
 * @example
 * ```ts
 * import { requiredDocumentSchema } from "@hcc/core";
 * requiredDocumentSchema.parse({ name: "Tờ khai đăng ký kết hôn", originals: 1, form: { name: "Mẫu TP/HT-2020-KH" } });
 * ```
 *
 * @category Schemas
 */
export const requiredDocumentSchema = /* @__PURE__ */ z.object({
  name: z.string(),
  originals: z.number().int().nonnegative().default(0),
  copies: z.number().int().nonnegative().default(0),
  /** Whether the document is always required (false: only in some situations). */
  required: z.boolean().default(true),
  form: z.object({ name: z.string(), url: z.string().optional() }).optional(),
});

/**
 * One step of a procedure's workflow (trình tự thực hiện), with where it happens, for the
 * "4 tại chỗ" check.
 *
 * @example
 * ```ts
 * import { procedureStepSchema } from "@hcc/core";
 * procedureStepSchema.parse({ name: "Tiếp nhận hồ sơ", kind: "receive", place: "center" });
 * ```
 *
 * @category Schemas
 */
export const procedureStepSchema = /* @__PURE__ */ z.object({
  name: z.string(),
  description: z.string().optional(),
  kind: stepKinds.schema.optional(),
  place: places.schema.optional(),
  /** Agency that performs the step. */
  agencyCode: z.string().optional(),
  duration: processingTimeSchema.optional(),
});

/**
 * A case of a procedure (trường hợp): its own steps, channels (each with time and fees) and
 * required documents.
 *
 * @example
 * ```ts
 * import { procedureCaseSchema } from "@hcc/core";
 * procedureCaseSchema.parse({ id: "default", channels: [{ channel: "direct", processingTime: { value: 5, unit: "working_days" } }] });
 * ```
 *
 * @category Schemas
 */
export const procedureCaseSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1).default("default"),
  name: z.string().default(""),
  steps: z.array(procedureStepSchema).default([]),
  channels: z.array(channelOptionSchema).default([]),
  documents: z.array(requiredDocumentSchema).default([]),
});

/**
 * A legal document on which a procedure rests (cơ sở pháp lý).
 *
 * @example
 * ```ts
 * import { legalBasisSchema } from "@hcc/core";
 * legalBasisSchema.parse({ number: "87/2014/QH13", title: "Luật Hộ tịch" });
 * ```
 *
 * @category Schemas
 */
export const legalBasisSchema = /* @__PURE__ */ z.object({
  /** Document number, e.g. `"01/2021/NĐ-CP"`. */
  number: z.string(),
  title: z.string().optional(),
  issuer: z.string().optional(),
  issuedAt: localDateSchema.optional(),
});

/**
 * Contact information published with a procedure.
 *
 * @example
 * ```ts
 * import { contactSchema } from "@hcc/core";
 * contactSchema.parse({ phone: "0275 3822 000" });
 * ```
 *
 * @category Schemas
 */
export const contactSchema = /* @__PURE__ */ z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
});

/**
 * Deadline settings of a procedure used by `@hcc/sla`.
 *
 * @example
 * ```ts
 * import { procedureTimingSchema } from "@hcc/core";
 * procedureTimingSchema.parse({ cutoff: "15:00" }).excludedPauseKinds; //=> ["supplement"]
 * ```
 *
 * @category Schemas
 */
export const procedureTimingSchema = /* @__PURE__ */ z.object({
  /** Per-procedure cut-off hour: a dossier received at or after it counts from the next working day. */
  cutoff: timeOfDaySchema.optional(),
  /** Pause kinds that stop the clock. Supplement requests always do [portal]. */
  excludedPauseKinds: z.array(pauseKinds.schema).default(["supplement"]),
});

/**
 * Zod schema of a published administrative procedure (thủ tục hành chính), as in the national
 * procedure database: codes, name, fields, levels, cases (steps, channels with time and fees,
 * documents), applicants, agencies, results, legal basis, conditions, contact, online level,
 * version. Lists default to empty so that incomplete catalogues parse and can be checked by
 * `@hcc/rules`.
 *
 * @example
 * ```ts
 * import { procedureSchema } from "@hcc/core";
 * const p = procedureSchema.parse({ code: "1.000894", name: "Đăng ký kết hôn" });
 * p.cases; //=> []
 * p.resultOnPaper; //=> true
 * ```
 *
 * @category Schemas
 */
export const procedureSchema = /* @__PURE__ */ z.object({
  /** National code, e.g. `1.000894`. */
  code: z.string().min(1),
  /** Provincial instance or local code, e.g. `1.000894.000.00.00.H48`. */
  localCode: z.string().optional(),
  name: z.string(),
  /** Procedure type as published (e.g. "TTHC được luật giao quy định chi tiết"). */
  type: z.string().optional(),
  fields: z.array(z.object({ code: z.string().optional(), name: z.string() })).default([]),
  levels: z.array(levels.schema).default([]),
  cases: z.array(procedureCaseSchema).default([]),
  applicantKinds: z.array(applicantKinds.schema).default([]),
  implementingAgencies: z.array(z.object({ code: z.string().optional(), name: z.string() })).default([]),
  results: z.array(z.object({ name: z.string(), template: z.string().optional() })).default([]),
  /**
   * Whether the procedure's result is a paper document (a licence, a certificate…) — the
   * national procedure database's flag that the portal's Decision 766 formulas read (3.3, 4.1,
   * 4.2). Default `true`: most results are paper documents.
   */
  resultOnPaper: z.boolean().default(true),
  legalBasis: z.array(legalBasisSchema).default([]),
  /** Conditions (điều kiện); publish "Không" explicitly when there are none. */
  conditions: z.array(z.string()).default([]),
  contact: contactSchema.optional(),
  onlineServiceLevel: onlineServiceLevels.schema.optional(),
  timing: procedureTimingSchema.optional(),
  version: z.object({ effectiveFrom: localDateSchema, decision: z.string().optional() }).optional(),
});

/**
 * A validated procedure (output of {@link procedureSchema}).
 *
 * @example
 * ```ts
 * import { parseProcedure, type Procedure } from "@hcc/core";
 * const p: Procedure = parseProcedure({ code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh" });
 * ```
 *
 * @category Procedures and agencies
 */
export interface Procedure extends z.output<typeof procedureSchema> {}
/**
 * What {@link parseProcedure} accepts (dates as `Date` or strings, codes as keys or numbers).
 *
 * @example
 * ```ts
 * import { type ProcedureInput } from "@hcc/core";
 * const input: ProcedureInput = { code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh", levels: [2] };
 * ```
 *
 * @category Procedures and agencies
 */
export interface ProcedureInput extends z.input<typeof procedureSchema> {}
/**
 * A procedure case (see {@link procedureCaseSchema}).
 *
 * @example
 * ```ts
 * import { type ProcedureCase } from "@hcc/core";
 * const c: ProcedureCase = { id: "default", name: "", steps: [], channels: [], documents: [] };
 * ```
 *
 * @category Procedures and agencies
 */
export interface ProcedureCase extends z.output<typeof procedureCaseSchema> {}
/**
 * A processing time (see {@link processingTimeSchema}).
 *
 * @example
 * ```ts
 * import { type ProcessingTime } from "@hcc/core";
 * const t: ProcessingTime = { value: 8, unit: "working_hours" };
 * ```
 *
 * @category Procedures and agencies
 */
export interface ProcessingTime extends z.output<typeof processingTimeSchema> {}
/**
 * A fee (see {@link feeSchema}).
 *
 * @example
 * ```ts
 * import { type Fee } from "@hcc/core";
 * const fee: Fee = { kind: "charge", amount: 100000 };
 * ```
 *
 * @category Procedures and agencies
 */
export interface Fee extends z.output<typeof feeSchema> {}
/**
 * A channel option of a case (see {@link channelOptionSchema}).
 *
 * @example
 * ```ts
 * import { type ChannelOption } from "@hcc/core";
 * const option: ChannelOption = { channel: "direct", processingTime: { value: 3, unit: "working_days" } };
 * ```
 *
 * @category Procedures and agencies
 */
export interface ChannelOption extends z.output<typeof channelOptionSchema> {}
/**
 * A required document (see {@link requiredDocumentSchema}).
 *
 * @example
 * ```ts
 * import { type RequiredDocument } from "@hcc/core";
 * const doc: RequiredDocument = { name: "Giấy đề nghị", originals: 1, copies: 0, required: true };
 * ```
 *
 * @category Procedures and agencies
 */
export interface RequiredDocument extends z.output<typeof requiredDocumentSchema> {}
/**
 * A workflow step (see {@link procedureStepSchema}).
 *
 * @example
 * ```ts
 * import { type ProcedureStep } from "@hcc/core";
 * const step: ProcedureStep = { name: "Thẩm định", kind: "appraise", place: "center" };
 * ```
 *
 * @category Procedures and agencies
 */
export interface ProcedureStep extends z.output<typeof procedureStepSchema> {}
/**
 * Deadline settings (see {@link procedureTimingSchema}).
 *
 * @example
 * ```ts
 * import { type ProcedureTiming } from "@hcc/core";
 * const timing: ProcedureTiming = { cutoff: "15:00", excludedPauseKinds: ["supplement"] };
 * ```
 *
 * @category Procedures and agencies
 */
export interface ProcedureTiming extends z.output<typeof procedureTimingSchema> {}

const procedureParser = /* @__PURE__ */ createParser<Procedure>("procedure", procedureSchema);

/**
 * Validates and normalises a procedure.
 *
 * @param input - a procedure-shaped object
 * @returns the {@link Procedure}
 * @throws {HccError} `invalid_input`, with one issue per bad field
 * @example
 * ```ts
 * import { parseProcedure } from "@hcc/core";
 * parseProcedure({ code: "1.000894", name: "Đăng ký kết hôn", levels: ["commune"] }).levels; //=> ["commune"]
 * ```
 *
 * @category Procedures and agencies
 */
export function parseProcedure(input: unknown): Procedure {
  return procedureParser.parse(input);
}

/**
 * Non-throwing {@link parseProcedure}.
 *
 * @param input - anything
 * @returns `{ success, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseProcedure } from "@hcc/core";
 * safeParseProcedure({ name: "no code" }).success; //=> false
 * ```
 *
 * @category Procedures and agencies
 */
export function safeParseProcedure(input: unknown): SafeParseResult<Procedure> {
  return procedureParser.safeParse(input);
}
