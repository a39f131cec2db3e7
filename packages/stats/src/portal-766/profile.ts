// The `portal-766` profile: the national portal's own Decision 766 formulas (rules-2025.md §B),
// computed from portal dossiers and a procedure catalogue in one pass.
import { vietnamCalendar, type WorkingCalendar } from "@hcc/calendar";
import { HccError, dayNumberToEpochMs, epochMsToDayNumber, isReceivedStatus, localDateSchema, localDateToDayNumber, toEpochMs, type LocalDate, type TimeUnit } from "@hcc/core";
import * as z from "zod";
import { thresholdPoints } from "../indicators.js";
import { portalCatalogue, type PortalCatalogue, type PortalProcedure } from "./catalogue.js";
import { paidOnline, type PortalDossier } from "./dossier.js";
import { PORTAL_INDICATORS, type PortalIndicator, type PortalIndicatorId } from "./indicator.js";
import { durationIn, standing, supplementMs, terminalEndMs } from "./_internal/timing.js";

/**
 * Options of {@link portal766}.
 *
 * @example
 * ```ts
 * import type { Portal766Options } from "@hcc/stats";
 * const options: Portal766Options = {
 *   from: "2025-08-01", to: "2025-08-31", catalogue: [], syncRatio: 0.97,
 *   receivedCounts: { reporting: 120, portal: 118 }, complaintRate: 0.01,
 * };
 * ```
 *
 * @category Portal 766
 */
export interface Portal766Options {
  /** First day of the period (Vietnam date, included). */
  readonly from: string;
  /** Last day of the period (included); its last instant is the "end of the period" of 2.1. */
  readonly to: string;
  /** The procedure catalogue (`@hcc/core` procedures, or one indexed by {@link portalCatalogue}). */
  readonly catalogue: readonly unknown[] | PortalCatalogue;
  /**
   * Sync ratio (indicator 1.4) that 3.3 is multiplied by, in [0, 1]. Default: 1.4's value when
   * `receivedCounts` is given, else 1.
   */
  readonly syncRatio?: number;
  /**
   * For 1.4: dossiers received in the period according to the national reporting system and to
   * the portal; 1.4 = dossiers synced with a receipt date in the period / the larger. Without it
   * 1.4 is not applicable.
   */
  readonly receivedCounts?: { readonly reporting: number; readonly portal: number };
  /** For 5.4: the rate of dossiers with complaints or dislikes, in [0, 1]. Without it 5.4 is not applicable. */
  readonly complaintRate?: number;
  /** The working calendar for procedures timed in working hours or days. @defaultValue `vietnamCalendar()` */
  readonly calendar?: WorkingCalendar;
  /**
   * Codes of the population database in `DSKetNoiCSDL[].MaCSDL` (4.5b). [unconfirmed default]
   * @defaultValue `["CSDLQGVDC"]`
   */
  readonly populationDatabaseCodes?: readonly string[];
  /**
   * Maximum points per indicator. Defaults: 2.1 20, 3.3 6, 3.6 6, 4.1 6, 4.2 4 ([Decision 766 indicators](../../../../docs/domain.md#decision-766-indicators-portal));
   * 1.4 2, 4.3 4, 4.4 4, 4.5b 4, 5.4 4 [unconfirmed: no published maxima for these].
   */
  readonly maxPoints?: Partial<Record<PortalIndicatorId, number>>;
}

/**
 * A dossier the profile could not judge for one indicator, with the reason — reported, never
 * silently dropped.
 *
 * @example
 * ```ts
 * import type { PortalSkip } from "@hcc/stats";
 * const line = (s: PortalSkip): string => `${s.code ?? "?"} (${s.indicator}): ${s.reason}`;
 * ```
 *
 * @category Portal 766
 */
export interface PortalSkip {
  /** Dossier code, when known. */
  readonly code?: string;
  /** Procedure code. */
  readonly procedureCode: string;
  /** The indicator it is left out of. */
  readonly indicator: "2.1" | "2.2";
  /** Why. */
  readonly reason: string;
}

/**
 * The result of the `portal-766` profile.
 *
 * @example
 * ```ts
 * import type { Portal766Report } from "@hcc/stats";
 * const score = (r: Portal766Report): number => r.indicators.reduce((sum, i) => sum + (i.points ?? 0), 0);
 * ```
 *
 * @category Portal 766
 */
export interface Portal766Report {
  /** Always `"portal-766"`. */
  readonly authority: "portal-766";
  /** The period. */
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  /** The sync ratio 3.3 was multiplied by. */
  readonly syncRatio: number;
  /** 1.4, 2.1, 2.2 (one per procedure with completed dossiers, by code), 3.3, 3.6, 4.1, 4.2, 4.3, 4.4, 4.5b, 5.4. */
  readonly indicators: readonly PortalIndicator[];
  /** Dossiers read. */
  readonly dossiers: number;
  /** Dossiers counted nowhere: never received (status 1 or 3), or without a receipt date. */
  readonly excluded: { readonly notReceived: number; readonly noReceiptDate: number };
  /** Dossiers left out of 2.1 or 2.2, with the reason. */
  readonly skipped: readonly PortalSkip[];
  /** Procedure codes of the dossiers that are not in the catalogue (treated as: paper result, no fee, no time). */
  readonly unknownProcedures: readonly string[];
}

const optionsSchema = z.object({
  from: localDateSchema,
  to: localDateSchema,
  syncRatio: z.number().min(0).max(1).optional(),
  receivedCounts: z.object({ reporting: z.number().int().nonnegative(), portal: z.number().int().nonnegative() }).optional(),
  complaintRate: z.number().min(0).max(1).optional(),
  populationDatabaseCodes: z.array(z.string().min(1)).optional(),
  maxPoints: z.record(z.enum(Object.keys(PORTAL_INDICATORS) as [PortalIndicatorId, ...PortalIndicatorId[]]), z.number().nonnegative()).optional(),
});

const UNKNOWN: PortalProcedure = Object.freeze({ code: "", resultOnPaper: true, hasFee: false, maxTime: () => undefined });

const present = (s: string | undefined): boolean => s !== undefined && s.trim() !== "";

/**
 * Computes the national portal's Decision 766 indicators exactly as [the law vs the portal](../../../../docs/stats.md#the-law-vs-the-portal) states
 * them, from dossiers read by {@link parsePortalDossier} or {@link portalDossierFromLegacy} and a
 * procedure catalogue. "In the period" means the receipt date (`NgayTiepNhan`, the start of
 * processing) is a Vietnam date within `[from, to]`; dossiers never received (status 1, 3) or
 * without a receipt date are counted nowhere.
 *
 * - **2.1** = on time / dossiers handled in the period (received by the period end and not
 *   finished before it: a waiting dossier is finished at its request). End of processing:
 *   processed (`NgayKetThucXuLy`) wins over returned (`NgayTra`), which wins over refused or
 *   stopped (`NgayTuChoi`); a finished dossier's end is that time − its supplement time
 *   (Σ completed − requested); a dossier **waiting** for a supplement at the period end ends at the
 *   request — **late if more than one was requested**; a dossier still open ends at the period end
 *   (− completed supplement time). On time ⇔ end ≤ `NgayHenTra` (instants); no due date ⇒ end −
 *   receipt, in the procedure's unit, ≤ its maximum time.
 * - **2.2** per procedure, in its own unit: Σ (end − receipt − supplement time) / completed
 *   dossiers (status 9 or 10, received in the period; the end may be later).
 * - **3.3** = online / received in the period × sync ratio; online ⇔ channel 2 **and**, for a
 *   procedure with a paper result, an electronic result issued (a result with both a code and a
 *   file link). Full points at ≥ 50%.
 * - **3.6** = paid online (`DuocThanhToanTrucTuyen` 1 or 2) received in the period / dossiers
 *   received in the period of procedures with a fee, minus those whose synced fee list is
 *   non-empty and all 0. The numerator is not restricted to fee procedures, as stated.
 * - **4.1** = received in the period with a result file link, of paper-result procedures / received
 *   in the period of paper-result procedures.
 * - **4.2** = received in the period with a submitted file attached to a component (a component
 *   code and a file link) **and** a result file / the denominator of 4.1. Full at ≥ 80%.
 * - **4.3** = received with a reused component (`HoSoCoThanhPhanSoHoa` or a `TaiLieuNop[].DuocSoHoa`)
 *   / received. Full at ≥ 80%.
 * - **4.4** = received with a file from the national personal store (`DuocLayTuKhoDMQG`) / received.
 * - **4.5b** = received with a VNeID-verified account, a file from the national store or a
 *   population-database connection / received.
 * - **1.4** = received in the period / max(reporting, portal) of `receivedCounts`.
 * - **5.4** = 1 − (late rate of 2.1 + `complaintRate`); full at ≥ 90%.
 *
 * Points: "≥ threshold → full, else ratio × max / threshold" ({@link thresholdPoints}); a zero
 * denominator (or a missing input) makes an indicator not applicable.
 *
 * @param dossiers - portal dossiers (any iterable: the list is read once)
 * @param options - period, catalogue, caller-supplied inputs
 * @returns the frozen report
 * @throws {HccError} `invalid_input` for bad options or a bad catalogue (before any dossier is read)
 * @example
 * ```ts
 * import { parsePortalDossier, portal766 } from "@hcc/stats";
 * const report = portal766(
 *   [
 *     parsePortalDossier({ procedureCode: "1.001612", status: 10, receivedAt: "2025-08-04 08:00", dueAt: "2025-08-07 17:00", processedAt: "2025-08-06 10:00" }),
 *     parsePortalDossier({ procedureCode: "1.001612", status: 5, receivedAt: "2025-08-04 09:00", dueAt: "2025-08-07 17:00",
 *       supplements: [{ requestedAt: "2025-08-05 09:00" }, { requestedAt: "2025-08-06 09:00" }] }),
 *   ],
 *   { from: "2025-08-01", to: "2025-08-31", catalogue: [{ code: "1.001612", name: "Cấp bản sao trích lục hộ tịch" }] },
 * );
 * const i21 = report.indicators.find((i) => i.id === "2.1");
 * [i21?.numerator, i21?.denominator, i21?.points, i21?.authority]; //=> [1, 2, 10, "portal-766"]
 * ```
 *
 * @category Portal 766
 */
export function portal766(dossiers: Iterable<PortalDossier>, options: Portal766Options): Portal766Report {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new HccError("invalid_input", `Invalid portal-766 options${first === undefined ? "" : ` at ${first.path.join(".")}: ${first.message}`}`, { value: options, cause: parsed.error });
  }
  const o = parsed.data;
  if (o.to < o.from) throw new HccError("invalid_input", `the period ends (${o.to}) before it starts (${o.from})`, { value: options });
  const catalogue: PortalCatalogue = Array.isArray(options.catalogue) ? portalCatalogue(options.catalogue) : (options.catalogue as PortalCatalogue);
  if (typeof catalogue?.get !== "function") throw new HccError("invalid_input", "catalogue must be an array of procedures", { value: options.catalogue });
  let cal: WorkingCalendar | undefined = options.calendar;
  const calendar = (): WorkingCalendar => (cal ??= vietnamCalendar());
  const population = new Set(o.populationDatabaseCodes ?? ["CSDLQGVDC"]);
  const fromDay = localDateToDayNumber(o.from);
  const toDay = localDateToDayNumber(o.to);
  const periodStartMs = dayNumberToEpochMs(fromDay);
  const periodEndMs = dayNumberToEpochMs(toDay + 1) - 1;

  const n = { read: 0, notReceived: 0, noReceipt: 0, received: 0, scope: 0, onTime: 0, online: 0 };
  const n36 = { num: 0, den: 0 };
  const n41 = { num: 0, den: 0, digitised: 0 };
  const n4 = { reused: 0, store: 0, population: 0 };
  const times = new Map<string, { unit: TimeUnit; total: number; count: number }>();
  const skipped: PortalSkip[] = [];
  const unknown = new Set<string>();
  const skip = (d: PortalDossier, indicator: PortalSkip["indicator"], reason: string): void => {
    skipped.push(Object.freeze(d.code === undefined ? { procedureCode: d.procedureCode, indicator, reason } : { code: d.code, procedureCode: d.procedureCode, indicator, reason }));
  };

  for (const d of dossiers) {
    n.read++;
    if (!isReceivedStatus(d.status)) {
      n.notReceived++;
      continue;
    }
    if (d.receivedAt === undefined) {
      n.noReceipt++;
      continue;
    }
    let p = catalogue.get(d.procedureCode);
    if (p === undefined) {
      unknown.add(d.procedureCode);
      p = UNKNOWN;
    }
    const receivedMs = toEpochMs(d.receivedAt);
    const receivedDay = epochMsToDayNumber(receivedMs);
    const inPeriod = receivedDay >= fromDay && receivedDay <= toDay;

    // 2.1
    if (receivedMs <= periodEndMs) {
      const s = standing(d, periodEndMs);
      if (s === undefined) skip(d, "2.1", `status ${d.status} without NgayKetThucXuLy, NgayTra or NgayTuChoi`);
      else {
        const scopeEnd = s.kind === "finished" ? s.rawEndMs : s.kind === "waiting" ? s.endMs : Number.POSITIVE_INFINITY;
        if (scopeEnd >= periodStartMs) {
          let onTime: boolean | undefined;
          if (s.kind === "waiting" && s.requests > 1) onTime = false;
          else if (d.dueAt !== undefined) onTime = s.endMs <= toEpochMs(d.dueAt);
          else {
            const max = p.maxTime(d.channel);
            if (max === undefined) skip(d, "2.1", "no due date, and the catalogue gives the procedure no processing time");
            else onTime = durationIn(max.unit, receivedMs, s.endMs, calendar) <= max.value;
          }
          if (onTime !== undefined) {
            n.scope++;
            if (onTime) n.onTime++;
          }
        }
      }
    }

    if (!inPeriod) continue;
    n.received++;

    // 2.2
    if (d.status === "done" || d.status === "returned") {
      const raw = terminalEndMs(d);
      const max = p.maxTime(d.channel);
      if (raw === undefined) skip(d, "2.2", `status ${d.status} without NgayKetThucXuLy or NgayTra`);
      else if (max === undefined) skip(d, "2.2", "the catalogue gives the procedure no processing time (its unit)");
      else {
        const t = times.get(d.procedureCode) ?? { unit: max.unit, total: 0, count: 0 };
        t.total += durationIn(t.unit, receivedMs, raw - supplementMs(d, raw), calendar);
        t.count++;
        times.set(d.procedureCode, t);
      }
    }

    // 3.3
    const eResultIssued = d.results.some((r) => present(r.code) && present(r.fileUrl));
    if (d.channel === "online" && (!p.resultOnPaper || eResultIssued)) n.online++;

    // 3.6
    if (paidOnline(d)) n36.num++;
    if (p.hasFee && !(d.fees.length > 0 && d.fees.every((a) => a === 0))) n36.den++;

    // 4.1, 4.2
    const resultFile = d.results.some((r) => present(r.fileUrl));
    const attached = d.documents.some((doc) => present(doc.componentCode) && present(doc.fileUrl));
    if (p.resultOnPaper) {
      n41.den++;
      if (resultFile) n41.num++;
    }
    if (attached && resultFile) n41.digitised++;

    // 4.3, 4.4, 4.5b
    const fromStore = d.documents.some((doc) => doc.fromNationalStore === true);
    if (d.digitisedComponents === true || d.documents.some((doc) => doc.digitised === true)) n4.reused++;
    if (fromStore) n4.store++;
    if (d.vneidVerified === true || fromStore || d.databaseCodes.some((c) => population.has(c))) n4.population++;
  }

  const max = (id: PortalIndicatorId): number => o.maxPoints?.[id] ?? PORTAL_INDICATORS[id].maxPoints;
  const ratio = (id: PortalIndicatorId, numerator: number, denominator: number, factor = 1): PortalIndicator => {
    const applicable = denominator > 0;
    const value = applicable ? (numerator / denominator) * factor : null;
    return indicator(id, numerator, denominator, value, value === null ? null : thresholdPoints(value, max(id), PORTAL_INDICATORS[id].fullAt), max(id));
  };

  const counts = o.receivedCounts;
  const i14 = counts === undefined ? indicator("1.4", n.received, 0, null, null, max("1.4")) : ratio("1.4", n.received, Math.max(counts.reporting, counts.portal));
  const syncRatio = o.syncRatio ?? (i14.value === null ? 1 : Math.min(1, i14.value));
  const late = n.scope - n.onTime;
  let i54: PortalIndicator;
  if (o.complaintRate === undefined || n.scope === 0) i54 = indicator("5.4", late, n.scope, null, null, max("5.4"));
  else {
    const value = Math.max(0, 1 - (late / n.scope + o.complaintRate));
    i54 = indicator("5.4", late, n.scope, value, thresholdPoints(value, max("5.4"), PORTAL_INDICATORS["5.4"].fullAt), max("5.4"));
  }
  const i22 = [...times.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, t]) => Object.freeze({ ...indicator("2.2", t.total, t.count, Math.round((t.total / t.count) * 100) / 100, null, 0), procedureCode: code, unit: t.unit }));

  return Object.freeze({
    authority: "portal-766" as const,
    period: Object.freeze({ from: o.from, to: o.to }),
    syncRatio,
    indicators: Object.freeze([
      i14,
      ratio("2.1", n.onTime, n.scope),
      ...i22,
      ratio("3.3", n.online, n.received, syncRatio),
      ratio("3.6", n36.num, n36.den),
      ratio("4.1", n41.num, n41.den),
      ratio("4.2", n41.digitised, n41.den),
      ratio("4.3", n4.reused, n.received),
      ratio("4.4", n4.store, n.received),
      ratio("4.5b", n4.population, n.received),
      i54,
    ]),
    dossiers: n.read,
    excluded: Object.freeze({ notReceived: n.notReceived, noReceiptDate: n.noReceipt }),
    skipped: Object.freeze(skipped),
    unknownProcedures: Object.freeze([...unknown].sort()),
  });
}

function indicator(id: PortalIndicatorId, numerator: number, denominator: number, value: number | null, points: number | null, maxPoints: number): PortalIndicator {
  const meta = PORTAL_INDICATORS[id];
  return Object.freeze({
    authority: "portal-766" as const,
    id,
    name: meta.name,
    nameEn: meta.nameEn,
    numerator,
    denominator,
    value,
    points,
    maxPoints,
    applicable: value !== null,
  });
}
