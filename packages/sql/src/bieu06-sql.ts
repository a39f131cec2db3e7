import { HccError, type DateInput } from "@hcc/core";
import { normalizeSpec, type GroupDimension } from "@hcc/stats";
import type { VerdictComparator } from "@hcc/sla";
import * as z from "zod";
import { parseDialect, type SqlDialect } from "./dialect.js";
import { BIEU06_COUNTS, dimensionExpr, pipeline, type SourceColumns } from "./_internal/report-query.js";
import { ident, tableName } from "./_internal/sql-text.js";

/**
 * The table columns `bieu06Sql` reads. The eight of the contract (`code` … `status`) are required
 * unless mapped away: `agencyCode` may be left out when `code` carries it
 * (`{agency}-{yyMMdd}-{seq}`), `channel` (missing = direct), `dueAt` and `endedAt` likewise. The
 * others are read only when named: `supplementRequests` (a count: more than one makes the dossier
 * late / overdue), `processingDays` (working days to the due date when `dueAt` is NULL, through
 * the calendar table), `fieldCode`, `level`.
 *
 * @example
 * ```ts
 * import type { DossierTableColumn } from "@hcc/sql";
 * const column: DossierTableColumn = "receivedAt";
 * ```
 *
 * @category Reports
 */
export type DossierTableColumn =
  | "code"
  | "procedureCode"
  | "agencyCode"
  | "channel"
  | "receivedAt"
  | "dueAt"
  | "endedAt"
  | "status"
  | "supplementRequests"
  | "processingDays"
  | "fieldCode"
  | "level";

/**
 * The columns of the table contract that are used unless mapped to `null`.
 *
 * @example
 * ```ts
 * import { DOSSIER_TABLE_COLUMNS } from "@hcc/sql";
 * DOSSIER_TABLE_COLUMNS.length; //=> 8
 * ```
 *
 * @category Reports
 */
export const DOSSIER_TABLE_COLUMNS: readonly DossierTableColumn[] = Object.freeze([
  "code",
  "procedureCode",
  "agencyCode",
  "channel",
  "receivedAt",
  "dueAt",
  "endedAt",
  "status",
] as const);

/**
 * Options of {@link bieu06Sql}.
 *
 * @example
 * ```ts
 * import type { Bieu06SqlOptions } from "@hcc/sql";
 * const options: Bieu06SqlOptions = { dialect: "postgres", table: "dossiers", from: "2024-01-01", to: "2024-03-31", groupBy: ["agency"] };
 * ```
 *
 * @category Reports
 */
export interface Bieu06SqlOptions {
  /** The SQL dialect. */
  readonly dialect: SqlDialect;
  /** The dossier table (`schema.table` allowed). */
  readonly table: string;
  /** First day of the period (Vietnam date). */
  readonly from: DateInput;
  /** Last day of the period, inclusive. */
  readonly to: DateInput;
  /** The date in-progress dossiers are judged at. @defaultValue `to` */
  readonly asOf?: DateInput;
  /** Group dimensions, as in `@hcc/stats`. @defaultValue `[]` (one row) */
  readonly groupBy?: readonly GroupDimension[];
  /** How the end is compared with the due date. @defaultValue `"date"` */
  readonly comparator?: VerdictComparator;
  /** More than one supplement request makes a dossier late / overdue. @defaultValue `true` */
  readonly lateIfMultipleSupplements?: boolean;
  /**
   * Your column names, by contract name; `null` = the table has no such column. Contract names not
   * given are used as they are for the eight required ones, and not read for the optional ones.
   */
  readonly columns?: Readonly<Partial<Record<DossierTableColumn, string | null>>>;
  /** The calendar table (see `calendarSql`), joined when `columns.processingDays` is given. @defaultValue `"hcc_calendar"` */
  readonly calendarTable?: string;
}

const column = z.enum(["code", "procedureCode", "agencyCode", "channel", "receivedAt", "dueAt", "endedAt", "status", "supplementRequests", "processingDays", "fieldCode", "level"]);

const optionsSchema = z.object({
  dialect: z.string(),
  table: z.string().min(1),
  from: z.union([z.string(), z.date()]),
  to: z.union([z.string(), z.date()]),
  asOf: z.union([z.string(), z.date()]).optional(),
  groupBy: z.array(z.string()).optional(),
  comparator: z.enum(["date", "instant"]).optional(),
  lateIfMultipleSupplements: z.boolean().optional(),
  columns: z.partialRecord(column, z.string().min(1).nullable()).optional(),
  calendarTable: z.string().min(1).optional(),
});

const REQUIRED: readonly DossierTableColumn[] = ["procedureCode", "status", "receivedAt"];

/** Reads the options of the report statement (shared with the file engine). */
export function readBieu06Options(options: Bieu06SqlOptions): { dialect: SqlDialect; spec: ReturnType<typeof normalizeSpec> } {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid bieu06Sql options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, {
      value: options,
      issues: parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== "symbol"), message: i.message })),
    });
  }
  const dialect = parseDialect(options.dialect);
  const spec = normalizeSpec({
    from: options.from,
    to: options.to,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }),
    ...(options.comparator === undefined ? {} : { comparator: options.comparator }),
    ...(options.lateIfMultipleSupplements === undefined ? {} : { lateIfMultipleSupplements: options.lateIfMultipleSupplements }),
  });
  return { dialect, spec };
}

/**
 * The Biểu 06/VPCP/KSTT report of a dossier table as **one** SQL `SELECT`, with exactly
 * `@hcc/stats`' rules: Vietnam dates (UTC+7) of `timestamptz` columns, period membership (new,
 * carried over, resolved in the period, in progress at the end), `@hcc/sla`'s verdict rule
 * (early / on time / late by Vietnam date; within / overdue against the as-of date; more than one
 * supplement request → late / overdue; no due date → on time / within), month / quarter / year
 * sub-periods. Rows that the JavaScript engine would reject (unknown status or channel, no receipt
 * time, an end that contradicts the status) and never-received dossiers (status 1, 3) are not
 * counted.
 *
 * Result columns: the `groupBy` dimensions (named as such), then `received`, `received_online`,
 * `received_direct_or_postal`, `carried_over`, `resolved`, `early`, `on_time`, `late`,
 * `in_progress`, `within_deadline`, `overdue` (Biểu 06 columns 3–13), ordered by the dimensions.
 * Without `groupBy`, one row.
 *
 * @param options - dialect, table, period, as-of date, grouping, rule options and column names
 * @returns the statement (no trailing semicolon)
 * @throws {HccError} `invalid_input` for an unknown dialect, bad options or a required column
 *   mapped to `null`; `invalid_date` for an unreadable date
 * @example
 * ```ts
 * import { bieu06Sql } from "@hcc/sql";
 * const sql = bieu06Sql({ dialect: "duckdb", table: "dossiers", from: "2024-01-01", to: "2024-03-31", groupBy: ["agency"] });
 * sql.startsWith("WITH hcc_periods"); //=> true
 * ```
 *
 * @category Reports
 */
export function bieu06Sql(options: Bieu06SqlOptions): string {
  const { dialect, spec } = readBieu06Options(options);
  const names = options.columns ?? {};
  for (const name of REQUIRED) {
    if (names[name] === null) throw new HccError("invalid_input", `bieu06Sql: column ${name} is required`, { value: names });
  }
  const col = (name: DossierTableColumn, required: boolean): string | undefined => {
    const given = names[name];
    if (given === null) return undefined;
    if (given === undefined) return required ? `t.${ident(name)}` : undefined;
    return `t.${ident(given)}`;
  };
  const columns: SourceColumns = {
    code: col("code", true),
    procedureCode: col("procedureCode", true) as string,
    agencyCode: col("agencyCode", true),
    fieldCode: col("fieldCode", false),
    level: col("level", false),
    status: col("status", true) as string,
    channel: col("channel", true),
    receivedAt: col("receivedAt", true) as string,
    dueAt: col("dueAt", true),
    endedAt: col("endedAt", true),
    supplementRequests: col("supplementRequests", false),
    processingDays: col("processingDays", false),
  };
  if (columns.code === undefined && columns.agencyCode === undefined) {
    throw new HccError("invalid_input", "bieu06Sql: column agencyCode is required when there is no code column", { value: names });
  }
  const withClause = pipeline({ dialect, source: `${tableName(options.table)} t`, columns, spec, calendarTable: options.calendarTable ?? "hcc_calendar" });
  const keys = spec.groupBy.map((d) => `${dimensionExpr(d)} AS ${ident(d)}`);
  const select = [...keys, ...BIEU06_COUNTS.map(([name, expr]) => `${expr} AS ${ident(name)}`)].join(",\n  ");
  const group = spec.groupBy.length === 0 ? "" : `\nGROUP BY ${spec.groupBy.map((_, i) => String(i + 1)).join(", ")}\nORDER BY ${spec.groupBy.map((_, i) => String(i + 1)).join(", ")}`;
  return `${withClause}\nSELECT\n  ${select}\nFROM hcc_rows${group}`;
}
