import {
  HccError,
  dayNumberToEpochMs,
  dayNumberToLocalDate,
  epochMsToDayNumber,
  formatInstant,
  localDateToDayNumber,
  toEpochMs,
  type DateInput,
  type Dossier,
  type ProcessingEvent,
} from "@hcc/core";
import { vietnamCalendar, type WorkingCalendar } from "@hcc/calendar";
import { computeDueDate } from "@hcc/sla";
import { benTreCatalogue, type SampleProcedure } from "./catalogue.js";
import { benTreDepartment } from "./departments.js";
import { apportion, createRng, cumulative, pickWeighted, sampleWithoutReplacement, shuffleInPlace, type Rng } from "./_internal/prng.js";

/**
 * The figures of the seed article (Bến Tre Provincial Portal, 9 Aug 2019): the center's first three
 * months, 6 May – 9 Aug 2019. {@link generateBenTre2019} reproduces every count exactly.
 *
 * @example
 * ```ts
 * import { BEN_TRE_2019 } from "@hcc/examples";
 * BEN_TRE_2019.received.total; //=> 14168
 * BEN_TRE_2019.period; //=> { from: "2019-05-06", to: "2019-08-09" }
 * ```
 *
 * @category Ben Tre 2019
 */
export const BEN_TRE_2019 = Object.freeze({
  /** The reporting period (both days inclusive, Vietnam dates). */
  period: Object.freeze({ from: "2019-05-06", to: "2019-08-09" }),
  /** The as-of instant of the report: the end of 9 August 2019 in Vietnam. */
  asOf: "2019-08-09T23:59:59+07:00",
  /** Procedures accepted at the center. */
  procedures: 1320,
  /** Departments taking part, of all provincial departments. */
  departments: Object.freeze({ participating: 16, total: 18 }),
  /** Dossiers received, by channel. */
  received: Object.freeze({ total: 14168, direct: 11533, postal: 1958, online: 677 }),
  /** Dossiers resolved by the as-of date. */
  resolved: 12356,
  /** Dossiers still in progress at the as-of date. */
  inProgress: 1812,
  /** Results received and returned through the post office desk. */
  postalReturns: 1516,
});

/**
 * Options of {@link generateBenTre2019}.
 *
 * @example
 * ```ts
 * import type { BenTre2019Options } from "@hcc/examples";
 * const options: BenTre2019Options = { seed: 7 };
 * ```
 *
 * @category Ben Tre 2019
 */
export interface BenTre2019Options {
  /** Seed of the pseudo-random generator; equal seeds give identical dossiers. @defaultValue `20190506` */
  readonly seed?: number;
  /** Working-day calendar for receipt days and due dates. @defaultValue `vietnamCalendar()` from `@hcc/calendar` */
  readonly calendar?: WorkingCalendar;
}

const DOW_FACTOR = [0, 1.15, 1.05, 1, 0.95, 0.9, 0.6];
const EMPTY: never[] = Object.freeze([]) as unknown as never[];

function sessionMinute(rng: Rng, calendar: WorkingCalendar, from = 0, to = 24 * 60): number {
  // A uniformly random minute of session time within [from, to] (whole seconds).
  const parts: [number, number][] = [];
  let total = 0;
  for (const s of calendar.sessions) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, to);
    if (b > a) {
      parts.push([a, b]);
      total += b - a;
    }
  }
  if (total <= 0) return Math.min(Math.max(from, 0), to);
  let x = rng.next() * total;
  for (const [a, b] of parts) {
    if (x < b - a) return a + Math.floor(x * 60) / 60;
    x -= b - a;
  }
  const last = parts[parts.length - 1] as [number, number];
  return last[1];
}

function lastWorkingDayAtMost(calendar: WorkingCalendar, day: number): number {
  let d = day;
  while (!calendar.isWorkingDayNumber(d)) d--;
  return d;
}

interface Draft {
  procedure: SampleProcedure;
  agencyCode: string;
  channel: "direct" | "postal" | "online";
  receivedMs: number;
  submittedMs: number;
  dueMs: number;
  day: number;
  code: string;
  pressure: number;
}

/**
 * Generates the Bến Tre center's first three months: **exactly 14,168 dossiers** received on the
 * working days of the official 2019 calendar between 6 May and 9 Aug 2019, whose figures as of
 * 9 Aug 2019 reproduce the seed article exactly (see {@link BEN_TRE_2019} and
 * {@link seedFigures}): 11,533 direct / 1,958 postal / 677 online; 12,356 resolved / 1,812 in
 * progress; 1,516 results returned by post.
 *
 * How it works (seeded, deterministic — same seed, same dossiers, on every platform and time zone):
 * - daily volumes ramp up over the 70 working days (the center was new) with a Monday peak, and
 *   are apportioned so they add up to 14,168; receipt instants fall in the working sessions;
 * - the exact channel counts are shuffled over the dossiers; procedures are drawn from
 *   {@link benTreCatalogue} by popularity;
 * - `dueAt` is computed from the procedure's processing time and unit (working days from the day
 *   after receipt, working hours of session time, calendar days moved off days off) and its
 *   cut-off hour;
 * - exactly 1,812 dossiers are left in progress, drawn mostly among those still within their
 *   deadline on 9 Aug, some overdue (more in departments with staff shortages, the seed's complaint);
 * - the others end early, on time or late (late more likely where `staffingPressure` is high; a few
 *   are withdrawn or stopped), never after 9 Aug; exactly 1,516 returned results go by post
 *   (postal-channel dossiers are the likeliest to ask for it).
 *
 * Everything except the seed's counts is illustrative. Each dossier carries its processing events
 * (receive, appraise, approve, return) with their place, for the "4 tại chỗ" check.
 *
 * @param options - seed and calendar
 * @returns 14,168 frozen {@link Dossier} objects sorted by receipt
 * @throws {HccError} `invalid_input` when the seed is not a finite number
 * @example
 * ```ts
 * import { generateBenTre2019, seedFigures } from "@hcc/examples";
 * const dossiers = generateBenTre2019();
 * dossiers.length; //=> 14168
 * seedFigures(dossiers).postalReturns; //=> 1516
 * ```
 *
 * @category Ben Tre 2019
 */
export function generateBenTre2019(options: BenTre2019Options = {}): readonly Dossier[] {
  const seed = options.seed ?? 20190506;
  if (typeof seed !== "number" || !Number.isFinite(seed)) {
    throw new HccError("invalid_input", `generateBenTre2019: seed must be a finite number, got ${String(seed)}`, { value: seed });
  }
  const calendar = options.calendar ?? vietnamCalendar();
  const rng = createRng(seed);
  const fig = BEN_TRE_2019;
  const first = localDateToDayNumber(fig.period.from);
  const asOfDay = localDateToDayNumber(fig.period.to);
  const asOfMs = toEpochMs(fig.asOf);
  const close = calendar.sessions[calendar.sessions.length - 1]?.end ?? 17 * 60;

  const days: number[] = [];
  for (let d = first; d <= asOfDay; d++) if (calendar.isWorkingDayNumber(d)) days.push(d);
  const dayWeights = days.map((d, i) => (0.75 + (0.5 * i) / Math.max(1, days.length - 1)) * (DOW_FACTOR[(d + 4) % 7] ?? 1) * (0.92 + 0.16 * rng.next()));
  const perDay = apportion(fig.received.total, dayWeights);

  const channels: Draft["channel"][] = [
    ...Array<Draft["channel"]>(fig.received.direct).fill("direct"),
    ...Array<Draft["channel"]>(fig.received.postal).fill("postal"),
    ...Array<Draft["channel"]>(fig.received.online).fill("online"),
  ];
  shuffleInPlace(channels, rng);

  const procCum = cumulative(benTreCatalogue.map((p) => p.weight));
  const drafts: Draft[] = [];
  const sequences = new Map<string, number>();
  let k = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    const minutes: number[] = [];
    for (let j = 0; j < (perDay[i] ?? 0); j++) minutes.push(sessionMinute(rng, calendar));
    minutes.sort((a, b) => a - b);
    const ymd = dayNumberToLocalDate(day).slice(2).replaceAll("-", "");
    for (const minute of minutes) {
      const procedure = benTreCatalogue[pickWeighted(procCum, rng)] as SampleProcedure;
      const department = benTreDepartment(procedure.departmentKey);
      const agencyCode = department?.code ?? procedure.departmentKey;
      const channel = channels[k++] as Draft["channel"];
      const receivedMs = dayNumberToEpochMs(day, minute);
      const option = procedure.cases[0]?.channels.find((c) => c.channel === channel) ?? procedure.cases[0]?.channels[0];
      const time = option?.processingTime ?? { value: 0, unit: "working_days" as const };
      const cutoff = procedure.timing?.cutoff;
      const seq = (sequences.get(agencyCode + ymd) ?? 0) + 1;
      sequences.set(agencyCode + ymd, seq);
      drafts.push({
        procedure,
        agencyCode,
        channel,
        receivedMs,
        submittedMs: channel === "online" ? receivedMs - rng.int(20, 36 * 60) * 60_000 : receivedMs,
        dueMs: computeDueDate(new Date(receivedMs), time, cutoff === undefined ? { calendar } : { calendar, cutoff }).ms,
        day,
        code: `${agencyCode}-${ymd}-${String(seq).padStart(4, "0")}`,
        pressure: department?.staffingPressure ?? 0,
      });
    }
  }

  // Exactly `inProgress` dossiers stay open: mostly those still within their deadline on 9 Aug.
  const openWeights = drafts.map((d) => {
    const dueDay = epochMsToDayNumber(d.dueMs);
    if (dueDay >= asOfDay) return 40;
    return (0.2 + 2.5 * d.pressure) * Math.exp(-(asOfDay - dueDay) / 12);
  });
  const open = sampleWithoutReplacement(openWeights, fig.inProgress, rng);

  type Ending = { endMs: number; status: "returned" | "withdrawn" | "stopped" } | undefined;
  const endings: Ending[] = drafts.map((d, i) => {
    if (open[i] === 1) return undefined;
    const receiptDay = d.day;
    const receiptMinute = (d.receivedMs - dayNumberToEpochMs(receiptDay)) / 60_000;
    const dueDay = epochMsToDayNumber(d.dueMs);
    const r = rng.next();
    if (r < 0.009) {
      // Withdrawn by the applicant or stopped (refused) within a few working days.
      const endDay = Math.min(calendar.addWorkingDayNumbers(receiptDay, rng.int(0, 3)), asOfDay);
      const from = endDay === receiptDay ? receiptMinute : 0;
      return { endMs: dayNumberToEpochMs(endDay, sessionMinute(rng, calendar, from, close)), status: r < 0.004 ? "withdrawn" : "stopped" };
    }
    const lateP = 0.015 + 0.12 * d.pressure;
    const earlyP = 0.6 - 0.25 * d.pressure;
    const x = rng.next();
    let target: "early" | "on_time" | "late" = x < lateP ? "late" : x < lateP + earlyP ? "early" : "on_time";
    let endDay: number = dueDay;
    if (target === "late") {
      const lateDay = Math.min(calendar.addWorkingDayNumbers(dueDay, 1 + Math.floor(-Math.log(Math.max(rng.next(), 1e-9)) * 2)), asOfDay);
      const candidate = lastWorkingDayAtMost(calendar, lateDay);
      if (candidate > dueDay) endDay = candidate;
      else target = "on_time";
    }
    if (target === "on_time" && dueDay > asOfDay) target = "early";
    if (target === "early") {
      const lastEarly = Math.min(dueDay - 1, asOfDay);
      const options: number[] = [];
      for (let dd = receiptDay; dd <= lastEarly; dd++) if (calendar.isWorkingDayNumber(dd)) options.push(dd);
      if (options.length === 0) endDay = Math.min(dueDay, asOfDay);
      else endDay = options[Math.min(options.length - 1, Math.floor(Math.pow(rng.next(), 0.7) * options.length))] as number;
    } else if (target === "on_time") {
      endDay = dueDay;
    }
    let from = endDay === receiptDay ? receiptMinute : 0;
    let to = close;
    if (endDay === dueDay) to = Math.min(to, (d.dueMs - dayNumberToEpochMs(dueDay)) / 60_000);
    if (to < from) to = from;
    if (endDay === asOfDay) to = Math.min(to, (asOfMs - dayNumberToEpochMs(asOfDay)) / 60_000);
    from = Math.min(from, to);
    return { endMs: Math.max(d.receivedMs, dayNumberToEpochMs(endDay, sessionMinute(rng, calendar, from, to))), status: "returned" };
  });

  const returnedIdx: number[] = [];
  endings.forEach((e, i) => {
    if (e?.status === "returned") returnedIdx.push(i);
  });
  const postWeights = returnedIdx.map((i) => (drafts[i]?.channel === "postal" ? 6 : drafts[i]?.channel === "online" ? 1.5 : 0.6));
  const byPostPick = sampleWithoutReplacement(postWeights, fig.postalReturns, rng);
  const byPost = new Uint8Array(drafts.length);
  returnedIdx.forEach((i, j) => {
    if (byPostPick[j] === 1) byPost[i] = 1;
  });

  return Object.freeze(
    drafts.map((d, i): Dossier => {
      const ending = endings[i];
      const fees = d.procedure.cases[0]?.channels[0]?.fees ?? [];
      const hasFees = fees.some((f) => f.amount > 0);
      const received = formatInstant(d.receivedMs);
      const stepPlace = d.procedure.fourOnTheSpot ? "center" : "department";
      const events: ProcessingEvent[] = [{ step: "receive", at: received, place: "center", agencyCode: d.agencyCode, status: "received" }];
      if (ending !== undefined && ending.status === "returned") {
        const span = ending.endMs - d.receivedMs;
        events.push(
          { step: "appraise", at: formatInstant(d.receivedMs + Math.floor(span * 0.4)), place: stepPlace, agencyCode: d.agencyCode },
          { step: "approve", at: formatInstant(d.receivedMs + Math.floor(span * 0.8)), place: stepPlace, agencyCode: d.agencyCode },
          { step: "return", at: formatInstant(ending.endMs), place: "center", agencyCode: d.agencyCode, status: "returned" },
        );
      }
      const dossier: Dossier = {
        code: d.code,
        procedureCode: d.procedure.code,
        procedureName: d.procedure.name,
        caseId: "default",
        fieldName: d.procedure.fields[0]?.name ?? "",
        agencyCode: d.agencyCode,
        channel: d.channel,
        ...(d.channel === "online" ? { submittedAt: formatInstant(d.submittedMs) } : {}),
        receivedAt: received,
        dueAt: formatInstant(d.dueMs),
        ...(ending === undefined ? {} : { endedAt: formatInstant(ending.endMs) }),
        ...(ending?.status === "returned" ? { returnedAt: formatInstant(ending.endMs), returnMethod: byPost[i] === 1 ? "post" : "desk" } : {}),
        status: ending === undefined ? "processing" : ending.status,
        pauses: EMPTY,
        supplementRequests: EMPTY,
        extensions: EMPTY,
        legs: EMPTY,
        events: Object.freeze(events) as ProcessingEvent[],
        flags: Object.freeze({
          hasFees,
          paidOnline: hasFees && d.channel === "online",
          digitised: d.channel === "online",
          electronicResult: false,
        }),
      };
      return Object.freeze(dossier);
    }),
  );
}

/**
 * The seed article's coarse figures of a set of dossiers: received by channel, resolved vs in
 * progress at the as-of instant, results returned by post. A dossier counts when it was received in
 * `[from, to]`; it is resolved when it ended at or before `asOf`, in progress otherwise. (The full
 * Biểu 06 report, with early / on time / late, is `@hcc/stats`'s job.)
 *
 * @param dossiers - any dossiers
 * @param options - the period and the as-of instant; default: the Bến Tre 2019 period
 * @returns the counts, in the shape of {@link BEN_TRE_2019}
 * @throws {HccError} `invalid_date` when a bound is not a date
 * @example
 * ```ts
 * import { generateBenTre2019, seedFigures } from "@hcc/examples";
 * seedFigures(generateBenTre2019()).received; //=> { total: 14168, direct: 11533, postal: 1958, online: 677 }
 * ```
 *
 * @category Ben Tre 2019
 */
export function seedFigures(
  dossiers: Iterable<Dossier>,
  options: { readonly from?: DateInput; readonly to?: DateInput; readonly asOf?: DateInput } = {},
): SeedFigures {
  const fromMs = toEpochMs(options.from ?? BEN_TRE_2019.period.from);
  const toDay = epochMsToDayNumber(toEpochMs(options.to ?? BEN_TRE_2019.period.to));
  const asOfMs = toEpochMs(options.asOf ?? BEN_TRE_2019.asOf);
  const received = { total: 0, direct: 0, postal: 0, online: 0 };
  let resolved = 0;
  let inProgress = 0;
  let postalReturns = 0;
  for (const d of dossiers) {
    if (d.receivedAt === undefined) continue;
    const ms = toEpochMs(d.receivedAt);
    if (ms < fromMs || epochMsToDayNumber(ms) > toDay) continue;
    received.total++;
    received[d.channel]++;
    const ended = d.endedAt !== undefined && toEpochMs(d.endedAt) <= asOfMs;
    if (ended) {
      resolved++;
      if (d.returnMethod === "post") postalReturns++;
    } else inProgress++;
  }
  return Object.freeze({ received: Object.freeze(received), resolved, inProgress, postalReturns });
}

/**
 * What {@link seedFigures} returns.
 *
 * @example
 * ```ts
 * import type { SeedFigures } from "@hcc/examples";
 * const figures: SeedFigures = { received: { total: 2, direct: 1, postal: 0, online: 1 }, resolved: 1, inProgress: 1, postalReturns: 0 };
 * ```
 *
 * @category Ben Tre 2019
 */
export interface SeedFigures {
  /** Dossiers received in the period, by channel. */
  readonly received: { readonly total: number; readonly direct: number; readonly postal: number; readonly online: number };
  /** Received in the period and ended by the as-of instant. */
  readonly resolved: number;
  /** Received in the period and not ended by the as-of instant. */
  readonly inProgress: number;
  /** Resolved dossiers whose result was returned by post. */
  readonly postalReturns: number;
}
