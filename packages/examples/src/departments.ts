import { parseAgency, type Agency } from "@hcc/core";

/**
 * One provincial department (sở, ban, ngành) of Bến Tre in 2019, as used by the examples.
 *
 * @example
 * ```ts
 * import { benTreDepartments, type BenTreDepartment } from "@hcc/examples";
 * const justice: BenTreDepartment | undefined = benTreDepartments.find((d) => d.key === "justice");
 * justice?.participates; //=> true
 * ```
 *
 * @category Catalogue
 */
export interface BenTreDepartment extends Agency {
  /** A short stable key used in the examples (`"justice"`, `"planning_investment"`, …). */
  readonly key: string;
  /** Whether the department's procedures were received at the center from 6 May 2019. */
  readonly participates: boolean;
  /**
   * `true` when the agency code is **illustrative** (not a published identification code). All
   * codes in this list are: only the department names are facts.
   */
  readonly illustrativeCode: boolean;
  /**
   * Illustrative staffing pressure (0 = enough staff at the center, 1 = severe shortage) used by
   * the dossier generator to make late processing more likely — the seed names staff shortages as
   * the cause of late dossiers, without naming departments.
   */
  readonly staffingPressure: number;
}

const PROVINCE = "H07";
const RAW: readonly [key: string, unit: string, name: string, nameEn: string, participates: boolean, pressure: number][] = [
  ["home_affairs", "01", "Sở Nội vụ", "Department of Home Affairs", true, 0.1],
  ["justice", "02", "Sở Tư pháp", "Department of Justice", true, 0.35],
  ["planning_investment", "03", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", true, 0.2],
  ["finance", "04", "Sở Tài chính", "Department of Finance", true, 0.1],
  ["industry_trade", "05", "Sở Công Thương", "Department of Industry and Trade", true, 0.2],
  ["agriculture", "06", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", true, 0.25],
  ["transport", "07", "Sở Giao thông vận tải", "Department of Transport", true, 0.3],
  ["construction", "08", "Sở Xây dựng", "Department of Construction", true, 0.3],
  ["natural_resources", "09", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", true, 0.6],
  ["information", "10", "Sở Thông tin và Truyền thông", "Department of Information and Communications", true, 0.05],
  ["labour", "11", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", true, 0.4],
  ["culture", "12", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", true, 0.1],
  ["science", "13", "Sở Khoa học và Công nghệ", "Department of Science and Technology", true, 0.05],
  ["education", "14", "Sở Giáo dục và Đào tạo", "Department of Education and Training", true, 0.15],
  ["health", "15", "Sở Y tế", "Department of Health", true, 0.3],
  ["industrial_zones", "16", "Ban Quản lý các khu công nghiệp", "Industrial Zones Management Board", true, 0.1],
  ["inspectorate", "17", "Thanh tra tỉnh", "Provincial Inspectorate", false, 0],
  ["pc_office", "18", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee", false, 0],
];

/**
 * The 18 provincial departments (sở, ban, ngành) of Bến Tre in 2019 as the examples model them.
 * Sixteen take part in the Public Administrative Service Center from 6 May 2019; the Provincial
 * Inspectorate (Thanh tra tỉnh) and the People's Committee Office (Văn phòng UBND tỉnh) do not —
 * both facts from the seed article ("16/18 sở, ngành tỉnh (trừ Thanh tra tỉnh và Văn phòng UBND
 * tỉnh)").
 *
 * **Illustrative where not published**: the article does not list the sixteen; this list is the
 * usual set of provincial departments of a province of Bến Tre's kind in 2019. The agency codes
 * `000.00.NN.H07` are illustrative too: the unit numbers are invented, and `H07` as Bến Tre's
 * province code is itself unconfirmed ([provinces and the 2025 merger](../../../docs/domain.md#provinces-and-the-2025-merger)). Bến Tre merged into Vĩnh Long on
 * 1 July 2025, so every department carries `validTo: "2025-06-30"`. The `staffingPressure` values
 * are invented to give the generator realistic late processing.
 *
 * @example
 * ```ts
 * import { benTreDepartments } from "@hcc/examples";
 * benTreDepartments.length; //=> 18
 * benTreDepartments.filter((d) => d.participates).length; //=> 16
 * ```
 *
 * @category Catalogue
 */
export const benTreDepartments: readonly BenTreDepartment[] = Object.freeze(
  RAW.map(([key, unit, name, nameEn, participates, staffingPressure]) =>
    Object.freeze({
      ...parseAgency({
        code: `000.00.${unit}.${PROVINCE}`,
        name,
        nameEn,
        level: "province",
        parentCode: `000.00.00.${PROVINCE}`,
        provinceCode: PROVINCE,
        validTo: "2025-06-30",
      }),
      key,
      participates,
      illustrativeCode: true,
      staffingPressure,
    }),
  ),
);

/**
 * Finds a department of {@link benTreDepartments} by its example key or agency code.
 *
 * @param keyOrCode - e.g. `"justice"` or `"000.00.02.H07"`
 * @returns the department, or `undefined`
 * @example
 * ```ts
 * import { benTreDepartment } from "@hcc/examples";
 * benTreDepartment("justice")?.name; //=> "Sở Tư pháp"
 * ```
 *
 * @category Catalogue
 */
export function benTreDepartment(keyOrCode: string): BenTreDepartment | undefined {
  return benTreDepartments.find((d) => d.key === keyOrCode || d.code === keyOrCode);
}
