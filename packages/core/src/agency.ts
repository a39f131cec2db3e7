import * as z from "zod";
import { levels } from "./enums.js";
import { createParser, localDateSchema } from "./schemas.js";
import type { SafeParseResult } from "./errors.js";

/**
 * Zod schema of an agency (cơ quan, đơn vị): its electronic identification code (mã định danh,
 * Decision 20/2020/QĐ-TTg), names, level, parent, province, validity dates and successor. Agencies
 * are data with validity dates, never constants: provinces and departments merge.
 *
 * @example
 * ```ts
 * import { agencySchema } from "@hcc/core";
 * agencySchema.parse({ code: "000.00.00.H07", name: "UBND tỉnh Bến Tre", level: "province", validTo: "2025-06-30", successorCode: "000.00.00.H61" });
 * ```
 *
 * @category Schemas
 */
export const agencySchema = /* @__PURE__ */ z
  .object({
    code: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    shortName: z.string().optional(),
    level: levels.schema.optional(),
    parentCode: z.string().optional(),
    provinceCode: z.string().optional(),
    validFrom: localDateSchema.optional(),
    validTo: localDateSchema.optional(),
    successorCode: z.string().optional(),
  })
  .refine((a) => a.validFrom === undefined || a.validTo === undefined || a.validFrom <= a.validTo, {
    message: "validTo is before validFrom",
    path: ["validTo"],
  });

/**
 * A validated agency (output of {@link agencySchema}).
 *
 * @example
 * ```ts
 * import { parseAgency, type Agency } from "@hcc/core";
 * const a: Agency = parseAgency({ code: "000.00.00.H61", name: "UBND tỉnh Vĩnh Long" });
 * ```
 *
 * @category Procedures and agencies
 */
export interface Agency extends z.output<typeof agencySchema> {}
/**
 * What {@link parseAgency} accepts.
 *
 * @example
 * ```ts
 * import { type AgencyInput } from "@hcc/core";
 * const input: AgencyInput = { code: "000.00.00.H61", name: "UBND tỉnh Vĩnh Long", level: 1 };
 * ```
 *
 * @category Procedures and agencies
 */
export interface AgencyInput extends z.input<typeof agencySchema> {}

const agencyParser = /* @__PURE__ */ createParser<Agency>("agency", agencySchema);

/**
 * Validates and normalises an agency.
 *
 * @param input - an agency-shaped object
 * @returns the {@link Agency}
 * @throws {HccError} `invalid_input`
 * @example
 * ```ts
 * import { parseAgency } from "@hcc/core";
 * parseAgency({ code: "000.00.00.H61", name: "UBND tỉnh Vĩnh Long", level: 1 }).level; //=> "province"
 * ```
 *
 * @category Procedures and agencies
 */
export function parseAgency(input: unknown): Agency {
  return agencyParser.parse(input);
}

/**
 * Non-throwing {@link parseAgency}.
 *
 * @param input - anything
 * @returns `{ success, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseAgency } from "@hcc/core";
 * safeParseAgency({ code: "X" }).success; //=> false (no name)
 * ```
 *
 * @category Procedures and agencies
 */
export function safeParseAgency(input: unknown): SafeParseResult<Agency> {
  return agencyParser.safeParse(input);
}
