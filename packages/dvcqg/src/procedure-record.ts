// Over 400 lines on purpose: one wire format (the national database's LayThuTuc record), read in
// one pass by fromNationalProcedure; the field readers are its small private helpers, and the
// wire record's documented interface (NationalProcedureRecord) takes a third of the file.
import {
  applicantKinds,
  channels,
  levels,
  procedureSchema,
  safely,
  timeUnits,
  type ApplicantKind,
  type ChannelOption,
  type Fee,
  type Level,
  type Procedure,
  type ProcedureCase,
  type ProcessingTime,
  type RequiredDocument,
  type SafeParseResult,
  type TimeUnit,
} from "@hcc/core";
import { DEFAULT_MAPPINGS, fromNationalProcedureCode, type DvcqgMappings } from "./mappings.js";
import { defined } from "./_internal/parts.js";
import { translateIssues } from "./_internal/paths.js";
import {
  deepFreeze,
  describe,
  isBlank,
  issue,
  pick,
  readAmount,
  readCode,
  readInstant,
  readInt,
  readList,
  readObject,
  readText,
  throwIfIssues,
  type Issues,
  type Path,
} from "./_internal/read.js";

/**
 * A fee as the national procedure database publishes it (`PHILEPHI[]`).
 *
 * @example
 * ```ts
 * import { type NationalFee } from "@hcc/dvcqg";
 * const fee: NationalFee = { MAPHILEPHI: "LP1", SOTIEN: "100000", MOTA: "Lệ phí" };
 * ```
 *
 * @category National procedures
 */
export interface NationalFee {
  /** Fee code. */
  MAPHILEPHI?: string;
  /** Amount in VND. */
  SOTIEN?: string | number;
  /** Description ("Lệ phí", "Miễn phí"…). */
  MOTA?: string;
  /** Currency or unit as published. */
  DONVI?: string;
}

/**
 * The procedure record of the national procedure database (`service: "LayThuTuc"`, UPPERCASE
 * keys), as far as it is documented. Values may be strings or numbers; lists may be missing.
 *
 * @example
 * ```ts
 * import { type NationalProcedureRecord } from "@hcc/dvcqg";
 * const record: NationalProcedureRecord = {
 *   MATTHC: "1.000894", TENTTHC: "Đăng ký kết hôn", CAPTHUCHIEN: [{ CAPTHUCHIEN: "3" }],
 *   CACHTHUCTHUCHIEN: [{ KENH: "1", THOIGIAN: [{ THOIGIANGIAIQUYET: "1", DONVITINH: "Ngày làm việc" }] }],
 * };
 * ```
 *
 * @category National procedures
 */
export interface NationalProcedureRecord {
  /** Database id. */
  ID?: string | number;
  /** National procedure code. */
  MATTHC: string;
  /** Name. */
  TENTTHC: string;
  /** Procedure type. */
  LOAITTHC?: string;
  /** 1 = published / in force. */
  TRANGTHAI?: string | number;
  /** Levels: `{ CAPTHUCHIEN: 0–3 }` items (or bare codes). */
  CAPTHUCHIEN?: readonly ({ CAPTHUCHIEN: string | number; MOTACOQUANTHUCHIEN?: string; DIACHITIEPNHAN?: string } | string | number)[];
  /** Fields (sectors). */
  LINHVUCTHUCHIEN?: readonly { MALINHVUC?: string; TENLINHVUC: string }[];
  /** Channels, each with processing times (per case description) and fees. */
  CACHTHUCTHUCHIEN?: readonly {
    KENH: string | number;
    THOIGIAN?: readonly { THOIGIANGIAIQUYET?: string | number; DONVITINH?: string | number; MOTA?: string; PHILEPHI?: readonly NationalFee[] }[];
    PHILEPHI?: readonly NationalFee[];
  }[];
  /** Required documents, per case (`TRUONGHOP`). */
  THANHPHANHOSO?: readonly {
    TRUONGHOP?: string;
    GIAYTO?: readonly { MAGIAYTO?: string; TENGIAYTO: string; SOBANCHINH?: string | number; SOBANSAO?: string | number; TENMAUDON?: string; URL?: string }[];
  }[];
  /** Steps, per case. */
  TRINHTUTHUCHIEN?: readonly { TRUONGHOP?: string; TRINHTU?: readonly { TENTRINHTU: string }[] }[];
  /** Applicant types. */
  DOITUONGTHUCHIEN?: readonly { MADOITUONG?: string; TENDOITUONG: string }[];
  /** Implementing agencies. */
  COQUANTHUCHIEN?: readonly { MADONVI?: string; TENDONVI: string }[];
  /** Results. */
  KETQUATHUCHIEN?: readonly { MAKETQUA?: string; TENKETQUA: string; URL?: string }[];
  /** Legal basis. */
  CANCUPHAPLY?: readonly { SOVANBAN: string; TENVANBAN?: string; NGAYBANHANH?: string; COQUANBANHANH?: string }[];
  /** Requirements and conditions. */
  YEUCAU?: string;
  /** Conditions (some feeds). */
  DIEUKIEN?: string;
}

/**
 * Options of {@link fromNationalProcedure}.
 *
 * @example
 * ```ts
 * import { type NationalProcedureOptions } from "@hcc/dvcqg";
 * const options: NationalProcedureOptions = { defaultUnit: "working_days", requirePublished: true };
 * ```
 *
 * @category National procedures
 */
export interface NationalProcedureOptions {
  /** Unit of a time published without `DONVITINH` [unconfirmed]. Default `"working_days"`. */
  readonly defaultUnit?: TimeUnit;
  /** Report a record whose `TRANGTHAI` is not 1 as invalid. Default `false`. */
  readonly requirePublished?: boolean;
  /** Deployment tables, for `localCode` (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

function fold(text: string): string {
  return text.normalize("NFC").toLowerCase().trim();
}

/**
 * Reads a `DONVITINH` (unit) as published — "Ngày làm việc", "Ngày", "Giờ (làm việc)", "Tháng",
 * "Năm", or a core time-unit code — and scales years to months.
 */
function readUnit(value: unknown, path: Path, issues: Issues, fallback: TimeUnit): { unit: TimeUnit; scale: number } | undefined {
  if (isBlank(value)) return { unit: fallback, scale: 1 };
  if (typeof value === "number" || (typeof value === "string" && /^\s*\d+\s*$/.test(value))) {
    const unit = readCode(value, timeUnits, path, issues);
    return unit === undefined ? undefined : { unit, scale: 1 };
  }
  if (typeof value === "string") {
    const t = fold(value);
    if (t.includes("giờ")) return { unit: "working_hours", scale: 1 };
    if (t.includes("tháng")) return { unit: "months", scale: 1 };
    if (t.includes("năm")) return { unit: "months", scale: 12 };
    if (t.includes("ngày làm việc")) return { unit: "working_days", scale: 1 };
    if (t.includes("ngày")) return { unit: "calendar_days", scale: 1 };
    if (timeUnits.is(t)) return { unit: t, scale: 1 };
  }
  issue(issues, path, `unknown unit ${describe(value)}: expected Ngày làm việc, Ngày, Giờ, Tháng, Năm or 1–4`, value);
  return undefined;
}

/** A processing time: a number, or text starting with one ("15", "0,5", "15 ngày"). */
function readDuration(value: unknown, path: Path, issues: Issues): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  if (typeof value === "string") {
    const m = /^\s*(\d+(?:[.,]\d+)?)/.exec(value);
    if (m?.[1] !== undefined) return Number(m[1].replace(",", "."));
  }
  issue(issues, path, `expected a processing time (a number), got ${describe(value)}`, value);
  return undefined;
}

function readFees(raw: unknown, path: Path, issues: Issues): Fee[] {
  const out: Fee[] = [];
  readList(raw, path, issues).forEach((item, i) => {
    const o = readObject(item, [...path, i], issues);
    if (o === undefined) return;
    const amountRaw = pick(o, "SOTIEN", "MUCPHI", "GIA");
    const description = readText(o["MOTA"], [...path, i, "MOTA"], issues);
    readText(o["MAPHILEPHI"], [...path, i, "MAPHILEPHI"], issues);
    const free = description !== undefined && /mi[ễe]n|kh[ôo]ng thu/i.test(description);
    const amount = isBlank(amountRaw.value) && free ? 0 : readAmount(amountRaw.value, [...path, i, "SOTIEN"], issues);
    if (isBlank(amountRaw.value) && !free) issue(issues, [...path, i, "SOTIEN"], "fee amount is missing", amountRaw.value);
    if (amount !== undefined) out.push(defined<Fee>({ amount, description }));
  });
  return out;
}

function feeKey(fee: Fee): string {
  return `${fee.amount}|${fee.description ?? ""}`;
}

function readChannels(record: Readonly<Record<string, unknown>>, issues: Issues, fallback: TimeUnit): ChannelOption[] {
  const options: ChannelOption[] = [];
  readList(record["CACHTHUCTHUCHIEN"], ["CACHTHUCTHUCHIEN"], issues).forEach((item, i) => {
    const path: Path = ["CACHTHUCTHUCHIEN", i];
    const o = readObject(item, path, issues);
    if (o === undefined) return;
    const channel = readCode(o["KENH"], channels, [...path, "KENH"], issues, true);
    const channelFeesPresent = !isBlank(o["PHILEPHI"]);
    const channelFees = readFees(o["PHILEPHI"], [...path, "PHILEPHI"], issues);
    const times = readList(o["THOIGIAN"], [...path, "THOIGIAN"], issues);
    const build = (time: Readonly<Record<string, unknown>> | undefined, tPath: Path): void => {
      let processingTime: ProcessingTime | undefined;
      let fees: Fee[] | undefined = channelFeesPresent ? [...channelFees] : undefined;
      let description: string | undefined;
      if (time !== undefined) {
        const value = readDuration(time["THOIGIANGIAIQUYET"] ?? time["THOIGIAN"], [...tPath, "THOIGIANGIAIQUYET"], issues);
        const unit = readUnit(time["DONVITINH"], [...tPath, "DONVITINH"], issues, fallback);
        description = readText(time["MOTA"], [...tPath, "MOTA"], issues);
        if (value !== undefined && unit !== undefined) processingTime = defined<ProcessingTime>({ value: value * unit.scale, unit: unit.unit, note: description });
        if (!isBlank(time["PHILEPHI"])) {
          const seen = new Set((fees ?? []).map(feeKey));
          fees = [...readFees(time["PHILEPHI"], [...tPath, "PHILEPHI"], issues).filter((f) => !seen.has(feeKey(f))), ...(fees ?? [])];
        }
      }
      if (channel !== undefined) options.push(defined<ChannelOption>({ channel, processingTime, fees, description }));
    };
    if (times.length === 0) build(undefined, path);
    times.forEach((t, j) => {
      const tPath: Path = [...path, "THOIGIAN", j];
      const time = readObject(t, tPath, issues);
      if (time !== undefined) build(time, tPath);
    });
  });
  return options;
}

/** Applicant kind from a published applicant-type name [heuristic on the Vietnamese text]. */
function applicantKindOf(name: string): ApplicantKind | undefined {
  const t = fold(name);
  if (t.includes("hộ kinh doanh")) return "household_business";
  if (t.includes("doanh nghiệp")) return "business";
  if (t.includes("cơ quan nhà nước")) return "state_agency";
  if (t.includes("tổ chức") || t.includes("hợp tác xã")) return "organization";
  if (t.includes("công dân") || t.includes("cá nhân") || t.includes("người")) return "citizen";
  return applicantKinds.is(t) ? t : undefined;
}

/**
 * Reads a procedure record of the national database (`LayThuTuc` result, UPPERCASE keys; the
 * `{ result: [record] }` envelope is accepted) into a core `Procedure`:
 *
 * - `CAPTHUCHIEN[]` → levels (0 ministry … 3 commune); `LINHVUCTHUCHIEN[]` → fields;
 * - `CACHTHUCTHUCHIEN[]` → one channel option per `KENH` × `THOIGIAN` entry, with its processing
 *   time and unit (`DONVITINH`: "Ngày làm việc" working days, "Ngày" calendar days, "Giờ" working
 *   hours, "Tháng" months, "Năm" 12 months; missing → `defaultUnit`) and its fees, taken from
 *   **both** places they are found (`THOIGIAN[].PHILEPHI` and the channel's own `PHILEPHI`,
 *   de-duplicated); a fee described "Miễn phí" without an amount is 0;
 * - `THANHPHANHOSO[]` and `TRINHTUTHUCHIEN[]` grouped by `TRUONGHOP` → cases (a blank case name
 *   is the `"default"` case), each with every channel option;
 * - `DOITUONGTHUCHIEN[]` → applicant kinds (recognised from the Vietnamese names);
 * - `COQUANTHUCHIEN`, `KETQUATHUCHIEN`, `CANCUPHAPLY`, `YEUCAU`/`DIEUKIEN` → agencies, results,
 *   legal basis, conditions.
 *
 * @param input - the record (parsed JSON)
 * @param options - default unit, published check, mappings
 * @returns the procedure, frozen
 * @throws {HccError} `invalid_record` naming every bad field by its UPPERCASE path
 * @example
 * ```ts
 * import { fromNationalProcedure } from "@hcc/dvcqg";
 * const p = fromNationalProcedure({
 *   MATTHC: "1.000894", TENTTHC: "Đăng ký kết hôn", CAPTHUCHIEN: [{ CAPTHUCHIEN: "3" }],
 *   CACHTHUCTHUCHIEN: [{ KENH: "2", THOIGIAN: [{ THOIGIANGIAIQUYET: "3", DONVITINH: "Ngày làm việc",
 *     PHILEPHI: [{ SOTIEN: "0", MOTA: "Miễn lệ phí" }] }] }],
 * });
 * p.levels; //=> ["commune"]
 * p.cases[0]?.channels[0]?.processingTime; //=> { value: 3, unit: "working_days" }
 * p.cases[0]?.channels[0]?.fees; //=> [{ amount: 0, description: "Miễn lệ phí" }]
 * ```
 *
 * @category National procedures
 */
export function fromNationalProcedure(input: unknown, options: NationalProcedureOptions = {}): Procedure {
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  const fallback = timeUnits.schema.parse(options.defaultUnit ?? "working_days");
  const issues: Issues = [];
  let o = readObject(input, [], issues);
  if (o !== undefined && "result" in o && !("MATTHC" in o)) {
    const results = Array.isArray(o["result"]) ? o["result"] : [o["result"]];
    o = readObject(results[0], ["result", 0], issues);
    if (o === undefined && results.length === 0) issue(issues, ["result"], "the LayThuTuc answer holds no procedure");
  }
  if (o === undefined) {
    if (issues.length === 0) issue(issues, [], "expected a LayThuTuc procedure record", input);
    throwIfIssues(issues, "LayThuTuc procedure record", input);
  }
  const rec = o as Readonly<Record<string, unknown>>;
  const code = readText(rec["MATTHC"], ["MATTHC"], issues, true);
  const name = readText(rec["TENTTHC"], ["TENTTHC"], issues, true);
  const status = readText(rec["TRANGTHAI"], ["TRANGTHAI"], issues);
  if (options.requirePublished === true && status?.trim() !== "1") issue(issues, ["TRANGTHAI"], `procedure is not published (TRANGTHAI ${JSON.stringify(status ?? "")})`, status);

  const levelList: Level[] = [];
  readList(rec["CAPTHUCHIEN"], ["CAPTHUCHIEN"], issues).forEach((item, i) => {
    const value = typeof item === "object" && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>)["CAPTHUCHIEN"] : item;
    const path: Path = typeof item === "object" && item !== null ? ["CAPTHUCHIEN", i, "CAPTHUCHIEN"] : ["CAPTHUCHIEN", i];
    const level = readCode(value, levels, path, issues, true);
    if (level !== undefined && !levelList.includes(level)) levelList.push(level);
  });

  const named = <T>(key: string, nameKey: string, build: (o: Readonly<Record<string, unknown>>, path: Path, name: string) => T): T[] => {
    const out: T[] = [];
    readList(rec[key], [key], issues).forEach((item, i) => {
      const itemObject = readObject(item, [key, i], issues);
      if (itemObject === undefined) return;
      const itemName = readText(itemObject[nameKey], [key, i, nameKey], issues, true);
      if (itemName !== undefined) out.push(build(itemObject, [key, i], itemName));
    });
    return out;
  };
  const fields = named("LINHVUCTHUCHIEN", "TENLINHVUC", (f, p, n) => defined<{ code?: string; name: string }>({ code: readText(f["MALINHVUC"], [...p, "MALINHVUC"], issues), name: n }));
  const agencies = named("COQUANTHUCHIEN", "TENDONVI", (f, p, n) => defined<{ code?: string; name: string }>({ code: readText(f["MADONVI"], [...p, "MADONVI"], issues), name: n }));
  const results = named("KETQUATHUCHIEN", "TENKETQUA", (f, p, n) => {
    readText(f["MAKETQUA"], [...p, "MAKETQUA"], issues);
    return defined<{ name: string; template?: string }>({ name: n, template: readText(f["URL"], [...p, "URL"], issues) });
  });
  const legalBasis = named("CANCUPHAPLY", "SOVANBAN", (f, p, n) =>
    defined<{ number: string; title?: string; issuer?: string; issuedAt?: string }>({
      number: n,
      title: readText(f["TENVANBAN"], [...p, "TENVANBAN"], issues),
      issuer: readText(f["COQUANBANHANH"], [...p, "COQUANBANHANH"], issues),
      issuedAt: readInstant(f["NGAYBANHANH"], [...p, "NGAYBANHANH"], issues)?.slice(0, 10),
    }),
  );
  const kinds: ApplicantKind[] = [];
  for (const name of named("DOITUONGTHUCHIEN", "TENDOITUONG", (_f, _p, n) => n)) {
    const kind = applicantKindOf(name);
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
  }
  const conditions: string[] = [];
  for (const key of ["YEUCAU", "DIEUKIEN", "YEUCAUDIEUKIEN"]) {
    const value = rec[key];
    if (Array.isArray(value)) value.forEach((v, i) => { const t = readText(v, [key, i], issues); if (t !== undefined) conditions.push(t); });
    else { const t = readText(value, [key], issues); if (t !== undefined) conditions.push(t); }
  }

  const channelOptions = readChannels(rec, issues, fallback);
  const caseNames: string[] = [];
  const documents = new Map<string, RequiredDocument[]>();
  const steps = new Map<string, { name: string }[]>();
  const caseOf = (raw: Readonly<Record<string, unknown>>, path: Path): string => {
    const caseName = readText(raw["TRUONGHOP"], [...path, "TRUONGHOP"], issues) ?? "";
    if (!caseNames.includes(caseName)) caseNames.push(caseName);
    return caseName;
  };
  readList(rec["THANHPHANHOSO"], ["THANHPHANHOSO"], issues).forEach((item, i) => {
    const g = readObject(item, ["THANHPHANHOSO", i], issues);
    if (g === undefined) return;
    const caseName = caseOf(g, ["THANHPHANHOSO", i]);
    const list = documents.get(caseName) ?? [];
    readList(g["GIAYTO"], ["THANHPHANHOSO", i, "GIAYTO"], issues).forEach((doc, j) => {
      const path: Path = ["THANHPHANHOSO", i, "GIAYTO", j];
      const d = readObject(doc, path, issues);
      if (d === undefined) return;
      const docName = readText(d["TENGIAYTO"], [...path, "TENGIAYTO"], issues, true);
      const formName = readText(d["TENMAUDON"], [...path, "TENMAUDON"], issues);
      const url = readText(pick(d, "URL", "Url").value, [...path, "URL"], issues);
      readText(d["MAGIAYTO"], [...path, "MAGIAYTO"], issues);
      const originals = readInt(d["SOBANCHINH"], [...path, "SOBANCHINH"], issues) ?? 0;
      const copies = readInt(d["SOBANSAO"], [...path, "SOBANSAO"], issues) ?? 0;
      if (docName === undefined) return;
      const form = formName === undefined ? undefined : defined<{ name: string; url?: string }>({ name: formName, url });
      list.push(defined<RequiredDocument>({ name: docName, originals, copies, required: true, form }));
    });
    documents.set(caseName, list);
  });
  readList(rec["TRINHTUTHUCHIEN"], ["TRINHTUTHUCHIEN"], issues).forEach((item, i) => {
    const g = readObject(item, ["TRINHTUTHUCHIEN", i], issues);
    if (g === undefined) return;
    const caseName = caseOf(g, ["TRINHTUTHUCHIEN", i]);
    const list = steps.get(caseName) ?? [];
    readList(g["TRINHTU"], ["TRINHTUTHUCHIEN", i, "TRINHTU"], issues).forEach((step, j) => {
      const path: Path = ["TRINHTUTHUCHIEN", i, "TRINHTU", j];
      const s = typeof step === "string" ? { TENTRINHTU: step } : readObject(step, path, issues);
      if (s === undefined) return;
      const stepName = readText(s["TENTRINHTU"], [...path, "TENTRINHTU"], issues, true);
      if (stepName !== undefined) list.push({ name: stepName });
    });
    steps.set(caseName, list);
  });
  if (caseNames.length === 0 && channelOptions.length > 0) caseNames.push("");
  let counter = 0;
  const cases: ProcedureCase[] = caseNames.map((caseName) => ({
    id: caseName === "" ? "default" : `case-${++counter}`,
    name: caseName,
    steps: steps.get(caseName) ?? [],
    channels: channelOptions,
    documents: documents.get(caseName) ?? [],
  }));

  if (issues.length > 0) throwIfIssues(issues, "LayThuTuc procedure record", input);
  const localCode = code === undefined ? undefined : fromNationalProcedureCode(code, mappings);
  const parsed = procedureSchema.safeParse(
    defined({
      code,
      localCode: localCode !== code ? localCode : undefined,
      name,
      type: readText(rec["LOAITTHC"], ["LOAITTHC"], issues),
      fields,
      levels: levelList,
      cases,
      applicantKinds: kinds,
      implementingAgencies: agencies,
      results,
      legalBasis,
      conditions,
    }),
  );
  if (!parsed.success) issues.push(...translateIssues(parsed.error, { code: "MATTHC", name: "TENTTHC", type: "LOAITTHC" }));
  throwIfIssues(issues, "LayThuTuc procedure record", input);
  return deepFreeze((parsed as { data: Procedure }).data);
}

/**
 * Non-throwing {@link fromNationalProcedure}.
 *
 * @param input - the record
 * @param options - default unit, published check, mappings
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeFromNationalProcedure } from "@hcc/dvcqg";
 * safeFromNationalProcedure({ MATTHC: "1.000894", TENTTHC: "X", CAPTHUCHIEN: ["7"] }).error?.issues[0]?.path; //=> ["CAPTHUCHIEN", 0]
 * ```
 *
 * @category National procedures
 */
export function safeFromNationalProcedure(input: unknown, options: NationalProcedureOptions = {}): SafeParseResult<Procedure> {
  return safely(() => fromNationalProcedure(input, options));
}

/**
 * Whether a national procedure record is published / in force (`TRANGTHAI` 1; OpenCPS treats any
 * other value as not public).
 *
 * @param input - the record
 * @returns `true` when `TRANGTHAI` is 1
 * @example
 * ```ts
 * import { isPublishedNationalProcedure } from "@hcc/dvcqg";
 * isPublishedNationalProcedure({ MATTHC: "1.000894", TENTTHC: "X", TRANGTHAI: 1 }); //=> true
 * ```
 *
 * @category National procedures
 */
export function isPublishedNationalProcedure(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return false;
  const status = (input as Record<string, unknown>)["TRANGTHAI"];
  return String(status).trim() === "1";
}
