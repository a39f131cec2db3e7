import {
  dossierSchema,
  places,
  safely,
  stepKinds,
  type Dossier,
  type DossierInput,
  type DossierStatus,
  type Instant,
  type Place,
  type ProcessingEvent,
  type SafeParseResult,
  type StepKind,
} from "@hcc/core";
import { DEFAULT_MAPPINGS, type DvcqgMappings } from "./mappings.js";
import { defined, text } from "./_internal/parts.js";
import { compact, deepFreeze, issue, readInstant, readList, readMapped, readObject, readText, throwIfIssues, type Issues } from "./_internal/read.js";
import { translateIssues } from "./_internal/paths.js";

/**
 * One processing-history item of the legacy sync (`service: "CapNhatTienDoHoSoMC"`): who did
 * what, when, in which unit, and the dossier status after it. Dates `yyyyMMddHHmmss`.
 *
 * @example
 * ```ts
 * import { type LegacyProgressItem } from "@hcc/dvcqg";
 * const item: LegacyProgressItem = {
 *   MaHoSo: "X-190506-0001", NguoiXuLy: "Nguyễn Văn A", ChucDanh: "", ThoiDiemXuLy: "20190506080000",
 *   PhongBanXuLy: "000.00.53.H07", NoiDungXuLy: "Tiếp nhận", TrangThai: "2", NgayBatDau: "20190506080000",
 *   NgayKetThucTheoQuyDinh: "20190509170000",
 * };
 * ```
 *
 * @category Legacy records
 */
export interface LegacyProgressItem {
  /** Dossier code. */
  MaHoSo: string;
  /** Official who acted. */
  NguoiXuLy: string;
  /** The official's title. */
  ChucDanh: string;
  /** When. */
  ThoiDiemXuLy: string;
  /** Unit (agency code) that acted. */
  PhongBanXuLy: string;
  /** What was done. */
  NoiDungXuLy: string;
  /** National dossier status after the step, 1–10. */
  TrangThai: string;
  /** Start of the step. */
  NgayBatDau: string;
  /** Due date that applies to the step. */
  NgayKetThucTheoQuyDinh: string;
}

/**
 * Options of {@link toProgressItems}.
 *
 * @example
 * ```ts
 * import { type ProgressOptions } from "@hcc/dvcqg";
 * const options: ProgressOptions = { since: 2, titles: { "Nguyễn Văn A": "Chuyên viên" } };
 * ```
 *
 * @category Legacy records
 */
export interface ProgressOptions {
  /** Skip the first `since` events (in time order): those already pushed. Default 0. */
  readonly since?: number;
  /** Title (`ChucDanh`) per actor name. */
  readonly titles?: Readonly<Record<string, string>>;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

/**
 * The dossier status an event implies when it does not carry one: receive → received,
 * supplement → supplement requested, payment → financial obligation requested, return →
 * returned, anything else → processing.
 *
 * @example
 * ```ts
 * import { STEP_STATUS } from "@hcc/dvcqg";
 * STEP_STATUS.payment; //=> "financial_obligation_requested"
 * ```
 *
 * @category Legacy records
 */
export const STEP_STATUS: Readonly<Record<StepKind, DossierStatus>> = /* @__PURE__ */ Object.freeze({
  receive: "received",
  appraise: "processing",
  approve: "processing",
  return: "returned",
  transfer: "processing",
  supplement: "supplement_requested",
  payment: "financial_obligation_requested",
  consult: "processing",
  other: "processing",
});

/**
 * The step read back from a national status (the wire has no step): received → receive,
 * supplement requested → supplement, financial obligation → payment, done → approve, returned →
 * return, anything else → other.
 *
 * @example
 * ```ts
 * import { STATUS_STEP } from "@hcc/dvcqg";
 * STATUS_STEP.returned; //=> "return"
 * ```
 *
 * @category Legacy records
 */
export const STATUS_STEP: Readonly<Record<DossierStatus, StepKind>> = /* @__PURE__ */ Object.freeze({
  registered: "other",
  received: "receive",
  not_received: "other",
  processing: "other",
  supplement_requested: "supplement",
  financial_obligation_requested: "payment",
  withdrawn: "other",
  stopped: "other",
  done: "approve",
  returned: "return",
});

/** @internal One history row before it is written in a wire format. */
export interface ProgressRow {
  readonly event: ProcessingEvent;
  readonly status: DossierStatus;
  readonly what: string;
  readonly title: string;
  readonly dueAt: Instant | undefined;
}

/** @internal Validates the dossier and derives the rows of its history (time order, from `since`). */
export function progressRows(dossier: unknown, options: ProgressOptions, what: string): { dossier: Dossier; rows: ProgressRow[] } {
  const issues: Issues = [];
  const parsed = dossierSchema.safeParse(dossier);
  if (!parsed.success) issues.push(...translateIssues(parsed.error, { code: "MaHoSo", events: ["events", { at: "ThoiDiemXuLy", actor: "NguoiXuLy", agencyCode: "PhongBanXuLy", status: "TrangThai", note: "NoiDungXuLy" }] }));
  const since = options.since ?? 0;
  if (!Number.isSafeInteger(since) || since < 0) issue(issues, ["since"], `since must be a non-negative integer, got ${String(since)}`, since);
  throwIfIssues(issues, what, dossier);
  const d = (parsed as { data: Dossier }).data;
  const events = d.events.map((event, i) => ({ event, i })).sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.i - b.i));
  const rows = events.slice(since).map(({ event }) => ({
    event,
    status: event.status ?? STEP_STATUS[event.step],
    what: event.note ?? stepKinds.label(event.step),
    title: event.actor === undefined ? "" : (options.titles?.[event.actor] ?? ""),
    dueAt: d.legs.find((leg) => leg.agencyCode === event.agencyCode)?.dueAt ?? d.dueAt,
  }));
  return { dossier: d, rows };
}

/**
 * The processing-history items (`CapNhatTienDoHoSoMC`) of a dossier: one per event, in time
 * order, with the status the event carries (else {@link STEP_STATUS}), its note (else the step's
 * Vietnamese label) and the due date of the acting agency's leg (else the dossier's).
 *
 * @param dossier - a core dossier
 * @param options - `since` for incremental pushes, titles, mappings
 * @returns the items, frozen
 * @throws {HccError} `invalid_record` when the dossier is invalid
 * @example
 * ```ts
 * import { toProgressItems } from "@hcc/dvcqg";
 * const items = toProgressItems({
 *   code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing",
 *   events: [{ step: "receive", at: "2019-05-06T08:00", place: "center", actor: "Nguyễn Văn A" }],
 * });
 * items[0]?.TrangThai; //=> "2"
 * items[0]?.NoiDungXuLy; //=> "Tiếp nhận"
 * ```
 *
 * @category Legacy records
 */
export function toProgressItems(dossier: DossierInput | Dossier, options: ProgressOptions = {}): readonly LegacyProgressItem[] {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const { dossier: d, rows } = progressRows(dossier, options, "dossier for CapNhatTienDoHoSoMC");
  return deepFreeze(
    rows.map((row) => ({
      MaHoSo: d.code,
      NguoiXuLy: text(row.event.actor),
      ChucDanh: row.title,
      ThoiDiemXuLy: compact(row.event.at),
      PhongBanXuLy: text(row.event.agencyCode),
      NoiDungXuLy: row.what,
      TrangThai: mappings.statusCodes[row.status],
      NgayBatDau: compact(row.event.at),
      NgayKetThucTheoQuyDinh: compact(row.dueAt),
    })),
  );
}

/**
 * Options of {@link fromProgressItems}.
 *
 * @example
 * ```ts
 * import { type FromProgressOptions } from "@hcc/dvcqg";
 * const options: FromProgressOptions = { place: "center" };
 * ```
 *
 * @category Legacy records
 */
export interface FromProgressOptions {
  /** Where the steps happened: the wire does not say. Default `"other"`. */
  readonly place?: Place;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

/**
 * Reads processing-history items (legacy `CapNhatTienDoHoSoMC` or the ministry portal's
 * progress items) back into core processing events: time, actor, unit, status and note are kept;
 * the step is inferred from the status ({@link STATUS_STEP}) and the place is the option's.
 *
 * @param input - a list of items (or one item)
 * @param options - place and mappings
 * @returns the events in the order given, frozen
 * @throws {HccError} `invalid_record`, issues named `[index, field]`
 * @example
 * ```ts
 * import { fromProgressItems } from "@hcc/dvcqg";
 * const [event] = fromProgressItems([{ MaHoSo: "X", ThoiDiemXuLy: "20190506080000", TrangThai: "2", NguoiXuLy: "A" }]);
 * event?.step; //=> "receive"
 * event?.at; //=> "2019-05-06T08:00:00+07:00"
 * ```
 *
 * @category Legacy records
 */
export function fromProgressItems(input: unknown, options: FromProgressOptions = {}): readonly ProcessingEvent[] {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const place = places.schema.parse(options.place ?? "other");
  const issues: Issues = [];
  const list = Array.isArray(input) ? input : typeof input === "object" && input !== null ? [input] : readList(input, [], issues);
  const events: ProcessingEvent[] = [];
  list.forEach((raw, i) => {
    const o = readObject(raw, [i], issues);
    if (o === undefined) return;
    readText(o["MaHoSo"], [i, "MaHoSo"], issues, true);
    const at = readInstant(o["ThoiDiemXuLy"], [i, "ThoiDiemXuLy"], issues, true);
    const statusRaw = o["TrangThai"];
    if (statusRaw === undefined || statusRaw === null || statusRaw === "") issue(issues, [i, "TrangThai"], "required status is missing", statusRaw);
    const status = readMapped(statusRaw, mappings.statusCodes, "dossier status", [i, "TrangThai"], issues);
    readInstant(o["NgayBatDau"], [i, "NgayBatDau"], issues);
    readInstant(o["NgayKetThucTheoQuyDinh"], [i, "NgayKetThucTheoQuyDinh"], issues);
    const actor = readText(o["NguoiXuLy"], [i, "NguoiXuLy"], issues);
    const agencyCode = readText(o["PhongBanXuLy"], [i, "PhongBanXuLy"], issues);
    const note = readText(o["NoiDungXuLy"], [i, "NoiDungXuLy"], issues);
    if (at === undefined || status === undefined) return;
    events.push(defined<ProcessingEvent>({ step: STATUS_STEP[status], at, place, actor, agencyCode, status, note }));
  });
  throwIfIssues(issues, "processing-history items", input);
  return deepFreeze(events);
}

/**
 * Non-throwing {@link fromProgressItems}.
 *
 * @param input - a list of items
 * @param options - place and mappings
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeFromProgressItems } from "@hcc/dvcqg";
 * safeFromProgressItems([{ MaHoSo: "X", ThoiDiemXuLy: "hôm qua", TrangThai: "2" }]).error?.issues[0]?.path; //=> [0, "ThoiDiemXuLy"]
 * ```
 *
 * @category Legacy records
 */
export function safeFromProgressItems(input: unknown, options: FromProgressOptions = {}): SafeParseResult<readonly ProcessingEvent[]> {
  return safely(() => fromProgressItems(input, options));
}
