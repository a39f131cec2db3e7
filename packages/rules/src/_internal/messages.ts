import { places, stepKinds } from "@hcc/core";

type Params = Readonly<Record<string, string | number>>;
type Render = (params: Params) => string;

const REASON_VI: Readonly<Record<string, string>> = {
  absent: "chưa có",
  placeholder: "chỉ ghi giá trị giữ chỗ",
  incomplete: "thiếu một phần",
  invalid: "không hợp lệ",
};

function reasonVi(p: Params): string {
  const reason = String(p["reason"] ?? "absent");
  const base = REASON_VI[reason] ?? reason;
  return p["value"] === undefined ? base : `${base} "${String(p["value"])}"`;
}

function reasonEn(p: Params): string {
  const reason = String(p["reason"] ?? "absent");
  return p["value"] === undefined ? reason : `${reason} "${String(p["value"])}"`;
}

function stepLabel(p: Params, lang: "vi" | "en"): string {
  const step = String(p["step"] ?? "");
  return stepKinds.is(step) ? stepKinds.label(step, lang) : step;
}

const PLACE_VI: Readonly<Record<string, string>> = { center: "Trung tâm", department: "sở, ngành", other: "nơi khác" };
const PLACE_EN: Readonly<Record<string, string>> = { center: "the center", department: "the department", other: "elsewhere" };

function placeLabel(p: Params, lang: "vi" | "en"): string {
  const place = String(p["place"] ?? "");
  const table = lang === "vi" ? PLACE_VI : PLACE_EN;
  const label = table[place] ?? (places.is(place) ? places.label(place, lang) : place);
  return p["agencyCode"] === undefined ? label : `${label} (${String(p["agencyCode"])})`;
}

function change(p: Params): string {
  return `${String(p["before"] ?? "?")} → ${String(p["after"] ?? "?")}`;
}

function disclosure(vi: string, en: string): { vi: Render; en: Render } {
  return {
    vi: (p) => `Chưa công khai ${vi} (${reasonVi(p)})`,
    en: (p) => `${en} is not published (${reasonEn(p)})`,
  };
}

/** @internal The vi/en message templates of every built-in finding code (keys = the codes, in order). */
export const BUILTIN_MESSAGES = {
  "disclosure.name_missing": { ...disclosure("tên thủ tục", "The procedure name"), title: { vi: "Thiếu tên thủ tục", en: "Name missing" } },
  "disclosure.documents_missing": { ...disclosure("thành phần hồ sơ", "The list of required documents"), title: { vi: "Thiếu thành phần hồ sơ", en: "Required documents missing" } },
  "disclosure.steps_missing": { ...disclosure("trình tự thực hiện", "The sequence of steps"), title: { vi: "Thiếu trình tự thực hiện", en: "Steps missing" } },
  "disclosure.processing_time_missing": { ...disclosure("thời hạn giải quyết", "The processing time"), title: { vi: "Thiếu thời hạn giải quyết", en: "Processing time missing" } },
  "disclosure.conditions_missing": { ...disclosure("yêu cầu, điều kiện", "The conditions"), title: { vi: "Thiếu yêu cầu, điều kiện", en: "Conditions missing" } },
  "disclosure.legal_basis_missing": { ...disclosure("căn cứ pháp lý", "The legal basis"), title: { vi: "Thiếu căn cứ pháp lý", en: "Legal basis missing" } },
  "disclosure.fees_missing": { ...disclosure("phí, lệ phí", "Fees and charges"), title: { vi: "Thiếu phí, lệ phí", en: "Fees missing" } },
  "disclosure.contact_missing": { ...disclosure("thông tin liên hệ", "Contact information"), title: { vi: "Thiếu thông tin liên hệ", en: "Contact missing" } },
  "disclosure.channels_missing": { ...disclosure("cách thức thực hiện", "The filing channels"), title: { vi: "Thiếu cách thức thực hiện", en: "Channels missing" } },
  "disclosure.applicants_missing": { ...disclosure("đối tượng thực hiện", "The applicant types"), title: { vi: "Thiếu đối tượng thực hiện", en: "Applicant types missing" } },
  "disclosure.agency_missing": { ...disclosure("cơ quan thực hiện", "The implementing agency"), title: { vi: "Thiếu cơ quan thực hiện", en: "Implementing agency missing" } },
  "disclosure.result_missing": { ...disclosure("kết quả thực hiện", "The result"), title: { vi: "Thiếu kết quả thực hiện", en: "Result missing" } },
  "on_the_spot.no_workflow": {
    title: { vi: "Không có quy trình để kiểm tra", en: "No workflow to check" },
    vi: () => "Quy trình không có bước nào được phân loại để kiểm tra 4 tại chỗ",
    en: () => "The workflow has no typed steps to check for on-the-spot processing",
  },
  "on_the_spot.step_missing": {
    title: { vi: "Thiếu bước trong 4 tại chỗ", en: "On-the-spot step missing" },
    vi: (p) => `Thiếu bước "${stepLabel(p, "vi")}"`,
    en: (p) => `Step "${stepLabel(p, "en")}" is missing`,
  },
  "on_the_spot.step_off_site": {
    title: { vi: "Bước thực hiện ngoài Trung tâm", en: "Step outside the center" },
    vi: (p) => `Bước "${stepLabel(p, "vi")}" thực hiện tại ${placeLabel(p, "vi")}, không tại Trung tâm`,
    en: (p) => `Step "${stepLabel(p, "en")}" happens at ${placeLabel(p, "en")}, not at the center`,
  },
  "on_the_spot.place_unknown": {
    title: { vi: "Chưa ghi nơi thực hiện bước", en: "Step place unknown" },
    vi: (p) => `Bước "${stepLabel(p, "vi")}" chưa ghi nơi thực hiện`,
    en: (p) => `Step "${stepLabel(p, "en")}" has no recorded place`,
  },
  "on_the_spot.no_events": {
    title: { vi: "Hồ sơ không có nhật ký xử lý", en: "Dossier without events" },
    vi: () => "Hồ sơ không có nhật ký xử lý để kiểm tra 4 tại chỗ",
    en: () => "The dossier has no processing events to check for on-the-spot processing",
  },
  "reduction.procedure_added": {
    title: { vi: "Thủ tục mới", en: "New procedure" },
    vi: () => "Thủ tục mới so với bộ thủ tục gốc",
    en: () => "New procedure, not in the baseline catalogue",
  },
  "reduction.documents_increased": {
    title: { vi: "Thành phần hồ sơ tăng", en: "More documents" },
    vi: (p) => `Số thành phần hồ sơ tăng (${change(p)})`,
    en: (p) => `More required documents (${change(p)})`,
  },
  "reduction.steps_increased": {
    title: { vi: "Số bước tăng", en: "More steps" },
    vi: (p) => `Số bước thực hiện tăng (${change(p)})`,
    en: (p) => `More steps (${change(p)})`,
  },
  "reduction.time_increased": {
    title: { vi: "Thời hạn tăng", en: "Longer published time" },
    vi: (p) => `Thời hạn giải quyết tăng (${change(p)} ngày làm việc)`,
    en: (p) => `Longer processing time (${change(p)} working days)`,
  },
  "reduction.fees_increased": {
    title: { vi: "Phí, lệ phí tăng", en: "Higher fees" },
    vi: (p) => `Phí, lệ phí tăng (${change(p)} đồng)`,
    en: (p) => `Higher fees (${change(p)} VND)`,
  },
  "reduction.actual_exceeds_published": {
    title: { vi: "Thực tế chậm hơn thời hạn công bố", en: "Slower than published" },
    vi: (p) => `Thời gian giải quyết thực tế bình quân vượt thời hạn công bố (${change(p)} ngày làm việc)`,
    en: (p) => `Actual processing time exceeds the published time on average (${change(p)} working days)`,
  },
} as const satisfies Record<string, { vi: Render; en: Render; title: { vi: string; en: string } }>;
