import { HccError, toDayNumber, type HccIssue } from "@hcc/core";
import * as z from "zod";
import type { DayKind, WorkingSession } from "../types.js";
import type { ResolvedOverride } from "./table.js";

const sessionSchema = z
  .object({ start: z.number().int().min(0).max(1440), end: z.number().int().min(0).max(1440) })
  .refine((s) => s.start < s.end, { message: "a session must end after it starts" });

export const sessionsSchema = z
  .array(sessionSchema)
  .min(1, { message: "at least one session" })
  .refine((list) => list.every((s, i) => i === 0 || list[i - 1]!.end <= s.start), {
    message: "sessions must be sorted and must not overlap",
  });

const dateInputSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  try {
    return toDayNumber(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : "invalid date", input: value });
    return z.NEVER;
  }
});

const labelSchema = z.union([
  z.string().min(1).transform((s) => ({ vi: s, en: s })),
  z.object({ vi: z.string().min(1), en: z.string().min(1) }),
]);

const KIND_VALUES = ["weekday", "weekend", "holiday", "compensatory", "bridge_off", "makeup_workday"] as const;

export const overrideSchema = z
  .object({
    date: dateInputSchema,
    working: z.boolean(),
    kind: z.enum(KIND_VALUES).optional(),
    name: labelSchema.optional(),
    sessions: sessionsSchema.optional(),
  })
  .strict()
  .refine((o) => o.kind === undefined || (o.kind === "weekday" || o.kind === "makeup_workday") === o.working, {
    message: "kind must agree with working (weekday / makeup_workday are working days, the others are not)",
  })
  .refine((o) => o.sessions === undefined || o.working, { message: "sessions only apply to a working day" });

const weekdaySchema = z.union([z.boolean(), sessionsSchema]);

export const optionsSchema = z
  .object({
    id: z.string().min(1).optional(),
    include: z.array(z.enum(["culture-day"])).optional(),
    officialData: z.boolean().optional(),
    sessions: sessionsSchema.optional(),
    week: z
      .object({
        monday: weekdaySchema.optional(),
        tuesday: weekdaySchema.optional(),
        wednesday: weekdaySchema.optional(),
        thursday: weekdaySchema.optional(),
        friday: weekdaySchema.optional(),
        saturday: weekdaySchema.optional(),
        sunday: weekdaySchema.optional(),
      })
      .strict()
      .refine((week) => Object.values(week).some((v) => v !== false) || Object.keys(week).length < 7, {
        message: "the weekly pattern must keep at least one working day",
      })
      .optional(),
    overrides: z.array(overrideSchema).optional(),
  })
  .strict();

export type ParsedOptions = z.output<typeof optionsSchema>;

function issuesOf(error: z.ZodError): HccIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
    ...("input" in issue && issue.input !== undefined ? { input: issue.input } : {}),
  }));
}

/** Validates with a schema, throwing `HccError('invalid_calendar')` with the issues. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const first = issues[0];
  const where = first === undefined || first.path.length === 0 ? "" : ` at ${first.path.join(".")}`;
  throw new HccError("invalid_calendar", `Invalid ${what}${where}: ${first?.message ?? "invalid"}`, {
    value: input,
    issues,
    cause: result.error,
  });
}

type ParsedOverride = z.output<typeof overrideSchema>;

export function resolveOverrides(list: readonly ParsedOverride[]): ResolvedOverride[] {
  return list.map((o) => ({
    day: o.date,
    working: o.working,
    kind: o.kind as DayKind | undefined,
    name: o.name,
    sessions: o.sessions as readonly WorkingSession[] | undefined,
  }));
}
