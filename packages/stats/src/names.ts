import type { Bieu06Row } from "./bieu06.js";
import type { GroupDimension } from "./spec.js";

/**
 * The names the renderers show beside codes: agency code → name (departments, units) and
 * procedure code → name. Codes without a name are shown as codes.
 *
 * @example
 * ```ts
 * import type { ReportNames } from "@hcc/stats";
 * const names: ReportNames = { agencies: new Map([["000.00.02.H07", "Sở Tư pháp"]]) };
 * ```
 *
 * @category Reports
 */
export interface ReportNames {
  /** Agency code → name. */
  readonly agencies?: ReadonlyMap<string, string>;
  /** Procedure code → name. */
  readonly procedures?: ReadonlyMap<string, string>;
}

/**
 * How a Biểu 06 row or a top-late entry is shown: its name (the group labels, each code replaced
 * by its name where one is known) and the codes that were named (`null` when none was).
 *
 * @example
 * ```ts
 * import type { UnitName } from "@hcc/stats";
 * const show = (u: UnitName): string => (u.code === null ? u.name : `${u.name} (${u.code})`);
 * ```
 *
 * @category Reports
 */
export interface UnitName {
  /** The name, or the label when nothing is named. */
  readonly name: string;
  /** The named codes, joined with " · ", or `null`. */
  readonly code: string | null;
}

function lookup(dimension: GroupDimension | "agency" | "procedure", code: string, names: ReportNames | undefined): string | undefined {
  if (code === "") return undefined;
  if (dimension === "agency") return names?.agencies?.get(code);
  if (dimension === "procedure") return names?.procedures?.get(code);
  return undefined;
}

/**
 * The display name of a Biểu 06 row: each group value of the row's key in `groupBy` order (an
 * empty value shown as "—"), agency and procedure codes replaced by their names where `names`
 * has them.
 *
 * @param row - a row of {@link bieu06} or {@link buildReport}
 * @param groupBy - the report's dimensions (`report.spec.groupBy`)
 * @param names - the names to use
 * @returns `{ name, code }`; `code` lists the codes that got a name
 * @example
 * ```ts
 * import { buildReport, createAggregator, rowName } from "@hcc/stats";
 * const agg = createAggregator({ from: "2024-03-01", to: "2024-03-31", groupBy: ["agency", "channel"] });
 * agg.add({ procedureCode: "1.001612", agencyCode: "000.00.02.H07", channel: "online", status: 4, receivedAt: "2024-03-04" });
 * const report = buildReport(agg.state());
 * rowName(report.rows[0]!, report.spec.groupBy, { agencies: new Map([["000.00.02.H07", "Sở Tư pháp"]]) });
 * //=> { name: "Sở Tư pháp · online", code: "000.00.02.H07" }
 * ```
 *
 * @category Reports
 */
export function rowName(row: Bieu06Row, groupBy: readonly GroupDimension[], names?: ReportNames): UnitName {
  if (row.no === 0 || groupBy.length === 0) return Object.freeze({ name: row.label, code: null });
  const parts: string[] = [];
  const codes: string[] = [];
  for (const dimension of groupBy) {
    const value = row.key[dimension] ?? "";
    const name = lookup(dimension, value, names);
    if (name === undefined) parts.push(value === "" ? "—" : value);
    else {
      parts.push(name);
      codes.push(value);
    }
  }
  return Object.freeze({ name: parts.join(" · "), code: codes.length === 0 ? null : codes.join(" · ") });
}

/**
 * The display name of an agency or a procedure code.
 *
 * @param kind - `"agency"` or `"procedure"`
 * @param code - the code
 * @param names - the names to use
 * @returns `{ name, code }` (`code: null` and the code as name when there is no name)
 * @example
 * ```ts
 * import { entityName } from "@hcc/stats";
 * entityName("procedure", "1.001612", { procedures: new Map([["1.001612", "Đăng ký khai sinh"]]) }).name; //=> "Đăng ký khai sinh"
 * entityName("agency", "X", {}); //=> { name: "X", code: null }
 * ```
 *
 * @category Reports
 */
export function entityName(kind: "agency" | "procedure", code: string, names?: ReportNames): UnitName {
  const name = lookup(kind, code, names);
  return Object.freeze(name === undefined ? { name: code, code: null } : { name, code });
}

/** "name (code)" or the name alone. */
export function withCode(u: UnitName): string {
  return u.code === null ? u.name : `${u.name} (${u.code})`;
}
