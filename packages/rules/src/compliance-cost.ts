import * as z from "zod";
import { HccError } from "@hcc/core";

/**
 * The inputs of the compliance-cost model for one procedure (one dossier's worth of effort).
 *
 * Cost per dossier = Σ steps (hours × income per hour) + fees + other direct costs;
 * annual cost = cost per dossier × yearly volume.
 *
 * @example
 * ```ts
 * import type { ComplianceCostInput } from "@hcc/rules";
 * const input: ComplianceCostInput = {
 *   steps: [{ name: "Chuẩn bị hồ sơ", hours: 4 }, { name: "Nộp hồ sơ", hours: 2 }],
 *   incomePerHour: 25_000, fees: 50_000, otherCosts: [{ name: "Sao y", amount: 10_000 }], yearlyVolume: 1_200,
 * };
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ComplianceCostInput {
  /** The applicant's time per step, in hours. */
  readonly steps: readonly { readonly name?: string; readonly hours: number }[];
  /** The applicant's income per hour, in VND (values the time spent). */
  readonly incomePerHour: number;
  /** Fees and charges per dossier, in VND (default 0). */
  readonly fees?: number;
  /** Other direct costs per dossier (travel, copies, notarisation, services), in VND: a total or itemised. */
  readonly otherCosts?: number | readonly { readonly name?: string; readonly amount: number }[];
  /** Dossiers per year (optional; without it the annual cost is `null`). */
  readonly yearlyVolume?: number;
}

/**
 * The compliance cost of one procedure.
 *
 * @example
 * ```ts
 * import { complianceCost, type ComplianceCost } from "@hcc/rules";
 * const c: ComplianceCost = complianceCost({ steps: [{ hours: 2 }], incomePerHour: 30_000 });
 * c.perDossier; //=> 60000
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ComplianceCost {
  /** Total applicant hours per dossier. */
  readonly hours: number;
  /** Hours × income per hour, VND. */
  readonly timeCost: number;
  /** Fees and charges, VND. */
  readonly fees: number;
  /** Other direct costs, VND. */
  readonly otherCosts: number;
  /** Cost per dossier, VND. */
  readonly perDossier: number;
  /** Dossiers per year, or `null`. */
  readonly yearlyVolume: number | null;
  /** Per dossier × yearly volume, VND, or `null`. */
  readonly annual: number | null;
}

const money = z.number().finite().nonnegative();
const inputSchema = z.object({
  steps: z.array(z.object({ name: z.string().optional(), hours: money })),
  incomePerHour: money,
  fees: money.optional(),
  otherCosts: z.union([money, z.array(z.object({ name: z.string().optional(), amount: money }))]).optional(),
  yearlyVolume: money.optional(),
});

/**
 * Computes the compliance cost (chi phí tuân thủ) of a procedure: the applicant's time valued at
 * an income per hour, plus fees, plus other direct costs, per dossier and per year.
 *
 * @param input - steps with hours, income per hour, fees, other costs, yearly volume
 * @returns the cost breakdown
 * @throws {HccError} `invalid_input` for negative or non-finite amounts
 * @example
 * ```ts
 * import { complianceCost } from "@hcc/rules";
 * const before = complianceCost({
 *   steps: [{ hours: 4 }, { hours: 16 }, { hours: 4 }, { hours: 4 }, { hours: 4 }],
 *   incomePerHour: 25_000, fees: 100_000, otherCosts: [{ amount: 44_000 }, { amount: 80_000 }], yearlyVolume: 1_000,
 * });
 * before.perDossier; //=> 1024000
 * before.annual; //=> 1024000000
 * ```
 *
 * @category Reductions (3 giảm)
 */
export function complianceCost(input: ComplianceCostInput): ComplianceCost {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HccError("invalid_input", `Invalid compliance-cost input${issue ? ` at ${issue.path.join(".")}: ${issue.message}` : ""}`, {
      value: input,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
    });
  }
  const data = parsed.data;
  const hours = data.steps.reduce((sum, s) => sum + s.hours, 0);
  const timeCost = hours * data.incomePerHour;
  const fees = data.fees ?? 0;
  const other = data.otherCosts;
  const otherCosts = other === undefined ? 0 : typeof other === "number" ? other : other.reduce((sum, o) => sum + o.amount, 0);
  const perDossier = timeCost + fees + otherCosts;
  const yearlyVolume = data.yearlyVolume ?? null;
  return Object.freeze({ hours, timeCost, fees, otherCosts, perDossier, yearlyVolume, annual: yearlyVolume === null ? null : perDossier * yearlyVolume });
}

/**
 * The saving between two compliance costs of the same procedure.
 *
 * @example
 * ```ts
 * import { compareComplianceCost, type ComplianceCostSaving } from "@hcc/rules";
 * const s: ComplianceCostSaving = compareComplianceCost({ steps: [], incomePerHour: 0, fees: 100 }, { steps: [], incomePerHour: 0, fees: 40 });
 * s.percent; //=> 60
 * ```
 *
 * @category Reductions (3 giảm)
 */
export interface ComplianceCostSaving {
  /** The baseline cost. */
  readonly before: ComplianceCost;
  /** The current cost. */
  readonly after: ComplianceCost;
  /** Saving per dossier, VND (negative when the cost rose). */
  readonly perDossier: number;
  /** Saving ÷ baseline cost per dossier, or `null` when the baseline costs nothing. */
  readonly ratio: number | null;
  /** The ratio in percent, rounded half away from zero to 2 decimals, or `null`. */
  readonly percent: number | null;
  /** Annual saving, VND: before.annual − after.annual (the current volume defaults to the baseline's), or `null`. */
  readonly annual: number | null;
}

function isCost(value: ComplianceCostInput | ComplianceCost): value is ComplianceCost {
  return typeof value === "object" && value !== null && typeof (value as ComplianceCost).perDossier === "number" && !Array.isArray((value as ComplianceCostInput).steps);
}

function checkedCost(cost: ComplianceCost, side: string): ComplianceCost {
  const volumeOk = cost.yearlyVolume === null || (Number.isFinite(cost.yearlyVolume) && cost.yearlyVolume >= 0);
  if (!Number.isFinite(cost.perDossier) || cost.perDossier < 0 || !volumeOk) {
    throw new HccError("invalid_input", `compareComplianceCost: the ${side} cost has perDossier ${String(cost.perDossier)} and yearlyVolume ${String(cost.yearlyVolume)}`, { value: cost });
  }
  return cost;
}

/** @internal Rounds half away from zero to `digits` decimals without binary-fraction surprises. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(value) * rounded) / factor;
}

/**
 * Compares the compliance cost of a procedure before and after a reform ("3 giảm": lower cost):
 * saving per dossier in VND and percent, and the annual saving.
 *
 * @param before - the baseline, as model inputs or a computed {@link ComplianceCost}
 * @param after - the current state, likewise
 * @returns the saving
 * @throws {HccError} `invalid_input` for malformed inputs
 * @example
 * ```ts
 * import { compareComplianceCost } from "@hcc/rules";
 * // Hà Nội's procedure 2.000635 (the rules guide's worked example): 1,024,000 → 231,000 VND per dossier.
 * const s = compareComplianceCost(
 *   { steps: [{ hours: 32 }], incomePerHour: 25_000, fees: 100_000, otherCosts: 124_000 },
 *   { steps: [{ hours: 6 }], incomePerHour: 25_000, fees: 50_000, otherCosts: 31_000 },
 * );
 * s.perDossier; //=> 793000
 * s.percent; //=> 77.44
 * ```
 *
 * @category Reductions (3 giảm)
 */
export function compareComplianceCost(
  before: ComplianceCostInput | ComplianceCost,
  after: ComplianceCostInput | ComplianceCost,
): ComplianceCostSaving {
  const b = isCost(before) ? checkedCost(before, "before") : complianceCost(before);
  let a = isCost(after) ? checkedCost(after, "after") : complianceCost(after);
  if (a.yearlyVolume === null && b.yearlyVolume !== null) {
    a = Object.freeze({ ...a, yearlyVolume: b.yearlyVolume, annual: a.perDossier * b.yearlyVolume });
  }
  const perDossier = b.perDossier - a.perDossier;
  const ratio = b.perDossier === 0 ? null : perDossier / b.perDossier;
  return Object.freeze({
    before: b,
    after: a,
    perDossier,
    ratio,
    percent: ratio === null ? null : round(ratio * 100, 2),
    annual: b.annual === null || a.annual === null ? null : b.annual - a.annual,
  });
}
