// Over 400 lines on purpose: data — the sample catalogue's procedure specs (about 380 lines)
// and the few lines that build them into core Procedures.
import { parseProcedure, type Procedure, type ProcessingTime } from "@hcc/core";
import { benTreDepartment } from "./departments.js";

/**
 * A procedure of the sample catalogue, with the Bến Tre department whose desk at the center
 * receives it.
 *
 * @example
 * ```ts
 * import { benTreCatalogue, type SampleProcedure } from "@hcc/examples";
 * const first: SampleProcedure | undefined = benTreCatalogue[0];
 * first?.departmentKey; //=> "justice"
 * ```
 *
 * @category Catalogue
 */
export interface SampleProcedure extends Procedure {
  /** Key of the receiving department in `benTreDepartments`. */
  readonly departmentKey: string;
  /** Relative popularity used by the dossier generators (illustrative). */
  readonly weight: number;
  /** Whether all four steps (receive, appraise, approve, return) happen at the center ("4 tại chỗ"). */
  readonly fourOnTheSpot: boolean;
  /** Always `true`: the contents (documents, steps, times, fees, contact) are illustrative. */
  readonly illustrativeContents: true;
}

const CONTACT = {
  name: "Trung tâm Phục vụ hành chính công tỉnh Bến Tre",
  address: "Tòa nhà Bưu điện tỉnh Bến Tre (trụ sở tạm thời từ 06/5/2019)",
};

interface Spec {
  code: string;
  name: string;
  field: string;
  level: "province" | "district" | "commune";
  department: string;
  time: ProcessingTime;
  cutoff?: string;
  fee: { amount: number; kind?: "fee" | "charge"; description: string };
  documents: string[];
  legal: [number: string, title: string][];
  conditions: string[];
  result: string;
  online: "level2" | "level3" | "level4";
  applicants: ("citizen" | "business" | "organization" | "household_business")[];
  agency: string;
  weight: number;
  fourOnTheSpot: boolean;
}

const WD = (value: number): ProcessingTime => ({ value, unit: "working_days" });

const SPECS: readonly Spec[] = [
  {
    code: "2.000488",
    name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
    field: "Lý lịch tư pháp",
    level: "province",
    department: "justice",
    time: WD(10),
    fee: { amount: 200_000, kind: "fee", description: "Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người" },
    documents: ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp giấy chứng minh nhân dân hoặc hộ chiếu", "Bản chụp sổ hộ khẩu hoặc giấy chứng nhận thường trú, tạm trú"],
    legal: [["28/2009/QH12", "Luật Lý lịch tư pháp"], ["111/2010/NĐ-CP", "Nghị định hướng dẫn Luật Lý lịch tư pháp"], ["244/2016/TT-BTC", "Thông tư quy định phí cung cấp thông tin lý lịch tư pháp"]],
    conditions: ["Không"],
    result: "Phiếu lý lịch tư pháp",
    online: "level3",
    applicants: ["citizen"],
    agency: "Sở Tư pháp",
    weight: 18,
    fourOnTheSpot: false,
  },
  {
    code: "1.000894",
    name: "Đăng ký kết hôn",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(0),
    cutoff: "15:00",
    fee: { amount: 0, kind: "charge", description: "Miễn lệ phí" },
    documents: ["Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân (khi đăng ký ngoài nơi cư trú)"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["52/2014/QH13", "Luật Hôn nhân và gia đình"], ["123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch"]],
    conditions: ["Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi", "Việc kết hôn do nam và nữ tự nguyện quyết định", "Không thuộc trường hợp cấm kết hôn"],
    result: "Giấy chứng nhận kết hôn",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 3,
    fourOnTheSpot: true,
  },
  {
    code: "2.000806",
    name: "Đăng ký kết hôn có yếu tố nước ngoài",
    field: "Hộ tịch",
    level: "district",
    department: "justice",
    time: WD(15),
    fee: { amount: 1_000_000, kind: "charge", description: "Lệ phí do HĐND tỉnh quy định (mức minh họa)" },
    documents: ["Tờ khai đăng ký kết hôn", "Giấy xác nhận của tổ chức y tế về tình trạng sức khỏe tâm thần", "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài", "Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["52/2014/QH13", "Luật Hôn nhân và gia đình"], ["123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch"]],
    conditions: ["Đáp ứng điều kiện kết hôn theo pháp luật mỗi bên"],
    result: "Giấy chứng nhận kết hôn",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp huyện",
    weight: 1,
    fourOnTheSpot: false,
  },
  {
    code: "1.001193",
    name: "Đăng ký khai sinh",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(0),
    cutoff: "15:00",
    fee: { amount: 0, kind: "charge", description: "Miễn lệ phí đăng ký khai sinh đúng hạn" },
    documents: ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh hoặc văn bản của người làm chứng"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch"]],
    conditions: ["Không"],
    result: "Giấy khai sinh",
    online: "level3",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 2,
    fourOnTheSpot: true,
  },
  {
    code: "1.000656",
    name: "Đăng ký khai tử",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(0),
    cutoff: "15:00",
    fee: { amount: 0, kind: "charge", description: "Miễn lệ phí đăng ký khai tử đúng hạn" },
    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử hoặc giấy tờ thay giấy báo tử"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch"]],
    conditions: ["Không"],
    result: "Trích lục khai tử",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 1,
    fourOnTheSpot: true,
  },
  {
    code: "1.004884",
    name: "Đăng ký lại khai sinh",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(5),
    fee: { amount: 5_000, kind: "charge", description: "Lệ phí do HĐND tỉnh quy định (mức minh họa)" },
    documents: ["Tờ khai đăng ký lại khai sinh", "Bản sao giấy tờ chứng minh nội dung khai sinh"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch"]],
    conditions: ["Việc khai sinh đã được đăng ký nhưng sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất"],
    result: "Giấy khai sinh (đăng ký lại)",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 1,
    fourOnTheSpot: false,
  },
  {
    code: "1.001022",
    name: "Đăng ký nhận cha, mẹ, con",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(3),
    fee: { amount: 0, kind: "charge", description: "Không thu lệ phí (mức minh họa)" },
    documents: ["Tờ khai đăng ký nhận cha, mẹ, con", "Văn bản hoặc chứng cứ chứng minh quan hệ cha, mẹ, con"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["15/2015/TT-BTP", "Thông tư hướng dẫn Luật Hộ tịch"]],
    conditions: ["Không có tranh chấp về quan hệ cha, mẹ, con"],
    result: "Trích lục đăng ký nhận cha, mẹ, con",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 0.5,
    fourOnTheSpot: false,
  },
  {
    code: "1.004837",
    name: "Đăng ký giám hộ",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(3),
    fee: { amount: 0, kind: "charge", description: "Không thu lệ phí (mức minh họa)" },
    documents: ["Tờ khai đăng ký giám hộ", "Văn bản cử người giám hộ"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["91/2015/QH13", "Bộ luật Dân sự"]],
    conditions: ["Người giám hộ đáp ứng điều kiện của Bộ luật Dân sự"],
    result: "Trích lục đăng ký giám hộ",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 0.3,
    fourOnTheSpot: false,
  },
  {
    code: "1.004746",
    name: "Đăng ký lại kết hôn",
    field: "Hộ tịch",
    level: "commune",
    department: "justice",
    time: WD(5),
    fee: { amount: 0, kind: "charge", description: "Không thu lệ phí (mức minh họa)" },
    documents: ["Tờ khai đăng ký lại kết hôn", "Bản sao giấy chứng nhận kết hôn (nếu có)"],
    legal: [["60/2014/QH13", "Luật Hộ tịch"], ["123/2015/NĐ-CP", "Nghị định hướng dẫn Luật Hộ tịch"]],
    conditions: ["Việc kết hôn đã được đăng ký nhưng sổ hộ tịch và bản chính giấy tờ đều bị mất"],
    result: "Giấy chứng nhận kết hôn (đăng ký lại)",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 0.3,
    fourOnTheSpot: false,
  },
  {
    code: "2.000815",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    field: "Chứng thực",
    level: "district",
    department: "justice",
    time: { value: 8, unit: "working_hours" },
    cutoff: "15:00",
    fee: { amount: 2_000, kind: "fee", description: "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang" },
    documents: ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", "Bản sao cần chứng thực"],
    legal: [["23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký"], ["226/2016/TT-BTC", "Thông tư quy định phí chứng thực"]],
    conditions: ["Bản chính không thuộc các trường hợp không được chứng thực bản sao"],
    result: "Bản sao được chứng thực",
    online: "level2",
    applicants: ["citizen", "organization"],
    agency: "Phòng Tư pháp cấp huyện",
    weight: 6,
    fourOnTheSpot: true,
  },
  {
    code: "2.000884",
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản",
    field: "Chứng thực",
    level: "district",
    department: "justice",
    time: { value: 8, unit: "working_hours" },
    cutoff: "15:00",
    fee: { amount: 10_000, kind: "fee", description: "10.000 đồng/trường hợp" },
    documents: ["Giấy tờ tùy thân còn giá trị sử dụng", "Giấy tờ, văn bản cần chứng thực chữ ký"],
    legal: [["23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký"], ["226/2016/TT-BTC", "Thông tư quy định phí chứng thực"]],
    conditions: ["Người yêu cầu chứng thực ký trước mặt người thực hiện chứng thực"],
    result: "Giấy tờ, văn bản được chứng thực chữ ký",
    online: "level2",
    applicants: ["citizen", "organization"],
    agency: "Phòng Tư pháp cấp huyện",
    weight: 2,
    fourOnTheSpot: true,
  },
  {
    code: "1.002211",
    name: "Công nhận hòa giải viên",
    field: "Hòa giải ở cơ sở",
    level: "commune",
    department: "justice",
    time: WD(5),
    fee: { amount: 0, description: "Không thu phí, lệ phí" },
    documents: ["Biên bản bầu hòa giải viên"],
    legal: [["35/2013/QH13", "Luật Hòa giải ở cơ sở"]],
    conditions: ["Người được đề nghị công nhận đáp ứng tiêu chuẩn hòa giải viên"],
    result: "Quyết định công nhận hòa giải viên",
    online: "level2",
    applicants: ["organization"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 0.2,
    fourOnTheSpot: false,
  },
  {
    code: "2.001610",
    name: "Đăng ký thành lập doanh nghiệp tư nhân",
    field: "Thành lập và hoạt động của doanh nghiệp",
    level: "province",
    department: "planning_investment",
    time: WD(3),
    fee: { amount: 50_000, kind: "charge", description: "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần" },
    documents: ["Giấy đề nghị đăng ký doanh nghiệp", "Bản sao giấy tờ pháp lý của cá nhân là chủ doanh nghiệp tư nhân"],
    legal: [["68/2014/QH13", "Luật Doanh nghiệp"], ["78/2015/NĐ-CP", "Nghị định về đăng ký doanh nghiệp"], ["215/2016/TT-BTC", "Thông tư quy định phí, lệ phí đăng ký doanh nghiệp"]],
    conditions: ["Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh", "Tên doanh nghiệp đặt đúng quy định", "Có hồ sơ đăng ký doanh nghiệp hợp lệ"],
    result: "Giấy chứng nhận đăng ký doanh nghiệp",
    online: "level4",
    applicants: ["citizen", "business"],
    agency: "Phòng Đăng ký kinh doanh - Sở Kế hoạch và Đầu tư",
    weight: 8,
    fourOnTheSpot: false,
  },
  {
    code: "1.001612",
    name: "Đăng ký thành lập hộ kinh doanh",
    field: "Thành lập và hoạt động của hộ kinh doanh",
    level: "district",
    department: "planning_investment",
    time: WD(3),
    fee: { amount: 100_000, kind: "charge", description: "Lệ phí do HĐND tỉnh quy định (mức minh họa)" },
    documents: ["Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao giấy tờ pháp lý của cá nhân đăng ký hộ kinh doanh"],
    legal: [["68/2014/QH13", "Luật Doanh nghiệp"], ["78/2015/NĐ-CP", "Nghị định về đăng ký doanh nghiệp (Chương VIII: hộ kinh doanh)"]],
    conditions: ["Ngành, nghề kinh doanh không bị cấm", "Tên hộ kinh doanh không trùng trong phạm vi huyện"],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh",
    online: "level3",
    applicants: ["household_business"],
    agency: "Phòng Tài chính - Kế hoạch cấp huyện",
    weight: 5,
    fourOnTheSpot: true,
  },
  {
    code: "2.001955",
    name: "Đăng ký nội quy lao động",
    field: "Lao động",
    level: "province",
    department: "labour",
    time: WD(7),
    fee: { amount: 0, description: "Không thu phí, lệ phí" },
    documents: ["Văn bản đề nghị đăng ký nội quy lao động", "Nội quy lao động", "Văn bản góp ý của tổ chức đại diện tập thể lao động tại cơ sở"],
    legal: [["10/2012/QH13", "Bộ luật Lao động"], ["05/2015/NĐ-CP", "Nghị định hướng dẫn Bộ luật Lao động"]],
    conditions: ["Người sử dụng lao động sử dụng từ 10 người lao động trở lên"],
    result: "Thông báo về việc đăng ký nội quy lao động",
    online: "level3",
    applicants: ["business", "organization"],
    agency: "Sở Lao động - Thương binh và Xã hội",
    weight: 3,
    fourOnTheSpot: false,
  },
  {
    code: "1.001699",
    name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
    field: "Bảo trợ xã hội",
    level: "commune",
    department: "labour",
    time: WD(20),
    fee: { amount: 0, description: "Không thu phí, lệ phí" },
    documents: ["Đơn đề nghị xác định mức độ khuyết tật", "Bản sao các giấy tờ liên quan đến khuyết tật (nếu có)"],
    legal: [["51/2010/QH12", "Luật Người khuyết tật"], ["28/2012/NĐ-CP", "Nghị định hướng dẫn Luật Người khuyết tật"], ["37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT", "Thông tư liên tịch về xác định mức độ khuyết tật"]],
    conditions: ["Không"],
    result: "Giấy xác nhận khuyết tật",
    online: "level2",
    applicants: ["citizen"],
    agency: "Ủy ban nhân dân cấp xã",
    weight: 2,
    fourOnTheSpot: false,
  },
  {
    code: "1.002820",
    name: "Cấp lại Giấy phép lái xe",
    field: "Đường bộ",
    level: "province",
    department: "transport",
    time: WD(5),
    fee: { amount: 135_000, kind: "charge", description: "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần" },
    documents: ["Đơn đề nghị đổi, cấp lại giấy phép lái xe", "Giấy chứng nhận sức khỏe của người lái xe", "Bản sao giấy chứng minh nhân dân hoặc hộ chiếu"],
    legal: [["23/2008/QH12", "Luật Giao thông đường bộ"], ["12/2017/TT-BGTVT", "Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe"], ["188/2016/TT-BTC", "Thông tư quy định lệ phí cấp giấy phép lái xe"]],
    conditions: ["Giấy phép lái xe bị mất, còn thời hạn sử dụng hoặc quá hạn dưới 3 tháng"],
    result: "Giấy phép lái xe",
    online: "level3",
    applicants: ["citizen"],
    agency: "Sở Giao thông vận tải",
    weight: 10,
    fourOnTheSpot: false,
  },
  {
    code: "1.005142",
    name: "Đăng ký dự thi tốt nghiệp trung học phổ thông",
    field: "Thi, tuyển sinh",
    level: "province",
    department: "education",
    time: WD(1),
    fee: { amount: 0, description: "Không thu phí, lệ phí" },
    documents: ["Phiếu đăng ký dự thi", "Bản sao giấy tờ tùy thân", "Giấy tờ xác nhận diện ưu tiên (nếu có)"],
    legal: [["38/2005/QH11", "Luật Giáo dục"], ["04/2017/TT-BGDĐT", "Thông tư ban hành Quy chế thi trung học phổ thông quốc gia"]],
    conditions: ["Đã học xong chương trình trung học phổ thông hoặc tương đương"],
    result: "Giấy báo dự thi",
    online: "level3",
    applicants: ["citizen"],
    agency: "Sở Giáo dục và Đào tạo",
    weight: 2,
    fourOnTheSpot: true,
  },
  {
    code: "1.005095",
    name: "Phúc khảo bài thi tốt nghiệp trung học phổ thông",
    field: "Thi, tuyển sinh",
    level: "province",
    department: "education",
    time: { value: 15, unit: "calendar_days" },
    fee: { amount: 0, description: "Không thu phí, lệ phí (mức minh họa)" },
    documents: ["Đơn đề nghị phúc khảo bài thi"],
    legal: [["38/2005/QH11", "Luật Giáo dục"], ["04/2017/TT-BGDĐT", "Thông tư ban hành Quy chế thi trung học phổ thông quốc gia"]],
    conditions: ["Nộp đơn trong thời hạn 10 ngày kể từ ngày công bố kết quả thi"],
    result: "Thông báo kết quả phúc khảo",
    online: "level3",
    applicants: ["citizen"],
    agency: "Sở Giáo dục và Đào tạo",
    weight: 1.5,
    fourOnTheSpot: false,
  },
  {
    code: "2.001904",
    name: "Tiếp nhận đối tượng học bổ túc trung học cơ sở",
    field: "Giáo dục thường xuyên",
    level: "province",
    department: "education",
    time: WD(5),
    fee: { amount: 0, description: "Không thu phí, lệ phí" },
    documents: ["Đơn xin học", "Bản sao giấy khai sinh", "Học bạ hoặc giấy xác nhận trình độ"],
    legal: [["38/2005/QH11", "Luật Giáo dục"]],
    conditions: ["Đúng độ tuổi và đối tượng theo quy định"],
    result: "Quyết định tiếp nhận",
    online: "level2",
    applicants: ["citizen"],
    agency: "Sở Giáo dục và Đào tạo",
    weight: 0.5,
    fourOnTheSpot: false,
  },
  {
    code: "3.000465",
    name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    field: "Văn bằng, chứng chỉ",
    level: "province",
    department: "education",
    time: { value: 16, unit: "working_hours" },
    fee: { amount: 0, description: "Không thu phí (mức minh họa)" },
    documents: ["Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Giấy tờ tùy thân của người yêu cầu"],
    legal: [["19/2015/TT-BGDĐT", "Thông tư ban hành Quy chế quản lý bằng tốt nghiệp, chứng chỉ"], ["23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc"]],
    conditions: ["Văn bằng, chứng chỉ đã được cơ quan cấp và còn lưu sổ gốc"],
    result: "Bản sao văn bằng, chứng chỉ từ sổ gốc",
    online: "level3",
    applicants: ["citizen"],
    agency: "Sở Giáo dục và Đào tạo",
    weight: 1.5,
    fourOnTheSpot: true,
  },
];

function stepsFor(spec: Spec, departmentCode: string): readonly Record<string, string>[] {
  const where = spec.fourOnTheSpot ? "center" : "department";
  return [
    { name: "Tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công", kind: "receive", place: "center" },
    { name: "Thẩm định hồ sơ", kind: "appraise", place: where, agencyCode: departmentCode },
    { name: "Phê duyệt, ký kết quả", kind: "approve", place: where, agencyCode: departmentCode },
    { name: "Trả kết quả tại Trung tâm hoặc qua dịch vụ bưu chính công ích", kind: "return", place: "center" },
  ];
}

function build(spec: Spec): SampleProcedure {
  const department = benTreDepartment(spec.department);
  const departmentCode = department?.code ?? spec.department;
  const fees = [spec.fee];
  const channels = [
    { channel: "direct" as const, processingTime: spec.time, fees },
    { channel: "postal" as const, processingTime: spec.time, fees },
    { channel: "online" as const, processingTime: spec.time, fees },
  ];
  const procedure = parseProcedure({
    code: spec.code,
    localCode: `${spec.code}.000.00.00.H07`,
    name: spec.name,
    fields: [{ name: spec.field }],
    levels: [spec.level],
    cases: [
      {
        id: "default",
        name: "Trường hợp chung",
        steps: stepsFor(spec, departmentCode),
        channels,
        documents: spec.documents.map((name) => ({ name, originals: 1, copies: 0, required: true })),
      },
    ],
    applicantKinds: spec.applicants,
    implementingAgencies: [{ name: spec.agency }],
    results: [{ name: spec.result }],
    legalBasis: spec.legal.map(([number, title]) => ({ number, title })),
    conditions: spec.conditions,
    contact: CONTACT,
    onlineServiceLevel: spec.online,
    ...(spec.cutoff === undefined ? {} : { timing: { cutoff: spec.cutoff } }),
    version: { effectiveFrom: "2019-05-06", decision: "Minh họa (illustrative)" },
  });
  return Object.freeze({
    ...procedure,
    departmentKey: spec.department,
    weight: spec.weight,
    fourOnTheSpot: spec.fourOnTheSpot,
    illustrativeContents: true as const,
  });
}

/**
 * A sample catalogue of 21 real procedures (real national codes and names, as in the national
 * procedure database) as a Bến Tre center might have published them in 2019, each with all eight
 * disclosures of "8 công khai": name, required documents, steps, processing time with its unit,
 * conditions ("Không" stated explicitly), legal basis (real document numbers), fees (an explicit
 * `0` when free) and contact. Every procedure's steps carry their place, so the "4 tại chỗ" check
 * has data: the procedures with `fourOnTheSpot: true` are appraised and approved at the center.
 *
 * **Contents are illustrative**: documents, steps, processing times, fee amounts marked "minh
 * họa", the receiving department and the local codes are plausible examples, not the published
 * Bến Tre catalogue (1,320 procedures, not reproduced here). Several procedures belong in law to
 * the district or commune level (their `levels` say so); they are included because portal teams
 * meet them first.
 *
 * @example
 * ```ts
 * import { benTreCatalogue } from "@hcc/examples";
 * benTreCatalogue.length; //=> 21
 * benTreCatalogue.find((p) => p.code === "1.001612")?.name; //=> "Đăng ký thành lập hộ kinh doanh"
 * ```
 *
 * @category Catalogue
 */
export const benTreCatalogue: readonly SampleProcedure[] = Object.freeze(SPECS.map(build));

/**
 * Finds a procedure of {@link benTreCatalogue} by its national code.
 *
 * @param code - national procedure code, e.g. `"1.000894"`
 * @returns the procedure, or `undefined`
 * @example
 * ```ts
 * import { sampleProcedure } from "@hcc/examples";
 * sampleProcedure("1.000894")?.name; //=> "Đăng ký kết hôn"
 * ```
 *
 * @category Catalogue
 */
export function sampleProcedure(code: string): SampleProcedure | undefined {
  return benTreCatalogue.find((p) => p.code === code);
}
