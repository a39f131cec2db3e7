// Check a procedure catalogue against "3 giảm, 4 tại chỗ, 8 công khai" and print the report a
// center can act on. Run: node examples/src/check-catalogue.mjs (after `npm run build`).
import { benTreCatalogue } from "@hcc/examples";
import { buildCatalogueReport, formatCatalogueReport } from "@hcc/rules";

// The sample catalogue, plus one procedure published with gaps (no fees, "Đang cập nhật" as conditions).
const procedures = [
  ...benTreCatalogue,
  {
    code: "2.000488",
    name: "Cấp giấy phép kinh doanh karaoke",
    conditions: ["Đang cập nhật"],
    legalBasis: [{ number: "54/2019/NĐ-CP" }],
  },
];
const report = buildCatalogueReport({ procedures });
console.log(formatCatalogueReport(report, { lang: "en" }));
