import * as z from "zod";
import { formatInstant, dayNumberToLocalDate, toEpochMs, toDayNumber, type Instant, type LocalDate } from "./dates.js";
import { HccError, isHccError, safely, type HccIssue, type SafeParseResult } from "./errors.js";
import { withJsonHint } from "./_internal/json-hints.js";

/** ISO 8601 date-time without an offset (read as Vietnam time), as a JSON Schema pattern. */
const LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?$";

/**
 * Zod schema for an instant: accepts a `Date` or an ISO 8601 string (no offset = Vietnam time)
 * and outputs the canonical {@link Instant} (`YYYY-MM-DDTHH:mm:ss+07:00`).
 *
 * @example
 * ```ts
 * import { instantSchema } from "@hcc/core";
 * instantSchema.parse("2019-05-06 08:00"); //=> "2019-05-06T08:00:00+07:00"
 * ```
 *
 * @category Schemas
 */
export const instantSchema: z.ZodType<Instant, Date | string> = /* @__PURE__ */ withJsonHint(z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    try {
      return formatInstant(toEpochMs(value));
    } catch (error) {
      ctx.addIssue({ code: "custom", message: isHccError(error) ? error.message : "Invalid date", input: value });
      return z.NEVER;
    }
  })
  .meta({ description: "ISO 8601 date-time; without an offset it is Vietnam time (UTC+7)" }), {
  type: "string",
  description:
    "ISO 8601 date-time. With an offset (2019-05-06T08:15:00+07:00, 2019-05-06T01:15:00Z) it is that instant; without one (2019-05-06 08:15) it is Vietnam time (UTC+7); a plain date YYYY-MM-DD is 00:00 Vietnam time.",
  anyOf: [{ format: "date-time" }, { pattern: LOCAL_DATE_TIME_PATTERN }, { format: "date" }],
}) as unknown as z.ZodType<Instant, Date | string>;

/**
 * Zod schema for a Vietnam calendar date: accepts `YYYY-MM-DD`, a `Date` or an ISO 8601 string and
 * outputs `YYYY-MM-DD` (the date in Vietnam time).
 *
 * @example
 * ```ts
 * import { localDateSchema } from "@hcc/core";
 * localDateSchema.parse("2019-05-05T20:00:00Z"); //=> "2019-05-06"
 * ```
 *
 * @category Schemas
 */
export const localDateSchema: z.ZodType<LocalDate, Date | string> = /* @__PURE__ */ withJsonHint(z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    try {
      return dayNumberToLocalDate(toDayNumber(value));
    } catch (error) {
      ctx.addIssue({ code: "custom", message: isHccError(error) ? error.message : "Invalid date", input: value });
      return z.NEVER;
    }
  })
  .meta({ description: "Calendar date YYYY-MM-DD (Vietnam)" }), {
  type: "string",
  description: "Calendar date YYYY-MM-DD in Vietnam; an ISO 8601 date-time is taken at its date in Vietnam time (UTC+7).",
  anyOf: [{ format: "date" }, { format: "date-time" }, { pattern: LOCAL_DATE_TIME_PATTERN }],
}) as unknown as z.ZodType<LocalDate, Date | string>;

/**
 * Zod schema for a wall-clock time of day `HH:mm` (00:00–23:59), e.g. a procedure's cut-off hour.
 *
 * @example
 * ```ts
 * import { timeOfDaySchema } from "@hcc/core";
 * timeOfDaySchema.parse("15:00"); //=> "15:00"
 * ```
 *
 * @category Schemas
 */
export const timeOfDaySchema = /* @__PURE__ */ z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "expected HH:mm (00:00–23:59)" });

/** @internal Converts zod issues to `HccIssue`s. */
export function toHccIssues(error: z.ZodError): HccIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
    ...("input" in issue && issue.input !== undefined ? { input: issue.input } : {}),
  }));
}

/**
 * A pair of parsers built from a zod schema: `parse` throws an `HccError` whose `issues` list
 * every bad field; `safeParse` returns a result object.
 *
 * @typeParam T - the output type
 * @example
 * ```ts
 * import { createParser } from "@hcc/core";
 * import * as z from "zod";
 * const port = createParser("port", z.number().int().min(1).max(65535));
 * port.safeParse(80).success; //=> true
 * ```
 *
 * @category Schemas
 */
export interface Parser<T> {
  /**
   * Validates and normalises; throws `HccError` (`invalid_input`).
   *
   * @example
   * ```ts
   * import { createParser, isHccError } from "@hcc/core";
   * import * as z from "zod";
   * const port = createParser("port", z.coerce.number().int().min(1).max(65535));
   * port.parse("8080"); //=> 8080
   * try {
   *   port.parse(0);
   * } catch (error) {
   *   isHccError(error) && error.code; //=> "invalid_input"
   * }
   * ```
   */
  parse(input: unknown): T;
  /**
   * Validates and normalises; never throws.
   *
   * @example
   * ```ts
   * import { createParser } from "@hcc/core";
   * import * as z from "zod";
   * const port = createParser("port", z.number().int().min(1).max(65535));
   * port.safeParse(80); //=> { success: true, data: 80 }
   * port.safeParse(0).success; //=> false
   * ```
   */
  safeParse(input: unknown): SafeParseResult<T>;
}

/**
 * Builds a {@link Parser} from a zod schema, with errors that name the thing parsed and every
 * offending field.
 *
 * @param name - what is parsed, for messages (e.g. `"dossier"`)
 * @param schema - the zod schema
 * @returns `{ parse, safeParse }`
 * @example
 * ```ts
 * import { createParser } from "@hcc/core";
 * import * as z from "zod";
 * createParser("count", z.number()).parse(3); //=> 3
 * ```
 *
 * @category Schemas
 */
export function createParser<T>(name: string, schema: z.ZodType<T>): Parser<T> {
  const parse = (input: unknown): T => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    const issues = toHccIssues(result.error);
    const first = issues[0];
    const where = first === undefined || first.path.length === 0 ? "" : ` at ${first.path.join(".")}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
    throw new HccError("invalid_input", `Invalid ${name}${where}: ${first?.message ?? "invalid"}${more}`, {
      value: input,
      issues,
      cause: result.error,
    });
  };
  return { parse, safeParse: (input) => safely(() => parse(input)) };
}
