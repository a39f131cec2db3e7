import {
  isReceivedStatus,
  parseDossier,
  safely,
  type DateInput,
  type Dossier,
  type DossierInput,
  type Procedure,
  type ProcedureInput,
  type SafeParseResult,
} from "@hcc/core";
import type { Finding, FindingSubject } from "./finding.js";
import type { RuleContext, RuleSet } from "./rule-set.js";
import type { Share } from "./share.js";
import { makeShare } from "./_internal/share.js";
import { FOUR_STEPS, isFourStep, type FourStep } from "./_internal/on-the-spot-rules.js";
import { pickRuleSet, resolveContext, rulesOf, toProcedure, validateOptions } from "./_internal/options.js";
import { parseList } from "./_internal/errors.js";

/**
 * One of the four steps of "4 tại chỗ": `receive` (tiếp nhận), `appraise` (thẩm định), `approve`
 * (phê duyệt), `return` (trả kết quả).
 *
 * @example
 * ```ts
 * import type { OnTheSpotStep } from "@hcc/rules";
 * const step: OnTheSpotStep = "appraise";
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export type OnTheSpotStep = "receive" | "appraise" | "approve" | "return";

/**
 * The four steps, in order.
 *
 * @example
 * ```ts
 * import { ON_THE_SPOT_STEPS } from "@hcc/rules";
 * ON_THE_SPOT_STEPS; //=> ["receive", "appraise", "approve", "return"]
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export const ON_THE_SPOT_STEPS: readonly OnTheSpotStep[] = FOUR_STEPS;

/**
 * Where one of the four steps stands: `center` (at the center), `off_site` (at a department or
 * elsewhere), `unknown` (no place recorded, or nothing to check), `missing` (absent from the
 * workflow, or not recorded although the dossier's status requires it) or `pending` (a dossier
 * that has not reached the step yet).
 *
 * @example
 * ```ts
 * import type { StepPlacement } from "@hcc/rules";
 * const placement: StepPlacement = "off_site";
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export type StepPlacement = "center" | "off_site" | "unknown" | "missing" | "pending";

/**
 * Options of the "4 tại chỗ" checks.
 *
 * @example
 * ```ts
 * import { DEFAULT_RULE_SET, type OnTheSpotOptions } from "@hcc/rules";
 * const options: OnTheSpotOptions = { ruleSet: [DEFAULT_RULE_SET] };
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export interface OnTheSpotOptions {
  /** The rule set, or several versions (then the one in force at `at`, or on the dossier's receipt day / the procedure's effective date). */
  readonly ruleSet?: RuleSet | readonly RuleSet[];
  /** Date used to choose among several rule sets. */
  readonly at?: DateInput;
}

/**
 * The "4 tại chỗ" verdict on one procedure workflow or one dossier.
 *
 * @example
 * ```ts
 * import { checkWorkflowOnTheSpot, type OnTheSpotResult } from "@hcc/rules";
 * const r: OnTheSpotResult = checkWorkflowOnTheSpot({ code: "1.000894", name: "Đăng ký kết hôn" });
 * r.onTheSpot; //=> false
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export interface OnTheSpotResult {
  /** The procedure or dossier. */
  readonly subject: FindingSubject;
  /** Id of the rule set applied. */
  readonly ruleSetId: string;
  /** `false` for a dossier never received (not counted in shares). */
  readonly applicable: boolean;
  /** `true` when applicable and no rule reported an error or a warning. */
  readonly onTheSpot: boolean;
  /** Where each of the four steps happened. */
  readonly steps: Readonly<Record<OnTheSpotStep, StepPlacement>>;
  /** The findings. */
  readonly findings: readonly Finding[];
}

function placements(findings: readonly Finding[], seen?: ReadonlySet<string>): Readonly<Record<OnTheSpotStep, StepPlacement>> {
  const blind = findings.some((f) => f.code === "on_the_spot.no_workflow" || f.code === "on_the_spot.no_events");
  const of = (step: OnTheSpotStep): StepPlacement => {
    const codes = new Set(findings.filter((f) => f.params["step"] === step).map((f) => f.code));
    if (codes.has("on_the_spot.step_off_site")) return "off_site";
    if (codes.has("on_the_spot.place_unknown")) return "unknown";
    if (codes.has("on_the_spot.step_missing")) return "missing";
    if (blind) return "unknown";
    if (seen !== undefined && !seen.has(step)) return "pending";
    return "center";
  };
  return Object.freeze({ receive: of("receive"), appraise: of("appraise"), approve: of("approve"), return: of("return") });
}

function result(subject: FindingSubject, ruleSet: RuleSet, applicable: boolean, findings: readonly Finding[], seen?: ReadonlySet<string>): OnTheSpotResult {
  return Object.freeze({
    subject: Object.freeze({ ...subject }),
    ruleSetId: ruleSet.id,
    applicable,
    onTheSpot: applicable && !findings.some((f) => f.severity !== "info"),
    steps: placements(findings, seen),
    findings: Object.freeze([...findings]),
  });
}

const NO_CONTEXT: RuleContext = resolveContext({});

function workflow(procedure: Procedure, options: OnTheSpotOptions): OnTheSpotResult {
  const ruleSet = pickRuleSet(options.ruleSet, options.at ?? procedure.version?.effectiveFrom, `procedure ${procedure.code}`);
  const rules = rulesOf(ruleSet).workflow;
  const findings = rules.flatMap((r) => r.check(procedure, NO_CONTEXT));
  return result({ kind: "procedure", code: procedure.code }, ruleSet, true, findings);
}

function dossierCheck(dossier: Dossier, options: OnTheSpotOptions): OnTheSpotResult {
  const at = options.at ?? dossier.receivedAt ?? dossier.submittedAt ?? dossier.events[0]?.at;
  const ruleSet = pickRuleSet(options.ruleSet, at, `dossier ${dossier.code}`);
  const rules = rulesOf(ruleSet).dossier;
  const findings = rules.flatMap((r) => r.check(dossier, NO_CONTEXT));
  const seen = new Set<string>(dossier.events.map((e) => e.step).filter(isFourStep));
  return result({ kind: "dossier", code: dossier.code }, ruleSet, isReceivedStatus(dossier.status), findings, seen);
}

/**
 * Checks "4 tại chỗ" on a procedure's configured workflow: in every case (trường hợp), the steps
 * of kind `receive`, `appraise`, `approve` and `return` must exist and have `place: "center"`.
 * Reports each step that leaves the center with where it goes (place and agency), each missing
 * step, and steps without a place.
 *
 * @param procedure - a procedure
 * @param options - rule set selection
 * @returns the verdict, per-step placements and findings
 * @throws {HccError} `invalid_input` for a malformed procedure or options
 * @example
 * ```ts
 * import { checkWorkflowOnTheSpot } from "@hcc/rules";
 * const r = checkWorkflowOnTheSpot({
 *   code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh",
 *   cases: [{ steps: [
 *     { name: "Tiếp nhận", kind: "receive", place: "center" },
 *     { name: "Thẩm định", kind: "appraise", place: "department", agencyCode: "000.00.17.H48" },
 *     { name: "Phê duyệt", kind: "approve", place: "center" },
 *     { name: "Trả kết quả", kind: "return", place: "center" },
 *   ] }],
 * });
 * r.steps.appraise; //=> "off_site"
 * r.findings[0]?.message.en; //=> 'Step "Appraise" happens at the department (000.00.17.H48), not at the center'
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export function checkWorkflowOnTheSpot(procedure: ProcedureInput | Procedure, options: OnTheSpotOptions = {}): OnTheSpotResult {
  validateOptions(options, "checkWorkflowOnTheSpot");
  return workflow(toProcedure(procedure), options);
}

/**
 * Checks "4 tại chỗ" on a dossier's processing events: every event of the four kinds must have
 * happened at the center, and the steps its status requires must be recorded (`returned`: all
 * four; `done`: receive, appraise, approve; other received statuses: receive). A dossier never
 * received (status registered or not received) is not applicable.
 *
 * @param dossier - a dossier
 * @param options - rule set selection (several sets: the one in force on the receipt day)
 * @returns the verdict, per-step placements and findings
 * @throws {HccError} `invalid_input` for a malformed dossier or options
 * @example
 * ```ts
 * import { checkDossierOnTheSpot } from "@hcc/rules";
 * const r = checkDossierOnTheSpot({
 *   code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: "returned",
 *   receivedAt: "2019-05-06T08:00",
 *   events: [
 *     { step: "receive", at: "2019-05-06T08:00", place: "center" },
 *     { step: "appraise", at: "2019-05-07T09:00", place: "department", agencyCode: "000.00.17.H07" },
 *     { step: "approve", at: "2019-05-08T09:00", place: "center" },
 *     { step: "return", at: "2019-05-08T15:00", place: "center" },
 *   ],
 * });
 * r.onTheSpot; //=> false
 * r.steps; //=> { receive: "center", appraise: "off_site", approve: "center", return: "center" }
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export function checkDossierOnTheSpot(dossier: DossierInput | Dossier, options: OnTheSpotOptions = {}): OnTheSpotResult {
  validateOptions(options, "checkDossierOnTheSpot");
  return dossierCheck(parseDossier(dossier), options);
}

/**
 * Non-throwing {@link checkDossierOnTheSpot}.
 *
 * @param dossier - anything
 * @param options - as for {@link checkDossierOnTheSpot}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeCheckDossierOnTheSpot } from "@hcc/rules";
 * safeCheckDossierOnTheSpot({ code: "X" }).success; //=> false
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export function safeCheckDossierOnTheSpot(dossier: unknown, options?: OnTheSpotOptions): SafeParseResult<OnTheSpotResult> {
  return safely(() => checkDossierOnTheSpot(dossier as DossierInput, options));
}

/**
 * Where off-site steps went, counted: one row per (step, place, agency).
 *
 * @example
 * ```ts
 * import type { OffSiteDestination } from "@hcc/rules";
 * const row: OffSiteDestination = { step: "appraise", place: "department", agencyCode: "000.00.17.H48", count: 12 };
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export interface OffSiteDestination {
  /** The step that left the center. */
  readonly step: OnTheSpotStep;
  /** Where it went (`department` or `other`). */
  readonly place: string;
  /** The agency, when recorded. */
  readonly agencyCode?: string;
  /** How many procedures / dossiers sent this step there. */
  readonly count: number;
}

/**
 * "4 tại chỗ" over a catalogue or a set of dossiers.
 *
 * @example
 * ```ts
 * import { checkCatalogueOnTheSpot, type OnTheSpotSummary } from "@hcc/rules";
 * const s: OnTheSpotSummary = checkCatalogueOnTheSpot([]);
 * s.onTheSpot.ratio; //=> null
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export interface OnTheSpotSummary {
  /** Items checked (procedures, or received dossiers). */
  readonly checked: number;
  /** Items not applicable (dossiers never received). */
  readonly notApplicable: number;
  /** Share with all four steps at the center. */
  readonly onTheSpot: Share;
  /** For each step, how many items had it off site. */
  readonly offSiteByStep: Readonly<Record<OnTheSpotStep, number>>;
  /** For each step, how many items lacked it. */
  readonly missingByStep: Readonly<Record<OnTheSpotStep, number>>;
  /** Where the off-site steps went, most frequent first. */
  readonly destinations: readonly OffSiteDestination[];
  /** For each finding code, the number of items with that finding. */
  readonly itemsByCode: Readonly<Record<string, number>>;
  /** Per-item results, in input order. */
  readonly results: readonly OnTheSpotResult[];
}

function summarise(results: readonly OnTheSpotResult[]): OnTheSpotSummary {
  const offSite = { receive: 0, appraise: 0, approve: 0, return: 0 };
  const missing = { receive: 0, appraise: 0, approve: 0, return: 0 };
  const byCode: Record<string, number> = {};
  const destinations = new Map<string, { step: OnTheSpotStep; place: string; agencyCode?: string; count: number }>();
  let checked = 0;
  let pass = 0;
  for (const r of results) {
    if (!r.applicable) continue;
    checked += 1;
    if (r.onTheSpot) pass += 1;
    for (const step of FOUR_STEPS) {
      if (r.steps[step] === "off_site") offSite[step] += 1;
      if (r.steps[step] === "missing") missing[step] += 1;
    }
    for (const code of new Set(r.findings.map((f) => f.code))) byCode[code] = (byCode[code] ?? 0) + 1;
    const counted = new Set<string>();
    for (const f of r.findings) {
      if (f.code !== "on_the_spot.step_off_site") continue;
      const step = f.params["step"];
      if (typeof step !== "string" || !isFourStep(step as FourStep)) continue;
      const place = String(f.params["place"] ?? "other");
      const agency = f.params["agencyCode"];
      const key = `${step}|${place}|${agency ?? ""}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const row = destinations.get(key) ?? { step: step as FourStep, place, ...(agency === undefined ? {} : { agencyCode: String(agency) }), count: 0 };
      row.count += 1;
      destinations.set(key, row);
    }
  }
  const order = (s: OnTheSpotStep): number => FOUR_STEPS.indexOf(s);
  const rows = [...destinations.values()]
    .sort((a, b) => b.count - a.count || order(a.step) - order(b.step) || a.place.localeCompare(b.place) || (a.agencyCode ?? "").localeCompare(b.agencyCode ?? ""))
    .map((r) => Object.freeze({ ...r }));
  return Object.freeze({
    checked,
    notApplicable: results.length - checked,
    onTheSpot: makeShare(pass, checked),
    offSiteByStep: Object.freeze(offSite),
    missingByStep: Object.freeze(missing),
    destinations: Object.freeze(rows),
    itemsByCode: Object.freeze(byCode),
    results: Object.freeze([...results]),
  });
}

/**
 * Checks "4 tại chỗ" on the configured workflow of every procedure of a catalogue: the share of
 * procedures whose four steps are all configured at the center, counts per step, and where the
 * off-site steps go.
 *
 * @param procedures - the catalogue
 * @param options - rule set selection
 * @returns the summary
 * @throws {HccError} `invalid_input` for a malformed procedure (issue paths start with its index) or options
 * @example
 * ```ts
 * import { checkCatalogueOnTheSpot } from "@hcc/rules";
 * const all = ["receive", "appraise", "approve", "return"] as const;
 * const s = checkCatalogueOnTheSpot([
 *   { code: "1.000001", name: "A", cases: [{ steps: all.map((kind) => ({ name: kind, kind, place: "center" as const })) }] },
 *   { code: "1.000002", name: "B", cases: [{ steps: all.map((kind) => ({ name: kind, kind, place: kind === "approve" ? "department" as const : "center" as const })) }] },
 * ]);
 * s.onTheSpot; //=> { numerator: 1, denominator: 2, ratio: 0.5 }
 * s.offSiteByStep.approve; //=> 1
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export function checkCatalogueOnTheSpot(procedures: readonly (ProcedureInput | Procedure)[], options: OnTheSpotOptions = {}): OnTheSpotSummary {
  validateOptions(options, "checkCatalogueOnTheSpot");
  return workflowsOf(parseList(procedures, toProcedure, "Procedure", "checkCatalogueOnTheSpot"), options);
}

/** @internal {@link checkCatalogueOnTheSpot} on procedures already parsed. */
export function workflowsOf(procedures: readonly Procedure[], options: OnTheSpotOptions): OnTheSpotSummary {
  return summarise(procedures.map((p) => workflow(p, options)));
}

/**
 * Checks "4 tại chỗ" on a set of dossiers: the share of received dossiers whose four steps all
 * happened at the center (dossiers never received are not applicable), counts per step and
 * destinations.
 *
 * @param dossiers - the dossiers
 * @param options - rule set selection (several sets: each dossier by its receipt day)
 * @returns the summary
 * @throws {HccError} `invalid_input` for a malformed dossier (issue paths start with its index) or options
 * @example
 * ```ts
 * import { checkDossiersOnTheSpot } from "@hcc/rules";
 * const s = checkDossiersOnTheSpot([
 *   { code: "A-1", procedureCode: "1.001612", agencyCode: "A", status: "received",
 *     events: [{ step: "receive", at: "2019-05-06T08:00", place: "center" }] },
 *   { code: "A-2", procedureCode: "1.001612", agencyCode: "A", status: "registered" },
 * ]);
 * s.onTheSpot; //=> { numerator: 1, denominator: 1, ratio: 1 }
 * s.notApplicable; //=> 1
 * ```
 *
 * @category On the spot (4 tại chỗ)
 */
export function checkDossiersOnTheSpot(dossiers: readonly (DossierInput | Dossier)[], options: OnTheSpotOptions = {}): OnTheSpotSummary {
  validateOptions(options, "checkDossiersOnTheSpot");
  return dossiersOf(parseList(dossiers, parseDossier, "Dossier", "checkDossiersOnTheSpot"), options);
}

/** @internal {@link checkDossiersOnTheSpot} on dossiers already parsed. */
export function dossiersOf(dossiers: readonly Dossier[], options: OnTheSpotOptions): OnTheSpotSummary {
  return summarise(dossiers.map((d) => dossierCheck(d, options)));
}
