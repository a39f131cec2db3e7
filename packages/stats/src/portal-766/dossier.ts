// The dossier the national portal's Decision 766 formulas read: the fields of a synced
// `DongBoHoSoMC` record that the formulas use, in English, typed. Our CSV / NDJSON columns are read
// into it by `parsePortalDossier`; a `DongBoHoSoMC` record by `portalDossierFromLegacy`.
import { HccError, channels, dossierStatuses, instantSchema, isHccError, parseCompactInstant, safely, type Channel, type DossierStatus, type Instant, type SafeParseResult } from "@hcc/core";
import { isPaidOnline, onlinePaymentChannels, type OnlinePaymentChannel } from "@hcc/dvcqg";
import * as z from "zod";

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (blank(v) ? undefined : typeof v === "string" ? v.trim() : v), schema.optional());

const TRUE = new Set(["1", "true", "yes", "co", "có"]);
const FALSE = new Set(["0", "false", "no", "khong", "không"]);
const flagSchema = optional(
  z.union([z.boolean(), z.number(), z.string()]).transform((v, ctx) => {
    const t = String(v).trim().toLowerCase();
    if (v === true || TRUE.has(t)) return true;
    if (v === false || FALSE.has(t)) return false;
    ctx.addIssue({ code: "custom", message: `expected a flag (1/0, true/false), got ${JSON.stringify(v)}`, input: v });
    return z.NEVER;
  }),
);
const textSchema = optional(z.union([z.string(), z.number()]).transform((v) => String(v)));
/** An instant: the portal's compact `yyyyMMdd[HH[mm[ss]]]` (string or number) or anything `instantSchema` reads. */
const instant = z.union([z.date(), z.string(), z.number()]).transform((v, ctx): Instant => {
  const text = typeof v === "number" ? String(v) : v;
  if (typeof text === "string" && /^\d{8,14}$/.test(text.trim())) {
    try {
      return parseCompactInstant(text.trim());
    } catch (error) {
      ctx.addIssue({ code: "custom", message: isHccError(error) ? error.message : "Invalid date", input: v });
      return z.NEVER;
    }
  }
  const parsed = instantSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Invalid date", input: v });
  return z.NEVER;
});
const at = optional(instant);

/** A list given as an array, as JSON text, or (for simple values) as `a;b;c`. */
function list<T extends z.ZodType>(item: T, split: ((text: string) => unknown[]) | undefined) {
  return z.preprocess((v, ctx) => {
    if (blank(v)) return [];
    if (typeof v !== "string") return v;
    const text = v.trim();
    if (text.startsWith("[")) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `invalid JSON list ${JSON.stringify(text.slice(0, 60))}`, input: v });
        return z.NEVER;
      }
    }
    if (split === undefined) {
      ctx.addIssue({ code: "custom", message: `expected a JSON list, got ${JSON.stringify(text.slice(0, 60))}`, input: v });
      return z.NEVER;
    }
    return split(text);
  }, z.array(item));
}
const semicolons = (text: string): string[] => text.split(";").map((s) => s.trim()).filter((s) => s !== "");

const supplementSchema = z.object({
  requestedAt: instant,
  completedAt: at,
});
const resultSchema = z.object({
  code: textSchema,
  fileUrl: textSchema,
});
const documentSchema = z.object({
  componentCode: textSchema,
  fileUrl: textSchema,
  digitised: flagSchema,
  fromNationalStore: flagSchema,
});

/**
 * Zod schema of a {@link PortalDossier}, lenient the way synced data needs: every value may be a
 * string; `""`, `null` and blanks are absent; flags are `1`/`0`, `true`/`false` (any case);
 * dates are anything `@hcc/core`'s `parseInstant` reads (wall-clock forms are Vietnam time);
 * lists are arrays or JSON text, and `fees` / `databaseCodes` also `a;b;c`; `supplements` also
 * `requested/completed;requested/`.
 *
 * @example
 * ```ts
 * import { portalDossierSchema } from "@hcc/stats";
 * portalDossierSchema.parse({ procedureCode: "1.001612", status: "10", channel: "", payment: "3" }).channel; //=> "direct"
 * ```
 *
 * @category Portal 766
 */
export const portalDossierSchema = /* @__PURE__ */ z
  .object({
    /** Dossier code (`MaHoSo`). */
    code: textSchema,
    /** Procedure code (`MaTTHC`), looked up in the catalogue. */
    procedureCode: z.preprocess((v) => (typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : v), z.string().min(1, "required procedure code is missing")),
    /** Agency (`DonViXuLy`). */
    agencyCode: textSchema,
    /** `KenhThucHien`: 1 direct, 2 online, 3 postal; missing = direct. */
    channel: optional(channels.schema).transform((c): Channel => c ?? "direct"),
    /** `TrangThaiHoSo` 1–10 or a status key. */
    status: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), dossierStatuses.schema),
    /** Receipt = start of processing (`NgayTiepNhan`). */
    receivedAt: at,
    /** Due date (`NgayHenTra`). */
    dueAt: at,
    /** Processing done (`NgayKetThucXuLy`). */
    processedAt: at,
    /** Result returned (`NgayTra`). */
    returnedAt: at,
    /** Refused / stopped (`NgayTuChoi`). */
    refusedAt: at,
    /** Supplement rounds (`DanhSachHoSoBoSung`: `NgayBoSung`, `NgayTiepNhanBoSung`). */
    supplements: list(supplementSchema, (text) =>
      semicolons(text).map((pair) => {
        const [requestedAt, completedAt] = pair.split("/");
        return { requestedAt, completedAt };
      }),
    ),
    /** `DuocThanhToanTrucTuyen` 0–3 (see `onlinePaymentChannels` of `@hcc/dvcqg`). */
    payment: optional(onlinePaymentChannels.schema),
    /** Amounts of the synced fee list (`DanhSachLePhi[].Gia`), VND. */
    fees: list(z.coerce.number().finite().nonnegative(), semicolons),
    /** Result documents (`DanhSachGiayToKetQua`: `MaGiayToKetQua`, `DuongDanTepTinKetQua`). */
    results: list(resultSchema, undefined),
    /** Submitted files (`TaiLieuNop`: `MaThanhPhanHoSo`, `DuongDanTaiTepTin`, `DuocSoHoa`, `DuocLayTuKhoDMQG`), deleted ones left out. */
    documents: list(documentSchema, undefined),
    /** `HoSoCoThanhPhanSoHoa`: the dossier has digitised (reused) components. */
    digitisedComponents: flagSchema,
    /** `TaiKhoanDuocXacThucVoiVNeID`. */
    vneidVerified: flagSchema,
    /** Connected databases consulted (`DSKetNoiCSDL[].MaCSDL`). */
    databaseCodes: list(z.string().min(1), semicolons),
  })
  .transform((d) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(d)) if (v !== undefined) out[k] = v;
    return out as unknown as PortalDossier;
  });

/**
 * One dossier as the national portal's Decision 766 formulas see it ([the law vs the portal](../../../../docs/stats.md#the-law-vs-the-portal)): the
 * fields of a synced `DongBoHoSoMC` record that the formulas read, typed. Produced by
 * {@link parsePortalDossier} (our columns) and {@link portalDossierFromLegacy} (a portal record).
 *
 * @example
 * ```ts
 * import { parsePortalDossier, type PortalDossier } from "@hcc/stats";
 * const d: PortalDossier = parsePortalDossier({ procedureCode: "1.001612", status: 4, receivedAt: "2025-08-04 08:00" });
 * d.receivedAt; //=> "2025-08-04T08:00:00+07:00"
 * ```
 *
 * @category Portal 766
 */
export interface PortalDossier {
  /** Dossier code. */
  readonly code?: string;
  /** Procedure code, looked up in the catalogue. */
  readonly procedureCode: string;
  /** Agency code. */
  readonly agencyCode?: string;
  /** Channel; a missing `KenhThucHien` is direct. */
  readonly channel: Channel;
  /** Status (the national code list). */
  readonly status: DossierStatus;
  /** Receipt = start of processing. */
  readonly receivedAt?: Instant;
  /** Due date. */
  readonly dueAt?: Instant;
  /** Processing done (`NgayKetThucXuLy`). */
  readonly processedAt?: Instant;
  /** Result returned (`NgayTra`). */
  readonly returnedAt?: Instant;
  /** Refused or stopped (`NgayTuChoi`). */
  readonly refusedAt?: Instant;
  /** Supplement rounds, in order. */
  readonly supplements: readonly { readonly requestedAt: Instant; readonly completedAt?: Instant }[];
  /** How the fees were paid (`DuocThanhToanTrucTuyen`); absent when not sent. */
  readonly payment?: OnlinePaymentChannel;
  /** Amounts of the synced fee list, VND. */
  readonly fees: readonly number[];
  /** Result documents: their code in the national repository and their file link. */
  readonly results: readonly { readonly code?: string; readonly fileUrl?: string }[];
  /** Submitted files (not deleted). */
  readonly documents: readonly {
    readonly componentCode?: string;
    readonly fileUrl?: string;
    readonly digitised?: boolean;
    readonly fromNationalStore?: boolean;
  }[];
  /** `HoSoCoThanhPhanSoHoa`. */
  readonly digitisedComponents?: boolean;
  /** `TaiKhoanDuocXacThucVoiVNeID`. */
  readonly vneidVerified?: boolean;
  /** `DSKetNoiCSDL[].MaCSDL`. */
  readonly databaseCodes: readonly string[];
}

/**
 * What {@link parsePortalDossier} accepts: the same fields, leniently (see
 * {@link portalDossierSchema}): flags as `true`/`false`, `1`/`0`, `"True"`, `""`; dates as ISO
 * 8601, `yyyyMMddHHmmss` (a string or a number) or a `Date`.
 *
 * @example
 * ```ts
 * import type { PortalDossierInput } from "@hcc/stats";
 * const row: PortalDossierInput = { procedureCode: "1.001612", status: "5", receivedAt: "20250804080000", supplements: "20250805090000/" };
 * ```
 *
 * @category Portal 766
 */
export interface PortalDossierInput {
  /** `MaHoSo`. */
  readonly code?: string | number | null | undefined;
  /** `MaTTHC`. */
  readonly procedureCode: string | number;
  /** `DonViXuLy`. */
  readonly agencyCode?: string | null | undefined;
  /** `KenhThucHien`: a channel key or 1–3; empty = direct. */
  readonly channel?: Channel | number | string | null | undefined;
  /** `TrangThaiHoSo`: a status key or 1–10. */
  readonly status: DossierStatus | number | string;
  /** `NgayTiepNhan`. */
  readonly receivedAt?: Date | string | number | null | undefined;
  /** `NgayHenTra`. */
  readonly dueAt?: Date | string | number | null | undefined;
  /** `NgayKetThucXuLy`. */
  readonly processedAt?: Date | string | number | null | undefined;
  /** `NgayTra`. */
  readonly returnedAt?: Date | string | number | null | undefined;
  /** `NgayTuChoi`. */
  readonly refusedAt?: Date | string | number | null | undefined;
  /** A list, JSON text, or `requested/completed;requested/`. */
  readonly supplements?: string | readonly { readonly requestedAt: Date | string | number | null | undefined; readonly completedAt?: Date | string | number | null | undefined }[] | null | undefined;
  /** `DuocThanhToanTrucTuyen` 0–3 or a payment-channel key. */
  readonly payment?: OnlinePaymentChannel | number | string | null | undefined;
  /** Fee amounts: a list, JSON text or `a;b`. */
  readonly fees?: string | readonly (number | string)[] | null | undefined;
  /** Result documents: a list or JSON text. */
  readonly results?: string | readonly { readonly code?: string | null | undefined; readonly fileUrl?: string | null | undefined }[] | null | undefined;
  /** Submitted files: a list or JSON text. */
  readonly documents?:
    | string
    | readonly {
        readonly componentCode?: string | null | undefined;
        readonly fileUrl?: string | null | undefined;
        readonly digitised?: boolean | number | string | null | undefined;
        readonly fromNationalStore?: boolean | number | string | null | undefined;
      }[]
    | null
    | undefined;
  /** `HoSoCoThanhPhanSoHoa`. */
  readonly digitisedComponents?: boolean | number | string | null | undefined;
  /** `TaiKhoanDuocXacThucVoiVNeID`. */
  readonly vneidVerified?: boolean | number | string | null | undefined;
  /** `DSKetNoiCSDL[].MaCSDL`: a list, JSON text or `a;b`. */
  readonly databaseCodes?: string | readonly string[] | null | undefined;
}

/**
 * Reads one dossier in our columns (English names; the lenient forms of
 * {@link portalDossierSchema}) into a frozen {@link PortalDossier}.
 *
 * @param input - an object (a parsed CSV row, an NDJSON line, a database row)
 * @returns the dossier
 * @throws {HccError} `invalid_input` naming every bad field
 * @example
 * ```ts
 * import { parsePortalDossier } from "@hcc/stats";
 * parsePortalDossier({ procedureCode: "1.001612", status: 10, payment: 2, fees: "50000;0" }).fees; //=> [50000, 0]
 * ```
 *
 * @category Portal 766
 */
export function parsePortalDossier(input: unknown): PortalDossier {
  const result = portalDossierSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message }));
    const first = issues[0];
    const where = first === undefined || first.path.length === 0 ? "" : `${first.path.join(".")}: `;
    throw new HccError("invalid_input", `Invalid portal dossier: ${where}${first?.message ?? "invalid"}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`, {
      value: input,
      issues,
      cause: result.error,
    });
  }
  return deepFreeze(result.data);
}

/**
 * Non-throwing {@link parsePortalDossier}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParsePortalDossier } from "@hcc/stats";
 * safeParsePortalDossier({ procedureCode: "1.001612", status: 4, payment: "9" }).success; //=> false
 * ```
 *
 * @category Portal 766
 */
export function safeParsePortalDossier(input: unknown): SafeParseResult<PortalDossier> {
  return safely(() => parsePortalDossier(input));
}

/** Whether the dossier was paid online in the portal's sense (`DuocThanhToanTrucTuyen` 1 or 2). */
export function paidOnline(d: PortalDossier): boolean {
  return d.payment !== undefined && isPaidOnline(d.payment);
}

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
