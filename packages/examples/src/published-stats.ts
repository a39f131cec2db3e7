// Over 400 lines on purpose: data — published figures transcribed table by table, each with
// its source, checks and caveats.
/**
 * Published one-stop processing figures of Vietnamese service centers and provinces, transcribed
 * from public news and government pages (each table names its `source`). Facts only, exactly as
 * published: the arithmetic relations that hold are in each table's `checks`, and those that do
 * not (rounded components, typos) in its `caveats`; {@link publishedChecks} evaluates both.
 *
 * The first table is the seed: the Bến Tre center's first three months (6 May – 9 Aug 2019).
 *
 * @example
 * ```ts
 * import { publishedStats } from "@hcc/examples";
 * publishedStats[0].received.total; //=> 14168
 * publishedStats.length; //=> 10
 * ```
 *
 * @category Ben Tre 2019
 */
export const publishedStats = [
  {
    "id": "bentre-center-2019-first-3-months",
    "scope": "Trung tâm Phục vụ hành chính công tỉnh Bến Tre",
    "period": {
      "from": "2019-05-06",
      "to": "2019-08-09"
    },
    "source": "seed article supplied in the research brief (URL not recovered in this search)",
    "procedures_total": 1320,
    "departments_participating": 16,
    "departments_total": 18,
    "received": {
      "total": 14168,
      "direct": 11533,
      "postal": 1958,
      "online": 677
    },
    "received_pct_published": {
      "direct": 81.4,
      "postal": 13.81,
      "online": 4.77
    },
    "resolved": 12356,
    "in_progress": 1812,
    "resolved_pct": 87.2,
    "in_progress_pct": 12.8,
    "postal_results_returned": 1516,
    "checks": [
      "direct+postal+online == total",
      "resolved+in_progress == total"
    ]
  },
  {
    "id": "bentre-center-2020-9m",
    "scope": "Trung tâm Phục vụ hành chính công tỉnh Bến Tre",
    "period": {
      "from": "2020-01-01",
      "to": "2020-09-30"
    },
    "source": "https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-hon-59-ngan-ho-so-11102020-a78881.html",
    "received": {
      "total": 61300,
      "direct": 54100,
      "online_plus_postal": 7200
    },
    "resolved": 59720,
    "resolved_pct_published": 97.4,
    "q3_2020_received": 25200,
    "q3_vs_q2_increase": 9600,
    "q3_2020_received_by_agency": {
      "Công an tỉnh": 7700,
      "Sở Công Thương": 3700,
      "Sở Giao thông vận tải": 3010,
      "Sở Tài nguyên và Môi trường": 2250,
      "Sở Nông nghiệp và PTNT": 2140,
      "Sở Tư pháp": 2120
    },
    "precision": "published rounded to hundreds ('ngàn')",
    "checks": [
      "round(resolved/total*100,1) == 97.4"
    ]
  },
  {
    "id": "bentre-center-2020-10",
    "scope": "Trung tâm Phục vụ hành chính công tỉnh Bến Tre",
    "period": {
      "from": "2020-10-01",
      "to": "2020-10-31"
    },
    "source": "https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-giai-quyet-tren-8-9-ngan-ho-so-cac-loai-08112020-a79925.html",
    "received": {
      "total": 10180,
      "direct": 7700,
      "online_plus_postal": 2480
    },
    "resolved": 8980,
    "resolved_pct_published": 88.2,
    "resolved_on_time_or_early": 8960,
    "on_time_pct_published": 99.8,
    "resolved_late": 17,
    "late_pct_published": 0.2,
    "change_vs_previous_month": -142,
    "received_by_agency": {
      "Công an tỉnh": 3800,
      "Sở Công Thương": 1700,
      "Sở Giao thông vận tải": 829,
      "Sở Tài nguyên và Môi trường": 803
    },
    "late_reasons": [
      "chậm xử lý trên hệ thống",
      "đương sự khai báo không rõ (lý lịch tư pháp)"
    ],
    "checks": [
      "round(resolved/total*100,1) == 88.2"
    ]
  },
  {
    "id": "bentre-center-2021-05",
    "scope": "Trung tâm Phục vụ hành chính công tỉnh Bến Tre",
    "period": {
      "from": "2021-05-01",
      "to": "2021-05-31"
    },
    "source": "https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-hon-4-5-ngan-ho-so-06062021-a86932.html",
    "received": {
      "total": 5650,
      "carried_over": 1070,
      "new_direct": 3190,
      "new_online": 1250,
      "new_postal": 132
    },
    "resolved": 4561,
    "resolved_pct_published": 80.7,
    "resolved_on_time_or_early": 4520,
    "on_time_pct_published": 99.7,
    "resolved_late": 12,
    "late_pct_published": 0.3,
    "in_progress_within_deadline": 1089,
    "late_reasons": {
      "ly_lich_tu_phap": 10,
      "dat_dai_thuy_loi": 2
    },
    "checks": [
      "resolved+in_progress == total (4561+1089 == 5650)",
      "round(resolved/total*100,1) == 80.7"
    ],
    "caveats": [
      "carried_over+new_* == 5642 (published components rounded)",
      "on_time 4.52k + late 12 != 4561; 99.7% of 4561 ~= 4547, so '4,52 ngàn' is probably a typo for ~4.55k"
    ]
  },
  {
    "id": "daknong-province-2021-h1",
    "scope": "Toàn tỉnh Đắk Nông (all levels)",
    "period": {
      "from": "2020-12-15",
      "to": "2021-06-15"
    },
    "source": "https://baodaknong.org.vn/cai-cach-hanh-chinh/ty-le-ho-so-giai-quyet-truoc-han-va-dung-han-dat-99-4-87368.html",
    "received": {
      "total": 218763,
      "online": 19838,
      "carried_over": 8606,
      "new_direct_and_postal": 190319
    },
    "resolved": 206885,
    "resolved_early": 99558,
    "resolved_on_time": 106018,
    "resolved_late": 1309,
    "resolved_pct_published": {
      "early": 48.2,
      "on_time": 51.2,
      "late": 0.6
    },
    "in_progress": 11878,
    "guidance_sessions": {
      "total": 5687,
      "direct": 3852,
      "calls_out": 756,
      "calls_in": 1079
    },
    "satisfaction_pct": 98.8,
    "checks": [
      "online+carried_over+new == total",
      "early+on_time+late == resolved",
      "resolved+in_progress == total",
      "direct+calls_out+calls_in == guidance total"
    ]
  },
  {
    "id": "vinhphuc-center-2021-09",
    "scope": "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc (cấp tỉnh)",
    "period": {
      "month": "2021-09"
    },
    "source": "https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3158",
    "new": 4131,
    "carried_over": 2171,
    "in_scope": 6302,
    "due": 4169,
    "returned_on_time_or_early": 4157,
    "on_time_pct_published": 99.71,
    "late_or_overdue": 12,
    "late_pct_published": 0.29,
    "returned_or_withdrawn": 90,
    "returned_or_withdrawn_pct_published": 2.16,
    "online": {
      "total": 1598,
      "level3": 61,
      "level4": 1537,
      "agencies": 15,
      "online_share_pct_published": 18.9
    },
    "checks": [
      "new+carried_over == in_scope",
      "on_time+late == due",
      "level3+level4 == online total"
    ]
  },
  {
    "id": "vinhphuc-center-2021-q3",
    "scope": "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc (cấp tỉnh)",
    "period": {
      "quarter": "2021-Q3"
    },
    "source": "https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3158",
    "new": 14043,
    "carried_over": 2191,
    "in_scope": 16234,
    "due": 14101,
    "returned_on_time_or_early": 14064,
    "on_time_pct_published": 99.74,
    "late_or_overdue": 37,
    "late_pct_published": 0.26,
    "returned_or_withdrawn": 461,
    "returned_or_withdrawn_pct_published": 3.3,
    "checks": [
      "new+carried_over == in_scope",
      "on_time+late == due"
    ]
  },
  {
    "id": "vinhphuc-district-commune-2021-08",
    "scope": "Bộ phận một cửa cấp huyện, xã tỉnh Vĩnh Phúc (21/7–20/8/2021), Báo cáo 19/BC-TTPVHCC",
    "source": "https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105",
    "new": 19630,
    "due": 19944,
    "returned_on_time_or_early": 19255,
    "on_time_pct_published": 96.55,
    "overdue_unresolved": 689,
    "overdue_pct_published": 3.45,
    "returned_or_withdrawn": 16,
    "returned_or_withdrawn_pct_published": 0.08,
    "checks": [
      "on_time+overdue == due"
    ]
  },
  {
    "id": "thuathienhue-portal-by-service-level",
    "scope": "Cổng DVC Thừa Thiên Huế, thống kê kết quả giải quyết TTHC theo mức độ (undated snapshot)",
    "source": "https://dichvucong.thuathienhue.gov.vn/thongke/ReqId/d65d4779",
    "rows": [
      {
        "level": "Mức 1, 2",
        "total": 268763,
        "done": 257141,
        "pending": 11622,
        "early": 124907,
        "early_pct": 48.6,
        "on_time": 102770,
        "on_time_pct": 40.0,
        "late": 19852,
        "late_pct": 7.7
      },
      {
        "level": "Mức 3",
        "total": 68544,
        "done": 61827,
        "pending": 6717,
        "early": 43434,
        "early_pct": 70.3,
        "on_time": 11795,
        "on_time_pct": 19.1,
        "late": 4331,
        "late_pct": 7.0
      },
      {
        "level": "Mức 4",
        "total": 1665,
        "done": 1611,
        "pending": 54,
        "early": 952,
        "early_pct": 59.1,
        "on_time": 388,
        "on_time_pct": 24.1,
        "late": 268,
        "late_pct": 16.6
      }
    ],
    "online_provision": {
      "tthc_total": 2643,
      "level3": 1856,
      "level3_pct": 70.2,
      "level4": 736,
      "level4_pct": 27.8
    },
    "checks": [
      "done+pending == total (each row)",
      "percentages are of 'done'"
    ],
    "caveats": [
      "early+on_time+late < done for 'Mức 1, 2' (9,612 unexplained, likely returned/withdrawn)"
    ]
  },
  {
    "id": "quangnam-center-2018",
    "scope": "Trung tâm Hành chính công và xúc tiến đầu tư tỉnh Quảng Nam",
    "source": "http://baoquangnam.vn/cai-cach-hanh-chinh/ty-le-giai-quyet-ho-so-dung-han-dat-994-60730.html",
    "cumulative": {
      "from": "2018-01-02",
      "to": "2018-05-17",
      "received": 25368,
      "resolved": 23239
    },
    "week": {
      "from": "2018-05-11",
      "to": "2018-05-17",
      "visits": 1129,
      "due": 1625,
      "resolved": 1456,
      "on_time": 1447,
      "on_time_pct_published": 99.4,
      "online": 108,
      "by_agency": {
        "Công an tỉnh": 590,
        "Sở Giao thông vận tải": 156,
        "Sở LĐ-TB&XH": 209,
        "Sở Tư pháp": 128,
        "Sở KH&ĐT": 107,
        "Sở Công Thương": 209
      }
    },
    "fees_collected_vnd_approx": 4800000000
  }
] as const;

/**
 * One published table of {@link publishedStats}.
 *
 * @example
 * ```ts
 * import { publishedStats, type PublishedTable } from "@hcc/examples";
 * const seed: PublishedTable = publishedStats[0];
 * seed.id; //=> "bentre-center-2019-first-3-months"
 * ```
 *
 * @category Ben Tre 2019
 */
export type PublishedTable = (typeof publishedStats)[number];

/**
 * One arithmetic relation in a published table, evaluated on the published numbers.
 *
 * @example
 * ```ts
 * import { publishedChecks, type PublishedCheck } from "@hcc/examples";
 * const check: PublishedCheck | undefined = publishedChecks[0];
 * check?.holds; //=> true
 * ```
 *
 * @category Ben Tre 2019
 */
export interface PublishedCheck {
  /** The `id` of the table in {@link publishedStats}. */
  readonly tableId: PublishedTable["id"];
  /** The relation, e.g. `"direct + postal + online == total"`. */
  readonly description: string;
  /**
   * `"check"`: the relation is expected to hold (listed in the table's `checks`);
   * `"known_inconsistency"`: it is expected **not** to hold (a documented caveat of the source).
   */
  readonly expectation: "check" | "known_inconsistency";
  /** The left-hand side computed from the published figures. */
  readonly left: number;
  /** The right-hand side as published. */
  readonly right: number;
  /** Whether `left === right`. */
  readonly holds: boolean;
  /** Why the relation fails, for a known inconsistency. */
  readonly note?: string;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
const trunc = (x: number, digits: number): number => Math.trunc(x * 10 ** digits) / 10 ** digits;
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const pct = (part: number, whole: number): number => (part / whole) * 100;

function check(
  tableId: PublishedTable["id"],
  description: string,
  left: number,
  right: number,
  note?: string,
): PublishedCheck {
  const holds = left === right;
  return Object.freeze({
    tableId,
    description,
    expectation: note === undefined ? "check" : "known_inconsistency",
    left,
    right,
    holds,
    ...(note === undefined ? {} : { note }),
  });
}

function buildChecks(): readonly PublishedCheck[] {
  const [bt19, bt20q, bt20m, bt21, dn, vp9, vpq3, vpd, hue, qn] = publishedStats;
  const out: PublishedCheck[] = [
    check(bt19.id, "direct + postal + online == total", bt19.received.direct + bt19.received.postal + bt19.received.online, bt19.received.total),
    check(bt19.id, "resolved + in_progress == total", bt19.resolved + bt19.in_progress, bt19.received.total),
    check(bt19.id, "truncate(direct / total %, 1 decimal) == 81.4", trunc(pct(bt19.received.direct, bt19.received.total), 1), bt19.received_pct_published.direct),
    check(bt19.id, "truncate(postal / total %, 2 decimals) == 13.81", trunc(pct(bt19.received.postal, bt19.received.total), 2), bt19.received_pct_published.postal),
    check(bt19.id, "truncate(online / total %, 2 decimals) == 4.77", trunc(pct(bt19.received.online, bt19.received.total), 2), bt19.received_pct_published.online),
    check(bt19.id, "round(resolved / total %, 1) == 87.2", round(pct(bt19.resolved, bt19.received.total), 1), bt19.resolved_pct),
    check(bt19.id, "round(in_progress / total %, 1) == 12.8", round(pct(bt19.in_progress, bt19.received.total), 1), bt19.in_progress_pct),
    check(
      bt19.id,
      "truncate(in_progress / total %, 1) == 12.8",
      trunc(pct(bt19.in_progress, bt19.received.total), 1),
      bt19.in_progress_pct,
      "the seed mixes styles: 13.81% and 4.77% are truncated, but 12.8% is rounded (1,812 / 14,168 = 12.789%)",
    ),
    check(bt20q.id, "round(resolved / total %, 1) == 97.4", round(pct(bt20q.resolved, bt20q.received.total), 1), bt20q.resolved_pct_published),
    check(bt20m.id, "round(resolved / total %, 1) == 88.2", round(pct(bt20m.resolved, bt20m.received.total), 1), bt20m.resolved_pct_published),
    check(bt21.id, "resolved + in_progress_within_deadline == total", bt21.resolved + bt21.in_progress_within_deadline, bt21.received.total),
    check(bt21.id, "round(resolved / total %, 1) == 80.7", round(pct(bt21.resolved, bt21.received.total), 1), bt21.resolved_pct_published),
    check(
      bt21.id,
      "carried_over + new_direct + new_online + new_postal == total",
      bt21.received.carried_over + bt21.received.new_direct + bt21.received.new_online + bt21.received.new_postal,
      bt21.received.total,
      "the published components are rounded: they add up to 5,642, not 5,650",
    ),
    check(
      bt21.id,
      "resolved_on_time_or_early + resolved_late == resolved",
      bt21.resolved_on_time_or_early + bt21.resolved_late,
      bt21.resolved,
      "'4,52 ngàn' on time is probably a typo for about 4.55 thousand (99.7% of 4,561 is about 4,547)",
    ),
    check(dn.id, "online + carried_over + new_direct_and_postal == total", dn.received.online + dn.received.carried_over + dn.received.new_direct_and_postal, dn.received.total),
    check(dn.id, "early + on_time + late == resolved", dn.resolved_early + dn.resolved_on_time + dn.resolved_late, dn.resolved),
    check(dn.id, "resolved + in_progress == total", dn.resolved + dn.in_progress, dn.received.total),
    check(dn.id, "direct + calls_out + calls_in == guidance total", dn.guidance_sessions.direct + dn.guidance_sessions.calls_out + dn.guidance_sessions.calls_in, dn.guidance_sessions.total),
    check(vp9.id, "new + carried_over == in_scope", vp9.new + vp9.carried_over, vp9.in_scope),
    check(vp9.id, "returned_on_time_or_early + late_or_overdue == due", vp9.returned_on_time_or_early + vp9.late_or_overdue, vp9.due),
    check(vp9.id, "level3 + level4 == online total", vp9.online.level3 + vp9.online.level4, vp9.online.total),
    check(vpq3.id, "new + carried_over == in_scope", vpq3.new + vpq3.carried_over, vpq3.in_scope),
    check(vpq3.id, "returned_on_time_or_early + late_or_overdue == due", vpq3.returned_on_time_or_early + vpq3.late_or_overdue, vpq3.due),
    check(vpd.id, "returned_on_time_or_early + overdue_unresolved == due", vpd.returned_on_time_or_early + vpd.overdue_unresolved, vpd.due),
    check(qn.id, "round(week on_time / resolved %, 1) == 99.4", round(pct(qn.week.on_time, qn.week.resolved), 1), qn.week.on_time_pct_published),
  ];
  for (const row of hue.rows) {
    out.push(check(hue.id, `${row.level}: done + pending == total`, row.done + row.pending, row.total));
    out.push(check(hue.id, `${row.level}: round(early / done %, 1) == ${row.early_pct}`, round(pct(row.early, row.done), 1), row.early_pct));
    const sum = row.early + row.on_time + row.late;
    out.push(
      check(
        hue.id,
        `${row.level}: early + on_time + late == done`,
        sum,
        row.done,
        `${thousands(row.done - sum)} resolved dossiers are in none of the three columns (likely returned or withdrawn)`,
      ),
    );
  }
  return Object.freeze(out);
}

/**
 * Every arithmetic relation of {@link publishedStats}, evaluated on the published numbers: the
 * tables' `checks` (expected to hold) and their documented inconsistencies (expected not to hold,
 * with a `note` saying why). The tests assert both, so a transcription error shows up.
 *
 * Found while encoding them: the seed mixes rounding styles (13.81% and 4.77% truncated, 12.8%
 * rounded), and in the Thừa Thiên Huế snapshot all three rows — not only "Mức 1, 2" — have fewer
 * early + on-time + late dossiers than done ones.
 *
 * @example
 * ```ts
 * import { publishedChecks } from "@hcc/examples";
 * publishedChecks.filter((c) => c.expectation === "check").every((c) => c.holds); //=> true
 * publishedChecks.filter((c) => c.expectation === "known_inconsistency").some((c) => c.holds); //=> false
 * ```
 *
 * @category Ben Tre 2019
 */
export const publishedChecks: readonly PublishedCheck[] = buildChecks();
