// from packages/core/src/procedure.ts:199
import { parseProcedure, type Procedure } from "@hcc/core";
const p: Procedure = parseProcedure({ code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh" });

export {};
