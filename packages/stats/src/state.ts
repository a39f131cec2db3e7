import { HccError, parseLocalDate, safeParseLocalDate, safely, type SafeParseResult } from "@hcc/core";
import * as z from "zod";
import { COUNTER_NAMES } from "./_internal/counters.js";
import type { GroupDimension, StatsSpec } from "./spec.js";

/**
 * The counters of one group, by name. `inScope*` split column (3) of Biểu 06 by channel; `new*`
 * split the dossiers received in the period; `carriedOver` is column (6); `resolved*` and
 * `inProgress*` are columns (8)–(10) and (12)–(13); the rest feed the Decision 766 indicators
 * (`processingSeconds` is the summed processing time of resolved dossiers, pauses excluded).
 *
 * @example
 * ```ts
 * import type { GroupCounts } from "@hcc/stats";
 * const late = (c: GroupCounts): number => c.resolvedLate + c.inProgressOverdue;
 * ```
 *
 * @category Aggregation
 */
export interface GroupCounts {
  /** New in the period, direct. */
  readonly newDirect: number;
  /** New in the period, online. */
  readonly newOnline: number;
  /** New in the period, by public postal service. */
  readonly newPostal: number;
  /** Carried over from the previous period (column 6). */
  readonly carriedOver: number;
  /** Resolved early (column 8). */
  readonly resolvedEarly: number;
  /** Resolved on time (column 9). */
  readonly resolvedOnTime: number;
  /** Resolved late (column 10). */
  readonly resolvedLate: number;
  /** In progress within the deadline (column 12). */
  readonly inProgressWithin: number;
  /** In progress, overdue (column 13). */
  readonly inProgressOverdue: number;
  /** In scope (new + carried over), direct. */
  readonly inScopeDirect: number;
  /** In scope, online. */
  readonly inScopeOnline: number;
  /** In scope, postal. */
  readonly inScopePostal: number;
  /** Summed processing time of the resolved dossiers, closed pauses excluded (seconds). */
  readonly processingSeconds: number;
  /** Resolved by withdrawal (7) or stop (8). */
  readonly withdrawnOrStopped: number;
  /** New in the period with fees (`hasFees`). */
  readonly withFees: number;
  /** Of those, paid online. */
  readonly paidOnline: number;
  /** Resolved with a known `electronicResult` flag. */
  readonly resultFlagKnown: number;
  /** Of those, with an electronic result. */
  readonly electronicResult: number;
  /** Resolved with both `digitised` and `electronicResult` flags known. */
  readonly digitisedFlagKnown: number;
  /** Of those, digitised and with an electronic result. */
  readonly digitisedWithElectronicResult: number;
}

/**
 * One group of a {@link StatsState}: its key (one label per `groupBy` dimension) and counters.
 *
 * @example
 * ```ts
 * import type { StatsGroup } from "@hcc/stats";
 * const label = (g: StatsGroup): string => Object.values(g.key).join(" · ");
 * ```
 *
 * @category Aggregation
 */
export interface StatsGroup {
  /** Label per dimension: agency / field / procedure codes, level and channel keys, `2019-05`, `2019-Q2`, `2019`. */
  readonly key: Readonly<Partial<Record<GroupDimension, string>>>;
  /** The counters. */
  readonly counts: GroupCounts;
}

/**
 * Per-procedure or per-agency counts behind the "top late" tables.
 *
 * @example
 * ```ts
 * import type { EntityCounts } from "@hcc/stats";
 * const counts: EntityCounts = { handled: 120, late: 3, overdue: 2 };
 * ```
 *
 * @category Aggregation
 */
export interface EntityCounts {
  /** Dossiers in scope (column 3). */
  readonly handled: number;
  /** Resolved late. */
  readonly late: number;
  /** In progress and overdue. */
  readonly overdue: number;
}

/**
 * Dossiers read but not in the report, by reason.
 *
 * @example
 * ```ts
 * import type { ExcludedCounts } from "@hcc/stats";
 * const none: ExcludedCounts = { notReceived: 0, outOfPeriod: 0, invalid: 0 };
 * ```
 *
 * @category Aggregation
 */
export interface ExcludedCounts {
  /** Status 1 (registered) or 3 (not received): never received, not counted. */
  readonly notReceived: number;
  /** Received after the period, or ended before it. */
  readonly outOfPeriod: number;
  /** Rows that could not be read (ingestion reports each with its line number). */
  readonly invalid: number;
}

/**
 * The mergeable, serialisable state of an aggregation: plain JSON (`JSON.parse(JSON.stringify(s))`
 * is equal to `s`). Groups are sorted by key and entity maps by code, so the state of one pass
 * over the dossiers is **identical** to the {@link mergeStates | merge} of states computed over
 * any split of them, in any order.
 *
 * @example
 * ```ts
 * import { createAggregator, type StatsState } from "@hcc/stats";
 * const state: StatsState = createAggregator({ from: "2019-05-06", to: "2019-08-09" }).state();
 * state.format; //=> "hcc-stats/1"
 * ```
 *
 * @category Aggregation
 */
export interface StatsState {
  /** Format tag and version. */
  readonly format: "hcc-stats/1";
  /** The report's normalised options. */
  readonly spec: StatsSpec;
  /** Groups, sorted by key. */
  readonly groups: readonly StatsGroup[];
  /** Per procedure code. */
  readonly procedures: Readonly<Record<string, EntityCounts>>;
  /** Per agency code. */
  readonly agencies: Readonly<Record<string, EntityCounts>>;
  /** Dossiers not in the report. */
  readonly excluded: ExcludedCounts;
}

const count = z.number().int().nonnegative();
const countsShape = Object.fromEntries(COUNTER_NAMES.map((n) => [n, count])) as Record<(typeof COUNTER_NAMES)[number], typeof count>;
const entitySchema = z.object({ handled: count, late: count, overdue: count });
const dims = z.enum(["agency", "field", "procedure", "level", "channel", "month", "quarter", "year"]);
const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => safeParseLocalDate(v).success, "not a real date")
  .transform((v) => parseLocalDate(v));

const stateSchema = z.object({
  format: z.literal("hcc-stats/1"),
  spec: z.object({
    from: dateText,
    to: dateText,
    asOf: dateText,
    groupBy: z.array(dims),
    comparator: z.enum(["date", "instant"]),
    lateIfMultipleSupplements: z.boolean(),
  }),
  groups: z.array(z.object({ key: z.partialRecord(dims, z.string()), counts: z.object(countsShape) })),
  procedures: z.record(z.string(), entitySchema),
  agencies: z.record(z.string(), entitySchema),
  excluded: z.object({ notReceived: count, outOfPeriod: count, invalid: count }),
});

/**
 * Validates a JSON value as a {@link StatsState} (for states read from files or other workers).
 *
 * @param input - a parsed JSON value
 * @returns the state, in canonical (sorted) order
 * @throws {HccError} `invalid_input` with one issue per bad field
 * @example
 * ```ts
 * import { createAggregator, parseStatsState } from "@hcc/stats";
 * const text = JSON.stringify(createAggregator({ from: "2024-01-01", to: "2024-01-31" }).state());
 * parseStatsState(JSON.parse(text)).spec.to; //=> "2024-01-31"
 * ```
 *
 * @category Aggregation
 */
export function parseStatsState(input: unknown): StatsState {
  const parsed = stateSchema.safeParse(input);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid stats state: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, {
      value: input,
      issues: parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== "symbol"), message: i.message })),
    });
  }
  for (const group of parsed.data.groups) {
    const keys = Object.keys(group.key);
    const expected = parsed.data.spec.groupBy;
    if (keys.length !== expected.length || !expected.every((d) => typeof group.key[d] === "string")) {
      throw new HccError("invalid_input", `Invalid stats state: group key ${JSON.stringify(group.key)} does not match groupBy ${JSON.stringify(expected)}`, { value: group.key });
    }
  }
  return mergeStates([parsed.data as StatsState]);
}

/**
 * Non-throwing {@link parseStatsState}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseStatsState } from "@hcc/stats";
 * safeParseStatsState({ format: "other" }).success; //=> false
 * ```
 *
 * @category Aggregation
 */
export function safeParseStatsState(input: unknown): SafeParseResult<StatsState> {
  return safely(() => parseStatsState(input));
}

/** Canonical sort key of a group key. */
export function groupKeyString(groupBy: readonly GroupDimension[], key: Readonly<Partial<Record<GroupDimension, string>>>): string {
  return JSON.stringify(groupBy.map((d) => key[d] ?? ""));
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds a state from unsorted parts (sorting, dropping empty entities, freezing). */
export function canonicalState(
  spec: StatsSpec,
  groups: Map<string, { key: Partial<Record<GroupDimension, string>>; counts: Record<string, number> }>,
  procedures: Map<string, [number, number, number]>,
  agencies: Map<string, [number, number, number]>,
  excluded: ExcludedCounts,
): StatsState {
  const sortedGroups = [...groups.entries()]
    .sort((a, b) => byString(a[0], b[0]))
    .map(([, g]) => {
      const key: Partial<Record<GroupDimension, string>> = {};
      for (const d of spec.groupBy) key[d] = g.key[d] ?? "";
      const counts: Record<string, number> = {};
      for (const name of COUNTER_NAMES) counts[name] = g.counts[name] ?? 0;
      return Object.freeze({ key: Object.freeze(key), counts: Object.freeze(counts) as unknown as GroupCounts });
    });
  const entities = (map: Map<string, [number, number, number]>): Record<string, EntityCounts> => {
    const out: Record<string, EntityCounts> = {};
    for (const code of [...map.keys()].sort(byString)) {
      const [handled, late, overdue] = map.get(code) as [number, number, number];
      if (handled === 0 && late === 0 && overdue === 0) continue;
      out[code] = Object.freeze({ handled, late, overdue });
    }
    return Object.freeze(out);
  };
  return Object.freeze({
    format: "hcc-stats/1" as const,
    spec,
    groups: Object.freeze(sortedGroups),
    procedures: entities(procedures),
    agencies: entities(agencies),
    excluded: Object.freeze({ ...excluded }),
  });
}

const specString = (spec: StatsSpec): string =>
  JSON.stringify([spec.from, spec.to, spec.asOf, spec.groupBy, spec.comparator, spec.lateIfMultipleSupplements]);

/**
 * Merges partial states (per file, agency, month or worker) into one. Counters are summed, so the
 * result is independent of how the dossiers were split and of the order of the states: it equals
 * the state of a single pass. All states must have the same spec (period, as-of, grouping, rule).
 *
 * @param states - one or more states with equal specs
 * @returns the merged state
 * @throws {HccError} `invalid_input` when the list is empty or the specs differ
 * @example
 * ```ts
 * import { createAggregator, mergeStates } from "@hcc/stats";
 * const options = { from: "2024-03-01", to: "2024-03-31" };
 * const a = createAggregator(options).add({ procedureCode: "1.001612", agencyCode: "A", status: 4, receivedAt: "2024-03-04T08:00" });
 * const b = createAggregator(options).add({ procedureCode: "1.001612", agencyCode: "B", status: 4, receivedAt: "2024-03-05T08:00" });
 * mergeStates([a.state(), b.state()]).groups[0]?.counts.newDirect; //=> 2
 * ```
 *
 * @category Aggregation
 */
export function mergeStates(states: readonly StatsState[]): StatsState {
  const first = states[0];
  if (first === undefined) throw new HccError("invalid_input", "mergeStates needs at least one state", { value: states });
  const spec = first.spec;
  const want = specString(spec);
  const groups = new Map<string, { key: Partial<Record<GroupDimension, string>>; counts: Record<string, number> }>();
  const procedures = new Map<string, [number, number, number]>();
  const agencies = new Map<string, [number, number, number]>();
  const excluded = { notReceived: 0, outOfPeriod: 0, invalid: 0 };
  const addEntities = (target: Map<string, [number, number, number]>, source: Readonly<Record<string, EntityCounts>>): void => {
    for (const [code, e] of Object.entries(source)) {
      const t = target.get(code);
      if (t === undefined) target.set(code, [e.handled, e.late, e.overdue]);
      else {
        t[0] += e.handled;
        t[1] += e.late;
        t[2] += e.overdue;
      }
    }
  };
  for (const state of states) {
    if (specString(state.spec) !== want) {
      throw new HccError("invalid_input", `Cannot merge states with different specs: ${specString(state.spec)} vs ${want}`, { value: state.spec });
    }
    for (const group of state.groups) {
      const k = groupKeyString(spec.groupBy, group.key);
      const t = groups.get(k);
      if (t === undefined) groups.set(k, { key: { ...group.key }, counts: { ...group.counts } });
      else for (const name of COUNTER_NAMES) t.counts[name] = (t.counts[name] ?? 0) + group.counts[name];
    }
    addEntities(procedures, state.procedures);
    addEntities(agencies, state.agencies);
    excluded.notReceived += state.excluded.notReceived;
    excluded.outOfPeriod += state.excluded.outOfPeriod;
    excluded.invalid += state.excluded.invalid;
  }
  return canonicalState(spec, groups, procedures, agencies, excluded);
}
