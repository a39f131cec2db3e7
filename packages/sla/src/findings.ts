import { formatInstant, toEpochMs, type Dossier, type Instant } from "@hcc/core";
import type { WorkingCalendar } from "@hcc/calendar";
import { UNIT_WORKING_DAYS, baseDueMs } from "./_internal/due.js";
import { DAY_MS, MINUTE_MS, addWorkingMs, clockOf, clockStartMs, closeOf, dayOf, type Clock } from "./_internal/working-time.js";
import type { DayConvention, DueDate } from "./due-date.js";

/**
 * A rule the dossier's handling broke, as data (never an error): its stable `code`, the legal
 * reference, a one-line message and the offending values — the instant of the act (`at`) and,
 * for a time limit, the latest instant the rule allowed (`limit`). Findings do not change the
 * verdict.
 *
 * @example
 * ```ts
 * import { parseInstant } from "@hcc/core";
 * import type { Finding } from "@hcc/sla";
 * const f: Finding = {
 *   code: "supplement_repeated", rule: "Decree 118/2025 Art. 16(3)", message: "A second supplement request (only one is allowed)",
 *   at: parseInstant("2025-07-10T09:00:00+07:00"), limit: null,
 * };
 * ```
 *
 * @category Rule sets and findings
 */
export interface Finding {
  /** Stable code, e.g. {@link FINDING_SUPPLEMENT_REPEATED}. */
  readonly code: string;
  /** The legal reference of the rule. */
  readonly rule: string;
  /** One line in English saying what happened. */
  readonly message: string;
  /** The offending act's instant (the request, the extension, the acceptance). */
  readonly at: Instant;
  /** The latest instant the rule allowed, for a time limit; `null` for a rule on a count. */
  readonly limit: Instant | null;
}

/**
 * What a rule set's `findings` function is given: the parsed dossier, the as-of instant (only
 * acts made by then count), the calendar, the working-day convention, and what the evaluation
 * computed — the receipt and the reference due date.
 *
 * @example
 * ```ts
 * import type { FindingContext } from "@hcc/sla";
 * const received = (c: FindingContext): string | null => c.receivedAt;
 * ```
 *
 * @category Rule sets and findings
 */
export interface FindingContext {
  /** The dossier (validated). */
  readonly dossier: Dossier;
  /** The as-of instant of the evaluation. */
  readonly asOf: Instant;
  /** The working-day calendar. */
  readonly calendar: WorkingCalendar;
  /** How N working days are counted (the evaluation's `convention`). */
  readonly convention: DayConvention;
  /** The receipt (acceptance) instant, when received by as-of. */
  readonly receivedAt: Instant | null;
  /** The reference due date (`originalDue`: after pauses or the restart), when known. */
  readonly originalDue: DueDate | null;
}

/**
 * A second (third…) supplement request; only one is allowed (Decree 118/2025 Art. 11(2)(c), 16(3), 17).
 *
 * @example
 * ```ts
 * import { FINDING_SUPPLEMENT_REPEATED } from "@hcc/sla";
 * FINDING_SUPPLEMENT_REPEATED; //=> "supplement_repeated"
 * ```
 *
 * @category Rule sets and findings
 */
export const FINDING_SUPPLEMENT_REPEATED = "supplement_repeated";
/**
 * A supplement requested later than 3 working days after receipt (Decree 118/2025 Art. 19(5)).
 *
 * @example
 * ```ts
 * import { FINDING_SUPPLEMENT_LATE } from "@hcc/sla";
 * FINDING_SUPPLEMENT_LATE; //=> "supplement_late"
 * ```
 *
 * @category Rule sets and findings
 */
export const FINDING_SUPPLEMENT_LATE = "supplement_late";
/**
 * A new appointment recorded less than 1 working day before the deadline (Decree 118/2025 Art. 19(6)).
 *
 * @example
 * ```ts
 * import { FINDING_EXTENSION_LATE } from "@hcc/sla";
 * FINDING_EXTENSION_LATE; //=> "extension_late"
 * ```
 *
 * @category Rule sets and findings
 */
export const FINDING_EXTENSION_LATE = "extension_late";
/**
 * A second (third…) new appointment; the return date may be re-set only once (Decree 118/2025 Art. 19(6), 12(5)).
 *
 * @example
 * ```ts
 * import { FINDING_EXTENSION_REPEATED } from "@hcc/sla";
 * FINDING_EXTENSION_REPEATED; //=> "extension_repeated"
 * ```
 *
 * @category Rule sets and findings
 */
export const FINDING_EXTENSION_REPEATED = "extension_repeated";
/**
 * An online dossier accepted (or sent back for supplement) more than 8 working hours after submission (Decree 118/2025 Art. 17(2)(c)).
 *
 * @example
 * ```ts
 * import { FINDING_ONLINE_ACCEPTANCE_LATE } from "@hcc/sla";
 * FINDING_ONLINE_ACCEPTANCE_LATE; //=> "online_acceptance_late"
 * ```
 *
 * @category Rule sets and findings
 */
export const FINDING_ONLINE_ACCEPTANCE_LATE = "online_acceptance_late";

/**
 * The codes of the findings the built-in rule sets emit.
 *
 * @example
 * ```ts
 * import { FINDING_CODES } from "@hcc/sla";
 * FINDING_CODES.length; //=> 5
 * ```
 *
 * @category Rule sets and findings
 */
export const FINDING_CODES: readonly string[] = Object.freeze([
  FINDING_SUPPLEMENT_REPEATED,
  FINDING_SUPPLEMENT_LATE,
  FINDING_EXTENSION_LATE,
  FINDING_EXTENSION_REPEATED,
  FINDING_ONLINE_ACCEPTANCE_LATE,
]);

/** Working days within which a supplement must be requested (Art. 19(5)). */
const SUPPLEMENT_REQUEST_DAYS = 3;
/** Working hours within which an online dossier must be accepted or sent back (Art. 17(2)(c)). */
const ONLINE_ACCEPTANCE_HOURS = 8;

/**
 * The supplement requests made by as-of, sorted: from the source with the most entries among the
 * supplement requests, the supplement pauses and the "supplement requested" events (the same
 * count as `supplementRequests` of the evaluation).
 */
function supplementInstants(dossier: Dossier, asOfMs: number): number[] {
  const sources = [
    dossier.supplementRequests.map((r) => toEpochMs(r.requestedAt)),
    dossier.pauses.filter((p) => p.kind === "supplement").map((p) => toEpochMs(p.from)),
    dossier.events.filter((e) => e.status === "supplement_requested").map((e) => toEpochMs(e.at)),
  ].map((list) => list.filter((ms) => ms <= asOfMs).sort((a, b) => a - b));
  return sources.reduce((best, list) => (list.length > best.length ? list : best));
}

const finding = (code: string, rule: string, message: string, atMs: number, limitMs: number): Finding =>
  Object.freeze({ code, rule, message, at: formatInstant(atMs), limit: Number.isNaN(limitMs) ? null : formatInstant(limitMs) });

/**
 * The findings of Decree 118/2025 ([the law vs the portal](../../../docs/sla.md#the-law-vs-the-portal)), for the `decree-118` rule set. Limits are
 * counted like processing times, on the evaluation's calendar:
 *
 * - **one supplement request** — every request after the first is `supplement_repeated`;
 * - **within 3 working days of receipt** — a request after the due instant of a 3-working-day
 *   time counted from the receipt (day-based: the close of the 3rd working day after the receipt
 *   day; hour-based: 24 working hours from the clock start; no cut-off) is `supplement_late`;
 * - **one new appointment** — every extension after the first (by the time it was recorded) is
 *   `extension_repeated`;
 * - **at least 1 working day before the deadline** — an extension recorded when less than one
 *   working day of session time (8 h) is left before the reference due instant is
 *   `extension_late` (for a due at the close of day D the limit is the opening of D: an
 *   extension recorded on the due day itself, or after it, is late);
 * - **online acceptance within 8 working hours** — an online dossier (`channel: "online"`) with a
 *   `submittedAt` whose acceptance (`receivedAt`) or first supplement request, whichever is first,
 *   comes after 8 working hours of session time from the submission is `online_acceptance_late`.
 *
 * Only acts made by as-of count.
 *
 * @param context - the dossier and what the evaluation computed
 * @returns the findings, in the order above
 * @example
 * ```ts
 * import { vietnamCalendar } from "@hcc/calendar";
 * import { parseDossier, parseInstant } from "@hcc/core";
 * import { decree118Findings } from "@hcc/sla";
 * const dossier = parseDossier({
 *   code: "X-250701-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing", receivedAt: "2025-07-01T09:00",
 *   supplementRequests: [{ requestedAt: "2025-07-07T09:00", completedAt: "2025-07-08T09:00" }],
 * });
 * const found = decree118Findings({
 *   dossier, asOf: parseInstant("2025-07-09T09:00"), calendar: vietnamCalendar(), convention: "day", receivedAt: parseInstant("2025-07-01T09:00"), originalDue: null,
 * });
 * found.map((f) => f.code); //=> ["supplement_late"]
 * found[0]?.limit; //=> "2025-07-04T17:00:00+07:00"
 * ```
 *
 * @category Rule sets and findings
 */
export function decree118Findings(context: FindingContext): readonly Finding[] {
  const { dossier, calendar } = context;
  const clock = clockOf(calendar);
  const asOfMs = toEpochMs(context.asOf);
  const out: Finding[] = [];
  const requests = supplementInstants(dossier, asOfMs);
  requests.slice(1).forEach((ms) => {
    out.push(finding(FINDING_SUPPLEMENT_REPEATED, "Decree 118/2025 Art. 11(2)(c), 16(3), 17", "A second supplement request: a supplement may be requested only once", ms, Number.NaN));
  });
  if (context.receivedAt !== null) {
    const receivedMs = toEpochMs(context.receivedAt);
    const limit = baseDueMs(clock, receivedMs, UNIT_WORKING_DAYS, SUPPLEMENT_REQUEST_DAYS, -1, context.convention === "hour");
    for (const ms of requests) {
      if (ms > limit) {
        out.push(finding(FINDING_SUPPLEMENT_LATE, "Decree 118/2025 Art. 19(5)", "Supplement requested more than 3 working days after receipt", ms, limit));
      }
    }
  }
  const extensions = dossier.extensions.map((x) => toEpochMs(x.at)).filter((ms) => ms <= asOfMs).sort((a, b) => a - b);
  extensions.slice(1).forEach((ms) => {
    out.push(finding(FINDING_EXTENSION_REPEATED, "Decree 118/2025 Art. 19(6), 12(5)", "A second new appointment: the return date may be re-set only once", ms, Number.NaN));
  });
  if (context.originalDue !== null) {
    const due = context.originalDue.ms;
    const limit = latestWithOneDayLeft(clock, due);
    for (const ms of extensions) {
      if (ms > limit) {
        out.push(finding(FINDING_EXTENSION_LATE, "Decree 118/2025 Art. 19(6)", "New appointment recorded less than 1 working day before the deadline", ms, limit));
      }
    }
  }
  if (dossier.channel === "online" && dossier.submittedAt !== undefined) {
    const submittedMs = toEpochMs(dossier.submittedAt);
    const limit = addWorkingMs(clock, clockStartMs(clock, submittedMs, -1), ONLINE_ACCEPTANCE_HOURS * 60 * MINUTE_MS);
    const acted = Math.min(context.receivedAt === null ? Infinity : toEpochMs(context.receivedAt), requests[0] ?? Infinity);
    if (acted !== Infinity && acted > limit) {
      out.push(finding(FINDING_ONLINE_ACCEPTANCE_LATE, "Decree 118/2025 Art. 17(2)(c)", "Online dossier accepted more than 8 working hours after submission", acted, limit));
    }
  }
  return Object.freeze(out);
}

/**
 * The latest instant `t` with one working day of session time in `[t, due)`: the due's working
 * position (a due on a day off sits at the close of the working day before) at the same time of
 * day one working day earlier, moved into working time (a session end becomes the next session's
 * start: for a due at 17:00 on day D, the opening of D).
 */
function latestWithOneDayLeft(clock: Clock, due: number): number {
  let day = dayOf(due);
  let position = due;
  if (!clock.calendar.isWorkingDayNumber(day)) {
    day = clock.calendar.addWorkingDayNumbers(day, -1);
    position = closeOf(clock, day);
  }
  const previous = clock.calendar.addWorkingDayNumbers(day, -1);
  return clockStartMs(clock, position - (day - previous) * DAY_MS, -1);
}
