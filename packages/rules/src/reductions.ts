// Over 400 lines on purpose: the documented result types of compareCatalogues (figures,
// comparisons, totals) take about 200 lines of TSDoc; the comparison itself is one function.
import * as z from "zod";
import { HccError, safely, type Procedure, type ProcedureInput, type SafeParseResult } from "@hcc/core";
import { createFinding, type Finding, type FindingCode } from "./finding.js";
import type { Share } from "./share.js";
import { makeShare } from "./_internal/share.js";
import { toProcedure } from "./_internal/options.js";
import { parseList } from "./_internal/errors.js";
import { conversionFactors, workingDaysOf, type WorkingDayConversion } from "./time-units.js";
import { compareComplianceCost, complianceCost, round, type ComplianceCost, type ComplianceCostSaving } from "./compliance-cost.js";

/**
 * How {@link compareCatalogues} prices a procedure when `cost` is given: every step of the
 * procedure takes `hoursPerStep` hours of the applicant's time, valued at `incomePerHour`; fees
 * are the procedure's published fees; `otherCostsPerDossier` adds travel, copies etc.
 *
 * @example
 * ```ts
 * import type { CatalogueCostModel } from "@hcc/rules";
 * const model: CatalogueCostModel = { incomePerHour: 25_000, hoursPerStep: 4, yearlyVolume: { "1.001612": 5_000 } };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface CatalogueCostModel {
  /** Applicant income per hour, VND. */
  readonly incomePerHour: number;
  /** Applicant hours per published step. */
  readonly hoursPerStep: number;
  /** Other direct costs per dossier, VND (default 0). */
  readonly otherCostsPerDossier?: number;
  /** Dossiers per year: one number for every procedure, or per procedure code. */
  readonly yearlyVolume?: number | Readonly<Record<string, number>>;
}

/**
 * Options of {@link compareCatalogues}.
 *
 * @example
 * ```ts
 * import type { CompareCataloguesOptions } from "@hcc/rules";
 * const options: CompareCataloguesOptions = { merges: { "1.000002": "1.000001" }, conversion: { hoursPerWorkingDay: 8 } };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface CompareCataloguesOptions {
  /** Baseline procedures merged into a current one: baseline code → current code. */
  readonly merges?: Readonly<Record<string, string>>;
  /** How times in other units become working days. */
  readonly conversion?: WorkingDayConversion;
  /** Price each procedure with the compliance-cost model. */
  readonly cost?: CatalogueCostModel;
}

/**
 * The figures "3 giảm" compares for one procedure version. Where a procedure has several cases
 * or channels, each figure is the worst (largest) one an applicant can meet.
 *
 * @example
 * ```ts
 * import type { ProcedureFigures } from "@hcc/rules";
 * const f: ProcedureFigures = { documents: 3, steps: 4, workingDays: 15, fees: 100_000 };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ProcedureFigures {
  /** Required documents (largest count over the cases). */
  readonly documents: number;
  /** Steps (largest count over the cases). */
  readonly steps: number;
  /** Published processing time in working days (largest over the channels), or `null` when none is published. */
  readonly workingDays: number | null;
  /** Fees per dossier in VND (largest channel total), or `null` when no channel states its fees. */
  readonly fees: number | null;
  /** Compliance cost, when a cost model is given. */
  readonly cost?: ComplianceCost;
}

/**
 * What happened to one procedure between the two catalogues: `kept` (in both), `added` (only in
 * the current one), `removed` (only in the baseline) or `merged` (only in the baseline, merged into
 * `mergedInto`).
 *
 * @example
 * ```ts
 * import type { ProcedureChange } from "@hcc/rules";
 * const change: ProcedureChange = "merged";
 * ```
 *
 * @category Reductions (3 giảm)
 */
export type ProcedureChange = "kept" | "added" | "removed" | "merged";

/**
 * The comparison of one procedure.
 *
 * @example
 * ```ts
 * import { compareCatalogues, type ProcedureComparison } from "@hcc/rules";
 * const rows: readonly ProcedureComparison[] = compareCatalogues([], []).procedures;
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ProcedureComparison {
  /** Procedure code. */
  readonly code: string;
  /** Name (current when kept). */
  readonly name: string;
  /** What happened to it. */
  readonly change: ProcedureChange;
  /** The current code it was merged into. */
  readonly mergedInto?: string;
  /** Baseline figures (null when added). */
  readonly before: ProcedureFigures | null;
  /** Current figures (null when removed or merged). */
  readonly after: ProcedureFigures | null;
  /** Documents fewer now (negative: more), kept procedures only. */
  readonly documentsRemoved: number;
  /** Steps fewer now (negative: more). */
  readonly stepsRemoved: number;
  /** Working days shorter now (negative: longer), or `null` when a side publishes no time. */
  readonly workingDaysReduced: number | null;
  /** VND cheaper now (negative: dearer), or `null` when a side publishes no fees. */
  readonly feesReduced: number | null;
  /** Compliance-cost saving, when a cost model is given and the procedure is kept. */
  readonly costSaving?: ComplianceCostSaving;
  /** Regressions (more documents, steps, time or fees) and additions. */
  readonly findings: readonly Finding[];
}

/**
 * Before / after / reduced totals of one quantity over the kept procedures.
 *
 * @example
 * ```ts
 * import type { ReductionTotals } from "@hcc/rules";
 * const t: ReductionTotals = { before: 40, after: 31, reduced: 9, improved: 6, worsened: 1 };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ReductionTotals {
  /** Sum over the kept procedures in the baseline. */
  readonly before: number;
  /** Sum over the kept procedures now. */
  readonly after: number;
  /** `before − after`. */
  readonly reduced: number;
  /** Kept procedures where it went down. */
  readonly improved: number;
  /** Kept procedures where it went up. */
  readonly worsened: number;
}

/**
 * The "3 giảm" comparison of two catalogue versions.
 *
 * @example
 * ```ts
 * import { compareCatalogues, type CatalogueComparison } from "@hcc/rules";
 * const c: CatalogueComparison = compareCatalogues([{ code: "1.000001", name: "A" }], []);
 * c.count.removed; //=> 1
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface CatalogueComparison {
  /** Procedure counts. */
  readonly count: {
    /** Procedures in the baseline. */
    readonly before: number;
    /** Procedures now. */
    readonly after: number;
    /** In both. */
    readonly kept: number;
    /** Only now. */
    readonly added: number;
    /** Removed (abolished). */
    readonly removed: number;
    /** Merged into another. */
    readonly merged: number;
    /** Share of baseline procedures removed or merged. */
    readonly reduced: Share;
  };
  /** Required documents, over kept procedures. */
  readonly documents: ReductionTotals;
  /** Steps, over kept procedures. */
  readonly steps: ReductionTotals;
  /** Published working days, over kept procedures publishing a time on both sides. */
  readonly workingDays: ReductionTotals;
  /** Fees in VND, over kept procedures publishing fees on both sides. */
  readonly fees: ReductionTotals;
  /** Compliance cost over kept procedures (when a cost model is given). */
  readonly cost?: {
    /** Σ cost per dossier, baseline. */
    readonly perDossierBefore: number;
    /** Σ cost per dossier, now. */
    readonly perDossierAfter: number;
    /** `perDossierBefore − perDossierAfter`. */
    readonly perDossierSaving: number;
    /** Per-dossier saving in percent of the baseline (2 decimals), or `null`. */
    readonly perDossierPercent: number | null;
    /** Σ annual cost, baseline (procedures with a volume). */
    readonly annualBefore: number;
    /** Σ annual cost, now. */
    readonly annualAfter: number;
    /** `annualBefore − annualAfter`. */
    readonly annualSaving: number;
    /** Annual saving in percent of the baseline (2 decimals), or `null`. */
    readonly percent: number | null;
  };
  /** Every procedure: kept, added, removed and merged. */
  readonly procedures: readonly ProcedureComparison[];
  /** All findings (regressions and additions). */
  readonly findings: readonly Finding[];
}

const volumeSchema = z.union([z.number().finite().nonnegative(), z.record(z.string(), z.number().finite().nonnegative())]);
const optionsSchema = z.object({
  merges: z.record(z.string(), z.string()).optional(),
  conversion: z.object({ hoursPerWorkingDay: z.number().optional(), workingDaysPerYear: z.number().optional() }).optional(),
  cost: z
    .object({
      incomePerHour: z.number().finite().nonnegative(),
      hoursPerStep: z.number().finite().nonnegative(),
      otherCostsPerDossier: z.number().finite().nonnegative().optional(),
      yearlyVolume: volumeSchema.optional(),
    })
    .optional(),
});

function figures(p: Procedure, factors: { hours: number; perYear: number }, cost: CatalogueCostModel | undefined): ProcedureFigures {
  let documents = 0;
  let steps = 0;
  let workingDays: number | null = null;
  let fees: number | null = null;
  for (const c of p.cases) {
    documents = Math.max(documents, c.documents.length);
    steps = Math.max(steps, c.steps.length);
    for (const ch of c.channels) {
      if (ch.processingTime !== undefined) workingDays = Math.max(workingDays ?? 0, workingDaysOf(ch.processingTime, factors));
      if (ch.fees !== undefined && ch.fees.length > 0) fees = Math.max(fees ?? 0, ch.fees.reduce((s, f) => s + f.amount, 0));
    }
  }
  const base = { documents, steps, workingDays, fees };
  if (cost === undefined) return Object.freeze(base);
  const volume = typeof cost.yearlyVolume === "number" ? cost.yearlyVolume : cost.yearlyVolume?.[p.code];
  return Object.freeze({
    ...base,
    cost: complianceCost({
      steps: Array.from({ length: steps }, () => ({ hours: cost.hoursPerStep })),
      incomePerHour: cost.incomePerHour,
      fees: fees ?? 0,
      otherCosts: cost.otherCostsPerDossier ?? 0,
      ...(volume === undefined ? {} : { yearlyVolume: volume }),
    }),
  });
}

function index(list: readonly Procedure[], side: string): Map<string, Procedure> {
  const map = new Map<string, Procedure>();
  for (const p of list) {
    if (map.has(p.code)) throw new HccError("invalid_input", `The ${side} catalogue lists procedure ${p.code} twice`, { value: p.code });
    map.set(p.code, p);
  }
  return map;
}

function totals(pairs: readonly (readonly [number, number])[]): ReductionTotals {
  let before = 0;
  let after = 0;
  let improved = 0;
  let worsened = 0;
  for (const [b, a] of pairs) {
    before += b;
    after += a;
    if (a < b) improved += 1;
    if (a > b) worsened += 1;
  }
  return Object.freeze({ before: round(before, 6), after: round(after, 6), reduced: round(before - after, 6), improved, worsened });
}

/** @internal Validates the options of {@link compareCatalogues}. */
export function validateCompareOptions(options: unknown): void {
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const issue = parsedOptions.error.issues[0];
    throw new HccError("invalid_input", `Invalid compareCatalogues options${issue ? ` at ${issue.path.join(".")}: ${issue.message}` : ""}`, { value: options });
  }
  conversionFactors((options as CompareCataloguesOptions).conversion);
}

/**
 * Compares two catalogue versions for "3 giảm" (three reductions for people and businesses):
 * procedures removed or merged (and added), required documents and steps removed, published
 * processing time reduced (in working days, see {@link WorkingDayConversion}), fees reduced and,
 * with a cost model, the compliance-cost saving. Procedures are matched by `code`. Totals are
 * over the procedures kept in both versions; removed and merged procedures are counted apart.
 * Regressions (more documents, steps, time or fees) become findings.
 *
 * @param baseline - the earlier catalogue
 * @param current - the later catalogue
 * @param options - merges, unit conversion, cost model
 * @returns per-procedure comparisons and totals
 * @throws {HccError} `invalid_input` for a malformed procedure, a duplicate code, bad options or a merge into an unknown code
 * @example
 * ```ts
 * import { compareCatalogues } from "@hcc/rules";
 * const before = [
 *   { code: "1.000001", name: "Cấp phép A", cases: [{ steps: [{ name: "1" }, { name: "2" }, { name: "3" }], documents: [{ name: "Đơn" }, { name: "Bản sao" }],
 *     channels: [{ channel: "direct" as const, processingTime: { value: 15, unit: "working_days" as const }, fees: [{ amount: 100_000 }] }] }] },
 *   { code: "1.000002", name: "Cấp phép B" },
 * ];
 * const after = [
 *   { code: "1.000001", name: "Cấp phép A", cases: [{ steps: [{ name: "1" }, { name: "2" }], documents: [{ name: "Đơn" }],
 *     channels: [{ channel: "online" as const, processingTime: { value: 10, unit: "working_days" as const }, fees: [{ amount: 50_000 }] }] }] },
 * ];
 * const c = compareCatalogues(before, after, { merges: { "1.000002": "1.000001" } });
 * c.count.merged; //=> 1
 * c.workingDays.reduced; //=> 5
 * c.fees.reduced; //=> 50000
 * c.documents; //=> { before: 2, after: 1, reduced: 1, improved: 1, worsened: 0 }
 * ```
 *
 * @category Reductions (3 giảm)
 */
export function compareCatalogues(
  baseline: readonly (ProcedureInput | Procedure)[],
  current: readonly (ProcedureInput | Procedure)[],
  options: CompareCataloguesOptions = {},
): CatalogueComparison {
  validateCompareOptions(options);
  return compareParsed(
    parseList(baseline, toProcedure, "Baseline procedure", "compareCatalogues (baseline)"),
    parseList(current, toProcedure, "Current procedure", "compareCatalogues (current)"),
    options,
  );
}

/** @internal {@link compareCatalogues} on procedures already parsed (options validated). */
export function compareParsed(baseline: readonly Procedure[], current: readonly Procedure[], options: CompareCataloguesOptions): CatalogueComparison {
  const factors = conversionFactors(options.conversion);
  const before = index(baseline, "baseline");
  const after = index(current, "current");
  const merges = options.merges ?? {};
  for (const [from, into] of Object.entries(merges)) {
    if (!before.has(from)) throw new HccError("invalid_input", `Merge source ${from} is not in the baseline catalogue`, { value: from });
    if (!after.has(into)) throw new HccError("invalid_input", `Merge target ${into} (for ${from}) is not in the current catalogue`, { value: into });
    if (after.has(from)) throw new HccError("invalid_input", `Procedure ${from} is merged into ${into} but still in the current catalogue`, { value: from });
  }
  const rows: ProcedureComparison[] = [];
  const findings: Finding[] = [];
  const docs: (readonly [number, number])[] = [];
  const steps: (readonly [number, number])[] = [];
  const days: (readonly [number, number])[] = [];
  const fees: (readonly [number, number])[] = [];
  const cost = { perDossierBefore: 0, perDossierAfter: 0, annualBefore: 0, annualAfter: 0 };
  let removed = 0;
  let merged = 0;
  let added = 0;

  for (const [code, old] of before) {
    const now = after.get(code);
    const b = figures(old, factors, options.cost);
    if (now === undefined) {
      const into = merges[code];
      if (into === undefined) removed += 1;
      else merged += 1;
      rows.push(
        Object.freeze({
          code,
          name: old.name,
          change: into === undefined ? ("removed" as const) : ("merged" as const),
          ...(into === undefined ? {} : { mergedInto: into }),
          before: b,
          after: null,
          documentsRemoved: 0,
          stepsRemoved: 0,
          workingDaysReduced: null,
          feesReduced: null,
          findings: Object.freeze([]),
        }),
      );
      continue;
    }
    const a = figures(now, factors, options.cost);
    docs.push([b.documents, a.documents]);
    steps.push([b.steps, a.steps]);
    const daysReduced = b.workingDays !== null && a.workingDays !== null ? round(b.workingDays - a.workingDays, 6) : null;
    if (b.workingDays !== null && a.workingDays !== null) days.push([b.workingDays, a.workingDays]);
    const feesReduced = b.fees !== null && a.fees !== null ? b.fees - a.fees : null;
    if (b.fees !== null && a.fees !== null) fees.push([b.fees, a.fees]);
    const own: Finding[] = [];
    const regress = (condition: boolean, findingCode: FindingCode, path: string, from: number | null, to: number | null): void => {
      if (!condition) return;
      own.push(
        createFinding({
          code: findingCode,
          severity: "warning",
          pillar: "reduction",
          ruleId: "reduction.compare",
          subject: { kind: "procedure", code },
          path: [path],
          params: { before: round(from ?? 0, 2), after: round(to ?? 0, 2) },
        }),
      );
    };
    regress(a.documents > b.documents, "reduction.documents_increased", "documents", b.documents, a.documents);
    regress(a.steps > b.steps, "reduction.steps_increased", "steps", b.steps, a.steps);
    regress(daysReduced !== null && daysReduced < 0, "reduction.time_increased", "workingDays", b.workingDays, a.workingDays);
    regress(feesReduced !== null && feesReduced < 0, "reduction.fees_increased", "fees", b.fees, a.fees);
    let costSaving: ComplianceCostSaving | undefined;
    if (b.cost !== undefined && a.cost !== undefined) {
      costSaving = compareComplianceCost(b.cost, a.cost);
      cost.perDossierBefore += b.cost.perDossier;
      cost.perDossierAfter += a.cost.perDossier;
      cost.annualBefore += b.cost.annual ?? 0;
      cost.annualAfter += a.cost.annual ?? 0;
    }
    findings.push(...own);
    rows.push(
      Object.freeze({
        code,
        name: now.name,
        change: "kept" as const,
        before: b,
        after: a,
        documentsRemoved: b.documents - a.documents,
        stepsRemoved: b.steps - a.steps,
        workingDaysReduced: daysReduced,
        feesReduced,
        ...(costSaving === undefined ? {} : { costSaving }),
        findings: Object.freeze(own),
      }),
    );
  }
  for (const [code, now] of after) {
    if (before.has(code)) continue;
    added += 1;
    const f = createFinding({
      code: "reduction.procedure_added",
      severity: "info",
      pillar: "reduction",
      ruleId: "reduction.compare",
      subject: { kind: "procedure", code },
      path: [],
    });
    findings.push(f);
    rows.push(
      Object.freeze({
        code,
        name: now.name,
        change: "added" as const,
        before: null,
        after: figures(now, factors, options.cost),
        documentsRemoved: 0,
        stepsRemoved: 0,
        workingDaysReduced: null,
        feesReduced: null,
        findings: Object.freeze([f]),
      }),
    );
  }
  const annualSaving = cost.annualBefore - cost.annualAfter;
  return Object.freeze({
    count: Object.freeze({
      before: before.size,
      after: after.size,
      kept: before.size - removed - merged,
      added,
      removed,
      merged,
      reduced: makeShare(removed + merged, before.size),
    }),
    documents: totals(docs),
    steps: totals(steps),
    workingDays: totals(days),
    fees: totals(fees),
    ...(options.cost === undefined
      ? {}
      : {
          cost: Object.freeze({
            ...cost,
            perDossierSaving: cost.perDossierBefore - cost.perDossierAfter,
            perDossierPercent: cost.perDossierBefore === 0 ? null : round(((cost.perDossierBefore - cost.perDossierAfter) / cost.perDossierBefore) * 100, 2),
            annualSaving,
            percent: cost.annualBefore === 0 ? null : round((annualSaving / cost.annualBefore) * 100, 2),
          }),
        }),
    procedures: Object.freeze(rows),
    findings: Object.freeze(findings),
  });
}

/**
 * Non-throwing {@link compareCatalogues}.
 *
 * @param baseline - the earlier catalogue
 * @param current - the later catalogue
 * @param options - as for {@link compareCatalogues}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeCompareCatalogues } from "@hcc/rules";
 * safeCompareCatalogues([{ code: "1.000001", name: "A" }, { code: "1.000001", name: "A" }], []).error?.code; //=> "invalid_input"
 * ```
 *
 * @category Reductions (3 giảm)
 */
export function safeCompareCatalogues(baseline: unknown, current: unknown, options?: CompareCataloguesOptions): SafeParseResult<CatalogueComparison> {
  return safely(() => compareCatalogues(baseline as readonly ProcedureInput[], current as readonly ProcedureInput[], options));
}
