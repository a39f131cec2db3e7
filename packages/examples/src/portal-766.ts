import type { ProcedureInput } from "@hcc/core";

/**
 * A dossier of the {@link portal766Dossiers} example, in the columns `@hcc/stats`' portal profile
 * reads (`parsePortalDossier`): the fields of a synced `DongBoHoSoMC` record the national
 * portal's Decision 766 formulas use, with the national names in the comments, plus the clause of
 * [the law vs the portal](../../../docs/stats.md#the-law-vs-the-portal) the dossier exercises.
 *
 * @example
 * ```ts
 * import { portal766Dossiers, type PortalExampleDossier } from "@hcc/examples";
 * const first: PortalExampleDossier | undefined = portal766Dossiers[0];
 * first?.status; //=> 10
 * ```
 *
 * @category Portal 766
 */
export interface PortalExampleDossier {
  /** `MaHoSo`. */
  readonly code: string;
  /** `MaTTHC`. */
  readonly procedureCode: string;
  /** `KenhThucHien`: 1 direct, 2 online, 3 postal. */
  readonly channel: 1 | 2 | 3;
  /** `TrangThaiHoSo`. */
  readonly status: number;
  /** `NgayTiepNhan` (Vietnam time). */
  readonly receivedAt?: string;
  /** `NgayHenTra`. */
  readonly dueAt?: string;
  /** `NgayKetThucXuLy`. */
  readonly processedAt?: string;
  /** `NgayTra`. */
  readonly returnedAt?: string;
  /** `NgayTuChoi`. */
  readonly refusedAt?: string;
  /** `DanhSachHoSoBoSung` (`NgayBoSung`, `NgayTiepNhanBoSung`). */
  readonly supplements?: readonly { readonly requestedAt: string; readonly completedAt?: string }[];
  /** `DuocThanhToanTrucTuyen` 0–3, as the wire sends it. */
  readonly payment?: "0" | "1" | "2" | "3";
  /** `DanhSachLePhi[].Gia`. */
  readonly fees?: readonly number[];
  /** `DanhSachGiayToKetQua` (`MaGiayToKetQua`, `DuongDanTepTinKetQua`). */
  readonly results?: readonly { readonly code?: string; readonly fileUrl?: string }[];
  /** `TaiLieuNop` (`MaThanhPhanHoSo`, `DuongDanTaiTepTin`, `DuocSoHoa`, `DuocLayTuKhoDMQG`). */
  readonly documents?: readonly { readonly componentCode?: string; readonly fileUrl?: string; readonly digitised?: boolean; readonly fromNationalStore?: boolean }[];
  /** `HoSoCoThanhPhanSoHoa`. */
  readonly digitisedComponents?: boolean;
  /** `TaiKhoanDuocXacThucVoiVNeID`. */
  readonly vneidVerified?: boolean;
  /** `DSKetNoiCSDL[].MaCSDL`. */
  readonly databaseCodes?: readonly string[];
  /** What the dossier exercises (not read by the formulas). */
  readonly clause: string;
}

/**
 * The period of the {@link portal766Dossiers} example: August 2025.
 *
 * @example
 * ```ts
 * import { PORTAL_766_PERIOD } from "@hcc/examples";
 * PORTAL_766_PERIOD.to; //=> "2025-08-31"
 * ```
 *
 * @category Portal 766
 */
export const PORTAL_766_PERIOD: { readonly from: string; readonly to: string } = Object.freeze({ from: "2025-08-01", to: "2025-08-31" });

/**
 * The procedure catalogue of the example (`@hcc/core` procedure JSON, as `hcc check` reads it):
 * `1.001612` with a paper result, an 8,000 VND fee and 3 working days; `2.000635` with an
 * electronic-only result, free, 8 working hours; `1.000894` with a paper result, free, 1 month.
 * Names are real national procedures; times and fees are illustrative.
 *
 * @example
 * ```ts
 * import { portal766Catalogue } from "@hcc/examples";
 * portal766Catalogue.map((p) => p.resultOnPaper ?? true); //=> [true, false, true]
 * ```
 *
 * @category Portal 766
 */
export const portal766Catalogue: readonly ProcedureInput[] = Object.freeze([
  {
    code: "1.001612",
    name: "Đăng ký thành lập hộ kinh doanh",
    cases: [
      {
        channels: [
          { channel: "direct", processingTime: { value: 3, unit: "working_days" }, fees: [{ kind: "charge", amount: 8000 }] },
          { channel: "online", processingTime: { value: 3, unit: "working_days" }, fees: [{ kind: "charge", amount: 8000 }] },
          { channel: "postal", processingTime: { value: 3, unit: "working_days" }, fees: [{ kind: "charge", amount: 8000 }] },
        ],
      },
    ],
  },
  {
    code: "2.000635",
    name: "Cấp bản sao trích lục hộ tịch",
    resultOnPaper: false,
    cases: [{ channels: [{ channel: "online", processingTime: { value: 8, unit: "working_hours" }, fees: [{ amount: 0, description: "Miễn phí" }] }] }],
  },
  {
    code: "1.000894",
    name: "Đăng ký kết hôn",
    cases: [{ channels: [{ channel: "direct", processingTime: { value: 1, unit: "months" }, fees: [{ amount: 0 }] }] }],
  },
] satisfies ProcedureInput[]);

const FILE = "https://dichvucong.example.vn/files/";

/**
 * Eighteen dossiers of August 2025 that exercise every clause of the national portal's Decision
 * 766 formulas ([the law vs the portal](../../../docs/stats.md#the-law-vs-the-portal)) — processed
 * before returned, waiting with one and with two supplement requests, finished after a supplement, open at the period end, refused, withdrawn,
 * no due date (working hours), a result in months, an end after the period, an online dossier
 * with and without an electronic result, every `DuocThanhToanTrucTuyen` value, a fee list of zeros,
 * files reused, from the national store, VNeID, a population-database connection, a dossier never
 * received, one without a receipt date and an unknown procedure. The hand-computed indicators are
 * in the package's tests and in the statistics guide ([the law vs the portal](../../../docs/stats.md#the-law-vs-the-portal)).
 *
 * @example
 * ```ts
 * import { portal766Dossiers } from "@hcc/examples";
 * portal766Dossiers.length; //=> 18
 * portal766Dossiers.filter((d) => d.status === 5).map((d) => d.supplements?.length); //=> [1, 2]
 * ```
 *
 * @category Portal 766
 */
export const portal766Dossiers: readonly PortalExampleDossier[] = Object.freeze([
  {
    code: "000.00.17.H61-250804-0001", procedureCode: "1.001612", channel: 1, status: 10,
    receivedAt: "2025-08-04 08:00", dueAt: "2025-08-07 17:00", processedAt: "2025-08-07 10:00", returnedAt: "2025-08-08 09:00",
    payment: "1", fees: [8000], results: [{ code: "KQ-0001", fileUrl: `${FILE}kq1.pdf` }], documents: [{ componentCode: "TP1", fileUrl: `${FILE}tp1.pdf` }],
    clause: "processed (9) before the due time, returned (10) after it: on time",
  },
  {
    code: "000.00.17.H61-250805-0002", procedureCode: "1.001612", channel: 2, status: 5,
    receivedAt: "2025-08-05 09:00", dueAt: "2025-08-08 17:00", supplements: [{ requestedAt: "2025-08-06 10:00" }],
    payment: "3", fees: [8000], documents: [{ componentCode: "TP1", fileUrl: `${FILE}tp2.pdf`, fromNationalStore: true }],
    clause: "waiting for a supplement, one request: ends at the request, on time; online without an electronic result; payment 3",
  },
  {
    code: "000.00.17.H61-250805-0003", procedureCode: "1.001612", channel: 2, status: 5,
    receivedAt: "2025-08-05 10:00", dueAt: "2025-08-08 17:00",
    supplements: [{ requestedAt: "2025-08-05 14:00", completedAt: "2025-08-06 09:00" }, { requestedAt: "2025-08-07 09:00" }],
    fees: [0, 0],
    clause: "waiting for a supplement, two requests: late; synced fee list all 0",
  },
  {
    code: "000.00.17.H61-250811-0004", procedureCode: "1.001612", channel: 3, status: 9,
    receivedAt: "2025-08-11 08:00", dueAt: "2025-08-14 17:00", processedAt: "2025-08-15 16:00",
    supplements: [{ requestedAt: "2025-08-12 08:00", completedAt: "2025-08-14 08:00" }],
    payment: "2", fees: [8000], results: [{ code: "KQ-0004", fileUrl: `${FILE}kq4.pdf` }],
    documents: [{ componentCode: "TP1", fileUrl: `${FILE}tp4.pdf`, digitised: true }],
    clause: "finished after a supplement: 15/8 16:00 − 48 h = 13/8 16:00, on time; paid through the province's gateway",
  },
  {
    code: "000.00.17.H61-250825-0005", procedureCode: "1.001612", channel: 1, status: 4,
    receivedAt: "2025-08-25 08:00", dueAt: "2025-09-10 17:00",
    clause: "open at the period end, due later: on time",
  },
  {
    code: "000.00.17.H61-250728-0006", procedureCode: "1.001612", channel: 1, status: 4,
    receivedAt: "2025-07-28 08:00", dueAt: "2025-07-31 17:00",
    clause: "carried over from July, open, due in July: late",
  },
  {
    code: "000.00.21.H61-250806-0007", procedureCode: "2.000635", channel: 2, status: 10,
    receivedAt: "2025-08-06 08:00", processedAt: "2025-08-06 15:00", returnedAt: "2025-08-07 08:00",
    results: [{ code: "KQ-0007", fileUrl: `${FILE}kq7.pdf` }], documents: [{ componentCode: "TP1", fileUrl: `${FILE}tp7.pdf` }],
    vneidVerified: true,
    clause: "no due date: 5 working hours ≤ 8, on time; online, electronic-only procedure; VNeID",
  },
  {
    code: "000.00.21.H61-250807-0008", procedureCode: "2.000635", channel: 2, status: 9,
    receivedAt: "2025-08-07 08:00", processedAt: "2025-08-08 16:00", databaseCodes: ["CSDLQGVDC"],
    clause: "no due date: 14 working hours > 8, late; population database",
  },
  {
    code: "000.00.17.H61-250812-0009", procedureCode: "1.001612", channel: 2, status: 10,
    receivedAt: "2025-08-12 09:00", dueAt: "2025-08-15 17:00", processedAt: "2025-08-14 09:00",
    payment: "1", fees: [8000], results: [{ code: "KQ-0009", fileUrl: `${FILE}kq9.pdf` }], documents: [{ componentCode: "TP1", fileUrl: "" }],
    databaseCodes: ["CSDLQGVDD"],
    clause: "online with an electronic result (code and link): counts in 3.3; a component without a file",
  },
  {
    code: "000.00.17.H61-250812-0010", procedureCode: "1.001612", channel: 2, status: 1,
    clause: "registered, never received: counted nowhere",
  },
  {
    code: "000.00.17.H61-250812-0011", procedureCode: "1.001612", channel: 1, status: 2,
    clause: "received status without a receipt date: counted nowhere",
  },
  {
    code: "000.00.17.H61-250818-0012", procedureCode: "1.001612", channel: 1, status: 8,
    receivedAt: "2025-08-18 08:00", dueAt: "2025-08-21 17:00", refusedAt: "2025-08-19 10:00", fees: [8000], digitisedComponents: true,
    clause: "stopped/refused: ends at NgayTuChoi, on time; ministry-synced HoSoCoThanhPhanSoHoa",
  },
  {
    code: "000.00.17.H61-250819-0013", procedureCode: "1.001612", channel: 1, status: 7,
    receivedAt: "2025-08-19 08:00", dueAt: "2025-08-22 17:00", processedAt: "2025-08-25 10:00", fees: [8000],
    clause: "withdrawn after the due time: late (withdrawn counts too)",
  },
  {
    code: "000.00.05.H61-250801-0014", procedureCode: "1.000894", channel: 1, status: 10,
    receivedAt: "2025-08-01 08:00", dueAt: "2025-09-01 17:00", processedAt: "2025-08-20 08:00",
    clause: "a procedure timed in months: 19 days of a 31-day month",
  },
  {
    code: "000.00.17.H61-250720-0015", procedureCode: "1.001612", channel: 1, status: 10,
    receivedAt: "2025-07-20 08:00", dueAt: "2025-07-23 17:00", processedAt: "2025-07-23 10:00",
    clause: "received and finished before the period: not handled in it",
  },
  {
    code: "000.00.99.H61-250820-0016", procedureCode: "9.999999", channel: 1, status: 4,
    receivedAt: "2025-08-20 08:00", dueAt: "2025-08-25 17:00",
    clause: "a procedure missing from the catalogue (paper result, no fee); open and overdue: late",
  },
  {
    code: "000.00.17.H61-250828-0017", procedureCode: "1.001612", channel: 1, status: 10,
    receivedAt: "2025-08-28 08:00", dueAt: "2025-09-04 17:00", processedAt: "2025-09-03 10:00",
    clause: "processed after the period: open at its end for 2.1 (on time), completed for 2.2 (1–2 Sept are days off)",
  },
  {
    code: "000.00.17.H61-250813-0018", procedureCode: "1.001612", channel: 2, status: 10,
    receivedAt: "2025-08-13 08:00", dueAt: "2025-08-18 17:00", processedAt: "2025-08-15 10:00",
    payment: "0", fees: [8000], results: [{ fileUrl: `${FILE}kq18.pdf` }], documents: [{ componentCode: "TP1", fileUrl: `${FILE}tp18.pdf` }],
    clause: "online, result file without a result code: not online for 3.3, but an electronic result for 4.1",
  },
] satisfies PortalExampleDossier[]);
