import {
  TERMINAL_STATUS_PRECEDENCE,
  isReceivedStatus,
  parseProcedure,
  toEpochMs,
  type Dossier,
  type DossierStatus,
  type PauseKind,
  type Procedure,
  type ProcedureInput,
} from "@hcc/core";
import type { ProcessingTimeLike } from "../due-date.js";
import type { CoreRow } from "./core.js";
import { baseDueMs, checkAmount, unitCode } from "./due.js";
import type { Clock } from "./working-time.js";
import { cutoffMs } from "./validate.js";

/** Per-procedure settings resolved once: processing-time lookup, cut-off, excluded pause kinds. */
export interface ProcedureRules {
  readonly procedure: Procedure | undefined;
  /** Cut-off in ms after midnight, `-1` = none. */
  readonly cutoff: number;
  readonly excluded: ReadonlySet<PauseKind>;
}

/** Overrides given in the options (they win over the procedure). */
export interface RuleOverrides {
  readonly processingTime?: ProcessingTimeLike | undefined;
  readonly cutoff?: string | undefined;
  readonly excludedPauseKinds?: readonly PauseKind[] | undefined;
}

/** Resolves a procedure's rules (validating the procedure input with `parseProcedure`). */
export function procedureRules(input: unknown, overrides: RuleOverrides, where: string): ProcedureRules {
  const procedure = input === undefined ? undefined : parseProcedure(input);
  const cutoff = cutoffMs(overrides.cutoff ?? procedure?.timing?.cutoff, where);
  const excluded = new Set<PauseKind>(overrides.excludedPauseKinds ?? procedure?.timing?.excludedPauseKinds ?? ["supplement"]);
  return { procedure, cutoff, excluded };
}

/**
 * The rules of each dossier, resolved once per procedure: the procedure of `procedures` under the
 * dossier's `procedureCode`, else `procedure`.
 */
export function rulesCache(
  procedure: unknown,
  procedures: Readonly<Record<string, ProcedureInput>> | undefined,
  overrides: RuleOverrides,
  where: string,
): (dossier: Dossier) => ProcedureRules {
  const cache = new Map<string | undefined, ProcedureRules>();
  return (dossier) => {
    const key = procedures !== undefined && Object.hasOwn(procedures, dossier.procedureCode) ? dossier.procedureCode : undefined;
    let rules = cache.get(key);
    if (rules === undefined) {
      rules = procedureRules(key === undefined ? procedure : procedures![key], overrides, where);
      cache.set(key, rules);
    }
    return rules;
  };
}

/** The processing time that applies to a dossier: the override, else its case and channel in the procedure. */
export function processingTimeFor(dossier: Dossier, rules: ProcedureRules, override: ProcessingTimeLike | undefined): ProcessingTimeLike | undefined {
  if (override !== undefined) return override;
  const procedure = rules.procedure;
  if (procedure === undefined || procedure.cases.length === 0) return undefined;
  const chosen = procedure.cases.find((c) => c.id === dossier.caseId) ?? procedure.cases[0]!;
  const option =
    chosen.channels.find((c) => c.channel === dossier.channel && c.processingTime !== undefined) ??
    chosen.channels.find((c) => c.processingTime !== undefined);
  return option?.processingTime;
}

/** The end of processing as of `asOfMs` (§4.11 terminal-status precedence), with the status that set it. */
export function endOf(dossier: Dossier, asOfMs: number): { ms: number; status: DossierStatus | undefined; warning?: string } {
  let best = -1;
  let bestMs = Number.NaN;
  let bestStatus: DossierStatus | undefined;
  let anyTerminal = false;
  for (const e of dossier.events) {
    const status = e.status;
    if (status === undefined || !(status in TERMINAL_STATUS_PRECEDENCE)) continue;
    anyTerminal = true;
    const ms = toEpochMs(e.at);
    if (ms > asOfMs) continue;
    const rank = TERMINAL_STATUS_PRECEDENCE[status as keyof typeof TERMINAL_STATUS_PRECEDENCE];
    if (rank > best || (rank === best && ms < bestMs)) {
      best = rank;
      bestMs = ms;
      bestStatus = status;
    }
  }
  if (anyTerminal) return { ms: bestMs, status: bestStatus };
  const terminal = dossier.status in TERMINAL_STATUS_PRECEDENCE;
  if (dossier.endedAt !== undefined) return { ms: toEpochMs(dossier.endedAt), status: terminal ? dossier.status : undefined };
  if (dossier.status === "returned" && dossier.returnedAt !== undefined) return { ms: toEpochMs(dossier.returnedAt), status: "returned" };
  if (terminal) {
    return {
      ms: Number.NaN,
      status: undefined,
      warning: `status "${dossier.status}" is terminal but the dossier has no endedAt: treated as in progress`,
    };
  }
  return { ms: Number.NaN, status: undefined };
}

/** Number of supplement requests made by `asOfMs`: the most of requests, supplement pauses and supplement events. */
export function supplementCount(dossier: Dossier, asOfMs: number): number {
  let requests = 0;
  for (const r of dossier.supplementRequests) if (toEpochMs(r.requestedAt) <= asOfMs) requests++;
  let pauses = 0;
  for (const p of dossier.pauses) if (p.kind === "supplement" && toEpochMs(p.from) <= asOfMs) pauses++;
  let events = 0;
  for (const e of dossier.events) if (e.status === "supplement_requested" && toEpochMs(e.at) <= asOfMs) events++;
  return Math.max(requests, pauses, events);
}

/**
 * The clock-stopping intervals: pauses of excluded kinds, plus supplement requests when supplements
 * stop the clock. With `restart` (a rule set that restarts the clock after a supplement), the
 * supplement intervals are flagged 1 in `restart` (they restart the clock instead of pausing it)
 * and are kept whether or not the procedure excludes supplements; every flag is 0 otherwise.
 */
export function pauseIntervals(dossier: Dossier, rules: ProcedureRules, restart = false): { from: number[]; to: number[]; restart: number[] } {
  const from: number[] = [];
  const to: number[] = [];
  const flags: number[] = [];
  for (const p of dossier.pauses) {
    const supplementRestart = restart && p.kind === "supplement";
    if (!supplementRestart && !rules.excluded.has(p.kind)) continue;
    from.push(toEpochMs(p.from));
    to.push(p.to === undefined ? Number.NaN : toEpochMs(p.to));
    flags.push(supplementRestart ? 1 : 0);
  }
  if (restart || rules.excluded.has("supplement")) {
    for (const r of dossier.supplementRequests) {
      from.push(toEpochMs(r.requestedAt));
      to.push(r.completedAt === undefined ? Number.NaN : toEpochMs(r.completedAt));
      flags.push(restart ? 1 : 0);
    }
  }
  return { from, to, restart: flags };
}

/** The latest new appointment (by the time it was given), in epoch ms; NaN when none. */
export function extensionDue(dossier: Dossier, asOfMs: number): number {
  let at = -Infinity;
  let due = Number.NaN;
  for (const x of dossier.extensions) {
    const ms = toEpochMs(x.at);
    if (ms <= asOfMs && ms >= at) {
      at = ms;
      due = toEpochMs(x.newDueAt);
    }
  }
  return due;
}

/** Fills a core row from a dossier. */
export function coreRow(dossier: Dossier, time: ProcessingTimeLike | undefined, rules: ProcedureRules, asOfMs: number, end: number): CoreRow {
  const received = isReceivedStatus(dossier.status) && dossier.receivedAt !== undefined ? toEpochMs(dossier.receivedAt) : Number.NaN;
  let unit = 0;
  let value = Number.NaN;
  if (time !== undefined) {
    const code = unitCode(time.unit);
    if (code !== undefined) {
      checkAmount(code, time.value);
      unit = code;
      value = time.value;
    }
  }
  return {
    receivedMs: received,
    endedMs: end,
    unit,
    value,
    cutoff: rules.cutoff,
    recordedDueMs: dossier.dueAt === undefined ? Number.NaN : toEpochMs(dossier.dueAt),
    extensionDueMs: extensionDue(dossier, asOfMs),
    supplementRequests: supplementCount(dossier, asOfMs),
  };
}

/**
 * The overall due of an inter-agency dossier planned from its legs: each leg's recorded due, or
 * its processing time counted from the previous leg's planned due (the first from the receipt).
 * `undefined` when there are no legs, the dossier was not received, or a leg has neither.
 */
export function plannedLegsDue(dossier: Dossier, clock: Clock, rules: ProcedureRules, hourBased: boolean, receivedMs: number): number | undefined {
  if (dossier.legs.length === 0 || Number.isNaN(receivedMs)) return undefined;
  let planned = receivedMs;
  for (const leg of dossier.legs) {
    if (leg.dueAt !== undefined) planned = toEpochMs(leg.dueAt);
    else if (leg.processingTime !== undefined) {
      planned = baseDueMs(clock, planned, unitCode(leg.processingTime.unit)!, leg.processingTime.value, rules.cutoff, hourBased);
    } else return undefined;
  }
  return planned;
}
