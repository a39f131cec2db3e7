// The Biểu 06 pipeline as SQL common table expressions, shared by `bieu06Sql` (a table in the
// database) and the DuckDB file engine (`@hcc/sql/node`): read and check each dossier, split the
// period like @hcc/stats, classify with @hcc/sla's rule. Every rule here mirrors one in
// packages/stats/src/aggregator.ts and packages/sla/src/_internal/classify.ts (see docs/sql.md).
import type { SqlDialect } from "../dialect.js";
import { periodsOf } from "./periods.js";
import type { StatsSpecLike } from "./spec-like.js";
import { asText, date, ident, instant, str, tableName, vietnamDate } from "./sql-text.js";

/** SQL expressions (over the source row) of the dossier fields; `undefined` = column absent. */
export interface SourceColumns {
  readonly code: string | undefined;
  readonly procedureCode: string;
  readonly agencyCode: string | undefined;
  readonly fieldCode: string | undefined;
  readonly level: string | undefined;
  /** Text or integer: 1–10 or a status key. */
  readonly status: string;
  /** Text or integer: direct/online/postal or 1/2/3; NULL or '' = direct. */
  readonly channel: string | undefined;
  /** timestamptz expressions. */
  readonly receivedAt: string;
  readonly dueAt: string | undefined;
  readonly endedAt: string | undefined;
  /** Integer count of supplement requests. */
  readonly supplementRequests: string | undefined;
  /** Working days to the due date, used when the due date is NULL (joins the calendar table). */
  readonly processingDays: string | undefined;
  /** Extra boolean: FALSE when a value of the row could not be read (file engine only). */
  readonly readOk?: string | undefined;
  /** Extra columns carried through (alias → expression). */
  readonly extra?: Readonly<Record<string, string>>;
}

export interface QueryInput {
  readonly dialect: SqlDialect;
  /** The FROM item (a quoted table name or a parenthesised subquery with an alias). */
  readonly source: string;
  readonly columns: SourceColumns;
  readonly spec: StatsSpecLike;
  /** The calendar table, for derived due dates. */
  readonly calendarTable: string;
  /**
   * Keep every row in `hcc_rows` (the file engine's single pass): rows not counted get NULL period
   * columns, and `hcc_one` marks the one row per dossier (its last period, or its only row).
   */
  readonly allRows?: boolean;
}

const STATUS_KEYS = ["registered", "received", "not_received", "processing", "supplement_requested", "financial_obligation_requested", "withdrawn", "stopped", "done", "returned"];

// Codes are matched as they are first (the common case, no string function per row), then
// trimmed and lower-cased: nested CASEs rather than COALESCE (measurably cheaper in DuckDB).
function statusExpr(dialect: SqlDialect, expr: string): string {
  const t = `lower(trim(${asText(dialect, expr)}))`;
  const codes = STATUS_KEYS.map((_, i) => `WHEN ${str(String(i + 1))} THEN ${i + 1}`).join(" ");
  const whens = STATUS_KEYS.map((key, i) => `WHEN ${str(String(i + 1))} THEN ${i + 1} WHEN ${str(key)} THEN ${i + 1}`).join(" ");
  return `CASE ${asText(dialect, expr)} ${codes} ELSE CASE ${t} ${whens} ELSE NULL END END`;
}

function channelExpr(dialect: SqlDialect, expr: string | undefined): string {
  if (expr === undefined) return "1";
  const t = `COALESCE(lower(trim(${asText(dialect, expr)})), '')`;
  return `CASE ${asText(dialect, expr)} WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN 'direct' THEN 1 WHEN 'online' THEN 2 WHEN 'postal' THEN 3
      ELSE CASE ${t} WHEN '' THEN 1 WHEN '1' THEN 1 WHEN 'direct' THEN 1 WHEN '2' THEN 2 WHEN 'online' THEN 2 WHEN '3' THEN 3 WHEN 'postal' THEN 3 ELSE NULL END END`;
}

function levelExpr(dialect: SqlDialect, expr: string | undefined): string {
  if (expr === undefined) return "''";
  const t = `COALESCE(lower(trim(${asText(dialect, expr)})), '')`;
  const keys = ["ministry", "province", "district", "commune"];
  return `CASE ${t} WHEN '' THEN '' ${keys.map((k, i) => `WHEN '${i}' THEN '${k}' WHEN '${k}' THEN '${k}'`).join(" ")} ELSE NULL END`;
}

/** Trimmed text, NULL when empty. */
const text = (dialect: SqlDialect, expr: string): string => `NULLIF(trim(${asText(dialect, expr)}), '')`;

/**
 * The agency of a dossier code, by `@hcc/core`'s `parseDossierCode` rule: `{agency}-{yyMMdd}-{seq}`
 * read from the right (4, else 5 sequence digits), the date a real date of 2000–2099, the sequence
 * not 0, the agency part without spaces and not starting or ending with a dash; NULL otherwise.
 * Written with SUBSTRING / TRANSLATE / MOD only, so every dialect runs it; the inner CASE keeps
 * each CAST behind the digit checks. A standard agency code (`LLL.LL.LL.Xnn`, core's
 * `parseAgencyCode`: trimmed, the letter in either case) is normalised to upper case like core does.
 */
function agencyFromCode(dialect: SqlDialect, code: string): string {
  const s = `trim(${asText(dialect, code)})`;
  const len = `LENGTH(${s})`;
  const sub = (from: string, count: string | number): string => `SUBSTRING(${s} FROM ${from} FOR ${count})`;
  const digits = (x: string): string => `TRANSLATE(${x}, '0123456789', '') = ''`;
  const parse = (k: number): { shape: string; value: string } => {
    const seq = sub(`${len} - ${k - 1}`, k);
    const day = sub(`${len} - ${k + 6}`, 6);
    const agency = sub("1", `${len} - ${k + 8}`);
    const part = (from: number): string => `CAST(SUBSTRING(${day} FROM ${from} FOR 2) AS INTEGER)`;
    const [yy, mm, dd] = [part(1), part(3), part(5)];
    const monthDays = `CASE WHEN ${mm} = 2 THEN CASE WHEN MOD(${yy}, 4) = 0 THEN 29 ELSE 28 END WHEN ${mm} IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
    const a = `trim(${agency})`;
    const at = (from: number, count: number): string => `SUBSTRING(${a} FROM ${from} FOR ${count})`;
    const standard = `LENGTH(${a}) = 13 AND ${at(4, 1)} = '.' AND ${at(7, 1)} = '.' AND ${at(10, 1)} = '.'
        AND ${digits(`${at(1, 3)} || ${at(5, 2)} || ${at(8, 2)} || ${at(12, 2)}`)} AND POSITION(UPPER(${at(11, 1)}) IN 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') > 0`;
    return {
      shape: `${len} >= ${k + 9} AND ${sub(`${len} - ${k}`, 1)} = '-' AND ${sub(`${len} - ${k + 7}`, 1)} = '-' AND ${digits(seq)} AND ${digits(day)}`,
      value: `CASE WHEN CAST(${seq} AS INTEGER) > 0 AND ${mm} BETWEEN 1 AND 12 AND ${dd} BETWEEN 1 AND ${monthDays} THEN
        CASE WHEN ${standard} THEN UPPER(${a})
          WHEN POSITION(' ' IN ${agency}) = 0 AND SUBSTRING(${agency} FROM 1 FOR 1) <> '-' AND SUBSTRING(${agency} FROM LENGTH(${agency}) FOR 1) <> '-' THEN ${agency}
          ELSE NULL END
        ELSE NULL END`,
    };
  };
  const four = parse(4);
  const five = parse(5);
  return `CASE WHEN ${four.shape} THEN ${four.value} WHEN ${five.shape} THEN ${five.value} ELSE NULL END`;
}

function agencyExpr(dialect: SqlDialect, agency: string | undefined, code: string | undefined): string {
  const fromCode = code === undefined ? "NULL" : agencyFromCode(dialect, code);
  // a CASE, not COALESCE (measurably cheaper in DuckDB): the code is parsed only for rows without an agencyCode
  return agency === undefined ? fromCode : `CASE WHEN ${text(dialect, agency)} IS NOT NULL THEN ${text(dialect, agency)} ELSE ${fromCode} END`;
}

/** The WITH clause (without the final SELECT) and the names it defines. */
export function pipeline(q: QueryInput): string {
  const { dialect, columns: c, spec } = q;
  const periods = periodsOf(spec);
  const n = (name: string): string => ident(name);
  const values = periods
    .map((p, i) => `(${str(p.label)}, ${date(p.from)}, ${date(p.to)}, ${date(p.asOf)}, ${instant(dialect, p.asOfEnd)}, ${i === periods.length - 1 ? "TRUE" : "FALSE"})`)
    .join(",\n    ");
  const extra = Object.entries(c.extra ?? {}).map(([alias, expr]) => `,\n    ${expr} AS ${n(alias)}`).join("");
  const input = `hcc_input AS (
  SELECT
    ${statusExpr(dialect, c.status)} AS hcc_status,
    ${channelExpr(dialect, c.channel)} AS hcc_channel,
    ${c.receivedAt} AS hcc_received,
    ${c.dueAt ?? "NULL"} AS hcc_due,
    ${c.endedAt ?? "NULL"} AS hcc_ended,
    ${c.supplementRequests === undefined ? "0" : `COALESCE(${c.supplementRequests}, 0)`} AS hcc_supplements,
    ${c.processingDays ?? "NULL"} AS hcc_processing_days,
    ${text(dialect, c.procedureCode)} AS hcc_procedure,
    ${agencyExpr(dialect, c.agencyCode, c.code)} AS hcc_agency,
    ${c.fieldCode === undefined ? "''" : `COALESCE(trim(${asText(dialect, c.fieldCode)}), '')`} AS hcc_field,
    ${levelExpr(dialect, c.level)} AS hcc_level,
    ${c.readOk ?? "TRUE"} AS hcc_read_ok${extra}
  FROM ${q.source}
)`;
  // read_ok: every value could be read (the aggregator's field readers); row_ok: the row is a
  // received dossier consistent with its status (stats' checkRow)
  const checked = `hcc_checked AS (
  SELECT i.*,
    (i.hcc_read_ok AND i.hcc_status IS NOT NULL AND i.hcc_channel IS NOT NULL AND i.hcc_supplements >= 0
      AND i.hcc_procedure IS NOT NULL AND i.hcc_agency IS NOT NULL AND i.hcc_level IS NOT NULL) AS hcc_readable,
    ${vietnamDate(dialect, "i.hcc_received")} AS hcc_received_date,
    ${vietnamDate(dialect, "i.hcc_ended")} AS hcc_ended_date,
    ${vietnamDate(dialect, "i.hcc_due")} AS hcc_given_due_date
  FROM hcc_input i
)`;
  const rowOk = `c.hcc_readable AND c.hcc_status NOT IN (1, 3) AND c.hcc_received IS NOT NULL
      AND (c.hcc_status >= 7) = (c.hcc_ended IS NOT NULL) AND (c.hcc_ended IS NULL OR c.hcc_ended >= c.hcc_received)`;
  const derive = c.processingDays !== undefined;
  const cal = tableName(q.calendarTable);
  const classified = `hcc_classified AS (
  SELECT c.*,
    CASE WHEN NOT c.hcc_readable THEN 'invalid'
         WHEN c.hcc_status IN (1, 3) THEN 'not_received'
         WHEN NOT (${rowOk}) THEN 'invalid'
         WHEN c.hcc_received_date > ${date(spec.to)} OR c.hcc_ended_date < ${date(spec.from)} THEN 'out_of_period'
         ELSE 'counted' END AS hcc_class,
    ${
      derive
        ? `COALESCE(c.hcc_given_due_date, CASE WHEN c.hcc_processing_days = 0 THEN c.hcc_received_date ELSE due_day.${n("date")} END)`
        : "c.hcc_given_due_date"
    } AS hcc_due_date
  FROM hcc_checked c${
    derive
      ? `
  LEFT JOIN ${cal} receipt_day ON c.hcc_due IS NULL AND receipt_day.${n("date")} = c.hcc_received_date
  LEFT JOIN ${cal} due_day ON due_day.${n("working_day_index")} = receipt_day.${n("working_day_index")} + c.hcc_processing_days AND due_day.${n("working")}`
      : ""
  }
)`;
  // the file engine with one period: its values inline, no join (every row of hcc_classified is
  // then in it: 'counted' already means received by its end and not ended before its start)
  const single = q.allRows === true && periods.length === 1 ? periods[0] : undefined;
  const p = (name: "label" | "from_date" | "to_date" | "as_of_date" | "as_of_end" | "is_last"): string => {
    if (single === undefined) return `p.${name}`;
    switch (name) {
      case "label":
        return str(single.label);
      case "from_date":
        return date(single.from);
      case "to_date":
        return date(single.to);
      case "as_of_date":
        return date(single.asOf);
      case "as_of_end":
        return instant(dialect, single.asOfEnd);
      case "is_last":
        return "TRUE";
    }
  };
  const multiple = spec.lateIfMultipleSupplements ? "d.hcc_supplements > 1" : "FALSE";
  const resolvedOnTime =
    spec.comparator === "instant"
      ? "(d.hcc_due IS NOT NULL AND d.hcc_ended <= d.hcc_due) OR (d.hcc_due IS NULL AND d.hcc_ended_date <= d.hcc_due_date)"
      : "d.hcc_ended_date = d.hcc_due_date";
  const openWithin =
    spec.comparator === "instant"
      ? `(d.hcc_due IS NOT NULL AND d.hcc_due >= ${p("as_of_end")}) OR (d.hcc_due IS NULL AND d.hcc_due_date >= ${p("as_of_date")})`
      : `d.hcc_due_date >= ${p("as_of_date")}`;
  const resolved = `(d.hcc_ended IS NOT NULL AND d.hcc_ended_date <= ${p("to_date")})`;
  // a cross join with the few periods, filtered (a non-equi join would run as a nested loop);
  // with allRows, the rows not counted keep one row (the last period's) for the excluded counts
  const counted = `d.hcc_class = 'counted' AND d.hcc_received_date <= p.to_date AND (d.hcc_ended IS NULL OR d.hcc_ended_date >= p.from_date)`;
  const overlap = q.allRows === true ? `(${counted}) OR (d.hcc_class <> 'counted' AND p.is_last)` : counted;
  const rows = `hcc_rows AS (
  SELECT d.*, ${p("label")} AS hcc_period, ${p("is_last")} AS hcc_last_period,${q.allRows === true ? `
    (d.hcc_class <> 'counted' OR ${p("is_last")} OR ${resolved}) AS hcc_one,` : ""}
    d.hcc_received_date >= ${p("from_date")} AS hcc_new,
    ${resolved} AS hcc_resolved,
    CASE WHEN ${resolved} THEN
      CASE WHEN ${multiple} THEN 3 WHEN d.hcc_due_date IS NULL THEN 2
           WHEN d.hcc_ended_date < d.hcc_due_date THEN 1 WHEN ${resolvedOnTime} THEN 2 ELSE 3 END
    ELSE
      CASE WHEN ${multiple} THEN 5 WHEN d.hcc_due_date IS NULL THEN 4 WHEN ${openWithin} THEN 4 ELSE 5 END
    END AS hcc_verdict
  FROM hcc_classified d${single === undefined ? `
  CROSS JOIN hcc_periods p
  WHERE ${overlap}` : ""}
)`;
  return `WITH hcc_periods (label, from_date, to_date, as_of_date, as_of_end, is_last) AS (
  VALUES
    ${values}
),
${input},
${checked},
${classified},
${rows}`;
}

/** The SQL expression of a group dimension's label over `hcc_rows`. */
export function dimensionExpr(dimension: string): string {
  switch (dimension) {
    case "agency":
      return "hcc_agency";
    case "procedure":
      return "hcc_procedure";
    case "field":
      return "hcc_field";
    case "level":
      return "hcc_level";
    case "channel":
      return "CASE hcc_channel WHEN 1 THEN 'direct' WHEN 2 THEN 'online' ELSE 'postal' END";
    default:
      return "hcc_period";
  }
}

/** `CAST(COALESCE(SUM(CASE WHEN cond THEN 1 ELSE 0 END), 0) AS BIGINT)`. */
export function countIf(condition: string): string {
  return `CAST(COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0) AS BIGINT)`;
}

/** The eleven Biểu 06 counts (columns 3–13), as `expr AS name` items. */
export const BIEU06_COUNTS: readonly (readonly [string, string])[] = [
  ["received", "CAST(COUNT(*) AS BIGINT)"],
  ["received_online", countIf("hcc_new AND hcc_channel = 2")],
  ["received_direct_or_postal", countIf("hcc_new AND hcc_channel <> 2")],
  ["carried_over", countIf("NOT hcc_new")],
  ["resolved", countIf("hcc_verdict <= 3")],
  ["early", countIf("hcc_verdict = 1")],
  ["on_time", countIf("hcc_verdict = 2")],
  ["late", countIf("hcc_verdict = 3")],
  ["in_progress", countIf("hcc_verdict >= 4")],
  ["within_deadline", countIf("hcc_verdict = 4")],
  ["overdue", countIf("hcc_verdict = 5")],
];
