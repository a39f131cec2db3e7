import { parseLocalDate, type LocalDate } from "../dates.js";
// The provinces and centrally-run cities of Vietnam with their level-1 agency codes (Hnn,
// Decision 20/2020/QĐ-TTg) and the 1 July 2025 merger (Resolution 202/2025/QH15).
//
// Confidence: the 34 codes in use since 1 July 2025 are read in the national portal's list
// (one-stop.md §9) — `inferred: false`, and so are the pre-2025 records of the provinces that kept
// their name and code. The 29 other pre-2025 codes are INFERRED (`inferred: true`): they come from
// the alphabetical order of the 63 names (without diacritics, spaces ignored, Đ as D), which the
// 34 confirmed codes fit at every position except Hồ Chí Minh City (H29), and from one public API
// sample (a Quảng Bình integration document listing "000.00.00.H30 — UBND tỉnh Hậu Giang") that
// places Hậu Giang at H30 and so Hòa Bình at H28.

/** [code, Vietnamese name, ASCII name, kind, inferred] of one province record. */
export type ProvinceRow = readonly [code: string, name: string, nameAscii: string, kind: "province" | "city", inferred: boolean];

/** The 23 provinces formed on 2025-07-01: the new province, then the old ones merged into it. */
export const MERGERS: readonly (readonly [ProvinceRow, readonly ProvinceRow[]])[] = [
  [["H01", "An Giang", "An Giang", "province", false], [["H01", "An Giang", "An Giang", "province", false], ["H33", "Kiên Giang", "Kien Giang", "province", true]]],
  [["H05", "Bắc Ninh", "Bac Ninh", "province", false], [["H05", "Bắc Ninh", "Bac Ninh", "province", false], ["H02", "Bắc Giang", "Bac Giang", "province", true]]],
  [["H12", "Cà Mau", "Ca Mau", "province", false], [["H12", "Cà Mau", "Ca Mau", "province", false], ["H04", "Bạc Liêu", "Bac Lieu", "province", true]]],
  [["H13", "Cần Thơ", "Can Tho", "city", false], [["H13", "Cần Thơ", "Can Tho", "city", false], ["H51", "Sóc Trăng", "Soc Trang", "province", true], ["H30", "Hậu Giang", "Hau Giang", "province", true]]],
  [["H15", "Đắk Lắk", "Dak Lak", "province", false], [["H15", "Đắk Lắk", "Dak Lak", "province", false], ["H45", "Phú Yên", "Phu Yen", "province", true]]],
  [["H17", "Đà Nẵng", "Da Nang", "city", false], [["H17", "Đà Nẵng", "Da Nang", "city", false], ["H47", "Quảng Nam", "Quang Nam", "province", true]]],
  [["H19", "Đồng Nai", "Dong Nai", "province", false], [["H19", "Đồng Nai", "Dong Nai", "province", false], ["H10", "Bình Phước", "Binh Phuoc", "province", true]]],
  [["H20", "Đồng Tháp", "Dong Thap", "province", false], [["H20", "Đồng Tháp", "Dong Thap", "province", false], ["H58", "Tiền Giang", "Tien Giang", "province", true]]],
  [["H21", "Gia Lai", "Gia Lai", "province", false], [["H21", "Gia Lai", "Gia Lai", "province", false], ["H08", "Bình Định", "Binh Dinh", "province", true]]],
  [["H24", "Hải Phòng", "Hai Phong", "city", false], [["H24", "Hải Phòng", "Hai Phong", "city", false], ["H23", "Hải Dương", "Hai Duong", "province", true]]],
  [
    ["H29", "Hồ Chí Minh", "Ho Chi Minh City", "city", false],
    [["H29", "Hồ Chí Minh", "Ho Chi Minh City", "city", false], ["H09", "Bình Dương", "Binh Duong", "province", true], ["H06", "Bà Rịa – Vũng Tàu", "Ba Ria - Vung Tau", "province", true]],
  ],
  [["H31", "Hưng Yên", "Hung Yen", "province", false], [["H31", "Hưng Yên", "Hung Yen", "province", false], ["H54", "Thái Bình", "Thai Binh", "province", true]]],
  [["H32", "Khánh Hòa", "Khanh Hoa", "province", false], [["H32", "Khánh Hòa", "Khanh Hoa", "province", false], ["H43", "Ninh Thuận", "Ninh Thuan", "province", true]]],
  [
    ["H36", "Lâm Đồng", "Lam Dong", "province", false],
    [["H36", "Lâm Đồng", "Lam Dong", "province", false], ["H16", "Đắk Nông", "Dak Nong", "province", true], ["H11", "Bình Thuận", "Binh Thuan", "province", true]],
  ],
  [["H38", "Lào Cai", "Lao Cai", "province", false], [["H38", "Lào Cai", "Lao Cai", "province", false], ["H63", "Yên Bái", "Yen Bai", "province", true]]],
  [
    ["H42", "Ninh Bình", "Ninh Binh", "province", false],
    [["H42", "Ninh Bình", "Ninh Binh", "province", false], ["H25", "Hà Nam", "Ha Nam", "province", true], ["H40", "Nam Định", "Nam Dinh", "province", true]],
  ],
  [
    ["H44", "Phú Thọ", "Phu Tho", "province", false],
    [["H44", "Phú Thọ", "Phu Tho", "province", false], ["H62", "Vĩnh Phúc", "Vinh Phuc", "province", true], ["H28", "Hòa Bình", "Hoa Binh", "province", true]],
  ],
  [["H48", "Quảng Ngãi", "Quang Ngai", "province", false], [["H48", "Quảng Ngãi", "Quang Ngai", "province", false], ["H34", "Kon Tum", "Kon Tum", "province", true]]],
  [["H50", "Quảng Trị", "Quang Tri", "province", false], [["H50", "Quảng Trị", "Quang Tri", "province", false], ["H46", "Quảng Bình", "Quang Binh", "province", true]]],
  [["H53", "Tây Ninh", "Tay Ninh", "province", false], [["H53", "Tây Ninh", "Tay Ninh", "province", false], ["H39", "Long An", "Long An", "province", true]]],
  [["H55", "Thái Nguyên", "Thai Nguyen", "province", false], [["H55", "Thái Nguyên", "Thai Nguyen", "province", false], ["H03", "Bắc Kạn", "Bac Kan", "province", true]]],
  [["H60", "Tuyên Quang", "Tuyen Quang", "province", false], [["H60", "Tuyên Quang", "Tuyen Quang", "province", false], ["H22", "Hà Giang", "Ha Giang", "province", true]]],
  [
    ["H61", "Vĩnh Long", "Vinh Long", "province", false],
    [["H61", "Vĩnh Long", "Vinh Long", "province", false], ["H07", "Bến Tre", "Ben Tre", "province", true], ["H59", "Trà Vinh", "Tra Vinh", "province", true]],
  ],
];

/** The 11 provinces and cities the 2025 reform left as they were. */
export const UNCHANGED: readonly ProvinceRow[] = [
  ["H14", "Cao Bằng", "Cao Bang", "province", false],
  ["H18", "Điện Biên", "Dien Bien", "province", false],
  ["H26", "Hà Nội", "Ha Noi", "city", false],
  ["H27", "Hà Tĩnh", "Ha Tinh", "province", false],
  ["H35", "Lai Châu", "Lai Chau", "province", false],
  ["H37", "Lạng Sơn", "Lang Son", "province", false],
  ["H41", "Nghệ An", "Nghe An", "province", false],
  ["H49", "Quảng Ninh", "Quang Ninh", "province", false],
  ["H52", "Sơn La", "Son La", "province", false],
  ["H56", "Thanh Hóa", "Thanh Hoa", "province", false],
];

/**
 * Huế: the province of Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01
 * (Resolution 175/2024/QH15, in force 2025-01-01), same territory and code, and was not merged on 2025-07-01.
 */
export const HUE_BEFORE: ProvinceRow = ["H57", "Thừa Thiên Huế", "Thua Thien Hue", "province", false];
export const HUE: ProvinceRow = ["H57", "Huế", "Hue", "city", false];
export const HUE_FROM: LocalDate = /* @__PURE__ */ parseLocalDate("2025-01-01");

/** Last day of the 63 provinces; the 34 start the day after. */
export const MERGER_LAST_DAY: LocalDate = /* @__PURE__ */ parseLocalDate("2025-06-30");
export const MERGER_FIRST_DAY: LocalDate = /* @__PURE__ */ parseLocalDate("2025-07-01");
