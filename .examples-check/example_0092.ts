// from packages/core/src/procedure.ts:209
import { type ProcedureInput } from "@hcc/core";
const input: ProcedureInput = { code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh", levels: [2] };

export {};
