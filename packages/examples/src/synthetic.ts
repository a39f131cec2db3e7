import { HccError, MS_PER_DAY, VIETNAM_UTC_OFFSET_MS, dayNumberToLocalDate, epochMsToDayNumber, localDateToDayNumber, toEpochMs, type DateInput, type LocalDate } from "@hcc/core";
import { vietnamCalendar, type WorkingCalendar } from "@hcc/calendar";
import { benTreCatalogue } from "./catalogue.js";
import { benTreDepartments } from "./departments.js";
import { apportion, createRng, cumulative, pickWeighted } from "./_internal/prng.js";

/**
 * Options of {@link syntheticDossiers}, {@link syntheticCsv} and {@link syntheticNdjson}.
 *
 * @example
 * ```ts
 * import type { SyntheticOptions } from "@hcc/examples";
 * const options: SyntheticOptions = { count: 1_000_000, seed: 1, from: "2024-01-01", to: "2024-12-31" };
 * ```
 *
 * @category Synthetic data
 */
export interface SyntheticOptions {
  /** Number of rows (dossiers), a non-negative integer. */
  readonly count: number;
  /** Seed of the pseudo-random generator. @defaultValue `1` */
  readonly seed?: number;
  /** First receipt date `YYYY-MM-DD` (inclusive). @defaultValue `"2024-01-01"` */
  readonly from?: string;
  /** Last receipt date `YYYY-MM-DD` (inclusive). @defaultValue `"2024-12-31"` */
  readonly to?: string;
  /** Dossiers not ended by this instant are in progress (no `endedAt`). @defaultValue the end of `to` */
  readonly asOf?: DateInput;
  /** Receiving agency codes, drawn uniformly. @defaultValue the 16 participating Bến Tre departments (illustrative codes) */
  readonly agencyCodes?: readonly string[];
  /** Working-day calendar for receipt days and due dates. @defaultValue `vietnamCalendar()` */
  readonly calendar?: WorkingCalendar;
}

/**
 * One synthetic dossier in the `@hcc/stats` column contract (English column names; instants in
 * canonical Vietnam time `YYYY-MM-DDTHH:mm:ss+07:00`; `endedAt` empty while in progress).
 *
 * @example
 * ```ts
 * import type { SyntheticRow } from "@hcc/examples";
 * const row: SyntheticRow = {
 *   code: "000.00.02.H07-240102-0001", procedureCode: "2.000488", agencyCode: "000.00.02.H07", channel: "direct",
 *   receivedAt: "2024-01-02T07:31:00+07:00", dueAt: "2024-01-16T17:00:00+07:00", endedAt: "2024-01-12T09:10:00+07:00", status: "returned",
 * };
 * ```
 *
 * @category Synthetic data
 */
export interface SyntheticRow {
  /** Dossier code `{agency}-{yyMMdd}-{sequence}`. */
  readonly code: string;
  /** National procedure code (from the sample catalogue). */
  readonly procedureCode: string;
  /** Receiving agency code. */
  readonly agencyCode: string;
  /** `direct`, `online` or `postal`. */
  readonly channel: "direct" | "online" | "postal";
  /** Receipt instant. */
  readonly receivedAt: string;
  /** Due instant, from the procedure's processing time. */
  readonly dueAt: string;
  /** End of processing, or `""` when still in progress at `asOf`. */
  readonly endedAt: string;
  /** `returned`, `withdrawn`, `stopped` or (in progress) `processing`. */
  readonly status: "returned" | "withdrawn" | "stopped" | "processing";
}

/** The CSV header of {@link syntheticCsv} (the `@hcc/stats` column contract). */
const COLUMNS = ["code", "procedureCode", "agencyCode", "channel", "receivedAt", "dueAt", "endedAt", "status"] as const;

const DOW_WEIGHT = [0.2, 1.15, 1.05, 1, 0.95, 0.9, 0.3];
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function checkOptions(options: SyntheticOptions): Required<Omit<SyntheticOptions, "asOf">> & { asOfMs: number } {
  if (typeof options !== "object" || options === null) {
    throw new HccError("invalid_input", `synthetic dataset: options must be an object, got ${String(options)}`, { value: options });
  }
  const { count } = options;
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
    throw new HccError("invalid_input", `synthetic dataset: count must be a non-negative integer, got ${String(count)}`, { value: count });
  }
  const seed = options.seed ?? 1;
  if (typeof seed !== "number" || !Number.isFinite(seed)) {
    throw new HccError("invalid_input", `synthetic dataset: seed must be a finite number, got ${String(seed)}`, { value: seed });
  }
  const from = options.from ?? "2024-01-01";
  const to = options.to ?? "2024-12-31";
  const fromDay = localDateToDayNumber(from);
  const toDay = localDateToDayNumber(to);
  if (toDay < fromDay) throw new HccError("invalid_input", `synthetic dataset: to ${to} is before from ${from}`, { value: to });
  const agencyCodes = options.agencyCodes ?? benTreDepartments.filter((d) => d.participates).map((d) => d.code);
  if (!Array.isArray(agencyCodes) || agencyCodes.length === 0 || agencyCodes.some((c) => typeof c !== "string" || c === "")) {
    throw new HccError("invalid_input", "synthetic dataset: agencyCodes must be a non-empty list of codes", { value: agencyCodes });
  }
  const asOfMs = options.asOf === undefined ? toEpochMs(to) + MS_PER_DAY - 1000 : toEpochMs(options.asOf);
  return { count, seed, from, to, agencyCodes, calendar: options.calendar ?? vietnamCalendar(), asOfMs };
}

/**
 * Generates any number of synthetic dossiers — seeded and deterministic — for benchmarks and
 * demos, lazily (constant memory: a 5,000,000-row file streams through it). Rows come in receipt
 * order, on the working days of the calendar between `from` and `to`, during working sessions;
 * procedures (with their real processing times) are drawn from the sample catalogue by popularity,
 * channels 60% direct / 30% online / 10% postal; about 55% end early, 40% on time, 4% late and 1%
 * are withdrawn or stopped; a dossier whose end falls after `asOf` is in progress.
 *
 * The data is synthetic: no figure in it is a fact.
 *
 * @param options - size, seed, period, agencies, calendar
 * @returns an iterable of {@link SyntheticRow}
 * @throws {HccError} `invalid_input` for a bad count, seed, period or agency list;
 *   `invalid_date` for a bad date
 * @example
 * ```ts
 * import { syntheticDossiers } from "@hcc/examples";
 * const rows = [...syntheticDossiers({ count: 3, seed: 7 })];
 * rows.length; //=> 3
 * rows[0]?.receivedAt.endsWith("+07:00"); //=> true
 * ```
 *
 * @category Synthetic data
 */
export function syntheticDossiers(options: SyntheticOptions): Iterable<SyntheticRow> {
  const opts = checkOptions(options);
  return {
    [Symbol.iterator]: () => generate(opts),
  };
}

function* generate(opts: ReturnType<typeof checkOptions>): Generator<SyntheticRow> {
  const { count, seed, calendar, agencyCodes, asOfMs } = opts;
  const rng = createRng(seed);
  const fromDay = localDateToDayNumber(opts.from);
  const toDay = localDateToDayNumber(opts.to);
  const days: number[] = [];
  for (let d = fromDay; d <= toDay; d++) if (calendar.isWorkingDayNumber(d)) days.push(d);
  if (days.length === 0 && count > 0) {
    throw new HccError("invalid_input", `synthetic dataset: no working day between ${opts.from} and ${opts.to}`, { value: opts.from });
  }
  const perDay = apportion(count, days.map((d) => DOW_WEIGHT[(d + 4) % 7] ?? 1));
  const procedures = benTreCatalogue.map((p) => ({
    code: p.code,
    time: p.cases[0]?.channels[0]?.processingTime ?? { value: 0, unit: "working_days" as const },
  }));
  const procCum = cumulative(benTreCatalogue.map((p) => p.weight));
  const sessions = calendar.sessions;
  const sessionTotal = sessions.reduce((s, x) => s + (x.end - x.start), 0);
  const close = sessions[sessions.length - 1]?.end ?? 1020;
  const seq = new Int32Array(agencyCodes.length);
  const dateCache = new Map<number, string>();
  const dateOf = (day: number): string => {
    let s = dateCache.get(day);
    if (s === undefined) {
      s = dayNumberToLocalDate(day);
      dateCache.set(day, s);
    }
    return s;
  };
  const stamp = (day: number, minute: number): string => `${dateOf(day)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:00+07:00`;
  const stampMs = (ms: number): string => {
    const day = epochMsToDayNumber(ms);
    return stamp(day, Math.floor((ms + VIETNAM_UTC_OFFSET_MS - day * MS_PER_DAY) / 60_000));
  };
  const sessionMinute = (from: number): number => {
    // A random whole minute of session time at or after `from`.
    let x = Math.floor(rng.next() * sessionTotal);
    for (const s of sessions) {
      const len = s.end - s.start;
      if (x < len) return Math.max(from, s.start + x);
      x -= len;
    }
    return Math.max(from, close - 1);
  };
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    const n = perDay[i] ?? 0;
    seq.fill(0);
    const ymd = dateOf(day).slice(2).replaceAll("-", "");
    const minutes = new Int32Array(n);
    for (let j = 0; j < n; j++) minutes[j] = sessionMinute(0);
    minutes.sort();
    for (let j = 0; j < n; j++) {
      const minute = minutes[j] as number;
      const a = Math.floor(rng.next() * agencyCodes.length);
      const agencyCode = agencyCodes[a] as string;
      seq[a] = (seq[a] ?? 0) + 1;
      const proc = procedures[pickWeighted(procCum, rng)] as (typeof procedures)[number];
      const c = rng.next();
      const channel = c < 0.6 ? "direct" : c < 0.9 ? "online" : "postal";
      const receivedMs = (day * 1440 + minute) * 60_000 - VIETNAM_UTC_OFFSET_MS;
      let dueDay: number;
      let dueMs: number;
      const t = proc.time;
      if (t.unit === "working_hours") {
        dueMs = calendar.addWorkingMinutesMs(receivedMs, Math.round(t.value * 60));
        dueDay = epochMsToDayNumber(dueMs);
      } else {
        if (t.unit === "working_days") dueDay = t.value === 0 ? day : calendar.addWorkingDayNumbers(day, Math.ceil(t.value));
        else {
          dueDay = day + (t.unit === "months" ? Math.round(t.value * 30) : Math.ceil(t.value));
          while (!calendar.isWorkingDayNumber(dueDay)) dueDay++;
        }
        dueMs = (dueDay * 1440 + close) * 60_000 - VIETNAM_UTC_OFFSET_MS;
      }
      const r = rng.next();
      let endDay: number;
      let status: SyntheticRow["status"] = "returned";
      if (r < 0.01) {
        status = r < 0.005 ? "withdrawn" : "stopped";
        endDay = calendar.addWorkingDayNumbers(day, 1 + Math.floor(rng.next() * 3));
      } else if (r < 0.56 && dueDay > day) {
        const span = calendar.workingDaysBetweenDayNumbers(day, dueDay);
        endDay = span <= 1 ? day : calendar.addWorkingDayNumbers(day, Math.floor(rng.next() * span));
      } else if (r < 0.96) {
        endDay = dueDay;
      } else {
        endDay = calendar.addWorkingDayNumbers(dueDay, 1 + Math.floor(rng.next() * 5));
      }
      let endMinute = sessionMinute(endDay === day ? minute : 0);
      if (endDay === dueDay && status === "returned") {
        const dueMinute = Math.floor((dueMs + VIETNAM_UTC_OFFSET_MS - dueDay * MS_PER_DAY) / 60_000);
        if (endMinute > dueMinute) endMinute = Math.max(endDay === day ? minute : 0, dueMinute);
      }
      const endMs = (endDay * 1440 + endMinute) * 60_000 - VIETNAM_UTC_OFFSET_MS;
      const open = endMs > asOfMs;
      yield {
        code: `${agencyCode}-${ymd}-${String(seq[a]).padStart(4, "0")}`,
        procedureCode: proc.code,
        agencyCode,
        channel,
        receivedAt: stamp(day, minute),
        dueAt: stampMs(dueMs),
        endedAt: open ? "" : stamp(endDay, endMinute),
        status: open ? "processing" : status,
      };
    }
  }
}

/**
 * {@link syntheticDossiers} as CSV text: a header line (`code,procedureCode,agencyCode,channel,
 * receivedAt,dueAt,endedAt,status`) then one line per dossier, each string ending with `\n`.
 * Write the chunks to a file or a stream.
 *
 * @param options - as for {@link syntheticDossiers}
 * @returns an iterable of lines
 * @throws {HccError} as {@link syntheticDossiers}
 * @example
 * ```ts
 * import { syntheticCsv } from "@hcc/examples";
 * const [header] = syntheticCsv({ count: 10 });
 * header; //=> "code,procedureCode,agencyCode,channel,receivedAt,dueAt,endedAt,status\n"
 * ```
 *
 * @category Synthetic data
 */
export function syntheticCsv(options: SyntheticOptions): Iterable<string> {
  const rows = syntheticDossiers(options);
  return {
    *[Symbol.iterator]() {
      yield `${COLUMNS.join(",")}\n`;
      for (const r of rows) {
        yield `${r.code},${r.procedureCode},${r.agencyCode},${r.channel},${r.receivedAt},${r.dueAt},${r.endedAt},${r.status}\n`;
      }
    },
  };
}

/**
 * {@link syntheticDossiers} as NDJSON: one JSON object per line (each string ends with `\n`);
 * `endedAt` is omitted while in progress.
 *
 * @param options - as for {@link syntheticDossiers}
 * @returns an iterable of lines
 * @throws {HccError} as {@link syntheticDossiers}
 * @example
 * ```ts
 * import { syntheticNdjson } from "@hcc/examples";
 * const [line] = syntheticNdjson({ count: 1, seed: 3 });
 * JSON.parse(line ?? "{}").channel !== undefined; //=> true
 * ```
 *
 * @category Synthetic data
 */
export function syntheticNdjson(options: SyntheticOptions): Iterable<string> {
  const rows = syntheticDossiers(options);
  return {
    *[Symbol.iterator]() {
      for (const r of rows) {
        const { endedAt, ...rest } = r;
        yield `${JSON.stringify(endedAt === "" ? rest : r)}\n`;
      }
    },
  };
}
