import { readFileSync } from "node:fs";
import { createMappings, fromNationalProcedure, isPublishedNationalProcedure, safeFromNationalProcedure } from "@hcc/dvcqg";
import { describe, expect, it } from "vitest";

const answer = JSON.parse(readFileSync(new URL("../fixtures/laythutuc-1.001612.json", import.meta.url), "utf8")) as {
  result: Record<string, unknown>[];
};

describe("fromNationalProcedure", () => {
  it("reads the fixture written from the documented LayThuTuc keys", () => {
    const p = fromNationalProcedure(answer);
    expect(p.code).toBe("1.001612");
    expect(p.type).toBe("TTHC được luật giao quy định chi tiết");
    expect(p.levels).toEqual(["district", "commune"]);
    expect(p.fields).toEqual([{ code: "G09-TC12", name: "Thành lập và hoạt động của hộ kinh doanh" }]);
    expect(p.applicantKinds).toEqual(["citizen", "household_business"]);
    expect(p.implementingAgencies).toEqual([{ code: "000.00.53.H07", name: "Phòng Tài chính - Kế hoạch" }]);
    expect(p.results).toEqual([{ name: "Giấy chứng nhận đăng ký hộ kinh doanh" }]);
    expect(p.legalBasis).toEqual([{ number: "01/2021/NĐ-CP", title: "Nghị định về đăng ký doanh nghiệp", issuer: "Chính phủ", issuedAt: "2021-01-04" }]);
    expect(p.conditions).toEqual(["Ngành, nghề kinh doanh không bị cấm"]);
    expect(p.cases.map((c) => [c.id, c.name])).toEqual([
      ["case-1", "Hộ kinh doanh do cá nhân thành lập"],
      ["case-2", "Hộ kinh doanh do các thành viên hộ gia đình thành lập"],
    ]);
    const [first, second] = p.cases;
    expect(first?.documents).toEqual([
      { name: "Giấy đề nghị đăng ký hộ kinh doanh", originals: 1, copies: 0, required: true, form: { name: "Phụ lục III-1", url: "https://csdl.dichvucong.gov.vn/mau/PL3-1.docx" } },
      { name: "Bản sao giấy tờ pháp lý của cá nhân", originals: 0, copies: 1, required: true },
    ]);
    expect(first?.steps.map((s) => s.name)).toEqual(["Nộp hồ sơ tại Bộ phận Một cửa cấp huyện", "Nhận kết quả"]);
    expect(second?.steps).toEqual([]);
    expect(second?.channels).toEqual(first?.channels);
  });

  it("gives each channel its time, unit and fees from both places", () => {
    const p = fromNationalProcedure(answer.result[0]);
    expect(p.cases[0]?.channels).toEqual([
      {
        channel: "direct",
        processingTime: { value: 3, unit: "working_days", note: "Kể từ ngày nhận đủ hồ sơ hợp lệ" },
        fees: [{ amount: 100000, description: "Lệ phí đăng ký" }],
        description: "Kể từ ngày nhận đủ hồ sơ hợp lệ",
      },
      { channel: "online", processingTime: { value: 3, unit: "working_days" }, fees: [{ amount: 50000, description: "Lệ phí nộp trực tuyến" }] },
      { channel: "postal", processingTime: { value: 0.5, unit: "months" } },
    ]);
  });

  it("reads every published unit and de-duplicates a fee listed in both places", () => {
    const time = (DONVITINH: unknown, THOIGIANGIAIQUYET: unknown = 2) => ({
      MATTHC: "1.000894",
      TENTTHC: "Đăng ký kết hôn",
      CACHTHUCTHUCHIEN: [{ KENH: "1", THOIGIAN: [{ THOIGIANGIAIQUYET, DONVITINH, PHILEPHI: [{ SOTIEN: 0, MOTA: "Miễn phí" }] }], PHILEPHI: [{ MOTA: "Miễn phí" }] }],
    });
    const of = (unit: unknown, value?: unknown) => fromNationalProcedure(time(unit, value)).cases[0]?.channels[0];
    expect(of("Giờ làm việc")?.processingTime).toEqual({ value: 2, unit: "working_hours" });
    expect(of("Ngày")?.processingTime).toEqual({ value: 2, unit: "calendar_days" });
    expect(of("Năm")?.processingTime).toEqual({ value: 24, unit: "months" });
    expect(of(3)?.processingTime).toEqual({ value: 2, unit: "calendar_days" });
    expect(of("working_days")?.processingTime).toEqual({ value: 2, unit: "working_days" });
    expect(of(undefined, "15 ngày")?.processingTime).toEqual({ value: 15, unit: "working_days" });
    expect(fromNationalProcedure(time(undefined), { defaultUnit: "calendar_days" }).cases[0]?.channels[0]?.processingTime?.unit).toBe("calendar_days");
    expect(of("Ngày")?.fees).toEqual([{ amount: 0, description: "Miễn phí" }]);
    expect(fromNationalProcedure({ MATTHC: "1.000894", TENTTHC: "X", CACHTHUCTHUCHIEN: [{ KENH: 1 }] }).cases).toEqual([
      { id: "default", name: "", steps: [], channels: [{ channel: "direct" }], documents: [] },
    ]);
  });

  it("names every bad field by its UPPERCASE path", () => {
    const r = safeFromNationalProcedure({
      TENTTHC: "",
      CAPTHUCHIEN: [{ CAPTHUCHIEN: "5" }, "x"],
      CACHTHUCTHUCHIEN: [{ KENH: "9", THOIGIAN: [{ THOIGIANGIAIQUYET: "nhanh", DONVITINH: "Tuần", PHILEPHI: [{ SOTIEN: "abc" }, { MOTA: "Lệ phí" }] }] }],
      THANHPHANHOSO: [{ GIAYTO: [{ TENGIAYTO: "", SOBANCHINH: "-1" }] }],
      TRINHTUTHUCHIEN: "none",
    });
    expect(r.error?.code).toBe("invalid_record");
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
      "MATTHC",
      "TENTTHC",
      "CAPTHUCHIEN.0.CAPTHUCHIEN",
      "CAPTHUCHIEN.1",
      "CACHTHUCTHUCHIEN.0.KENH",
      "CACHTHUCTHUCHIEN.0.THOIGIAN.0.THOIGIANGIAIQUYET",
      "CACHTHUCTHUCHIEN.0.THOIGIAN.0.DONVITINH",
      "CACHTHUCTHUCHIEN.0.THOIGIAN.0.PHILEPHI.0.SOTIEN",
      "CACHTHUCTHUCHIEN.0.THOIGIAN.0.PHILEPHI.1.SOTIEN",
      "THANHPHANHOSO.0.GIAYTO.0.TENGIAYTO",
      "THANHPHANHOSO.0.GIAYTO.0.SOBANCHINH",
      "TRINHTUTHUCHIEN",
    ]);
  });

  it("checks publication on request, maps the local code and rejects empty answers", () => {
    const record = { ...answer.result[0], TRANGTHAI: "0" };
    expect(isPublishedNationalProcedure(record)).toBe(false);
    expect(isPublishedNationalProcedure(answer.result[0])).toBe(true);
    expect(isPublishedNationalProcedure(null)).toBe(false);
    expect(fromNationalProcedure(record).code).toBe("1.001612");
    expect(safeFromNationalProcedure(record, { requirePublished: true }).error?.issues[0]?.path).toEqual(["TRANGTHAI"]);
    const mappings = createMappings({ procedureCodes: { "BT-HKD": "1.001612" } });
    expect(fromNationalProcedure(record, { mappings }).localCode).toBe("BT-HKD");
    expect(safeFromNationalProcedure({ result: [] }).error?.issues[0]?.path).toEqual(["result"]);
    expect(safeFromNationalProcedure("x").error?.code).toBe("invalid_record");
    expect(safeFromNationalProcedure(undefined).error?.issues[0]?.message).toMatch(/LayThuTuc/);
  });
});
