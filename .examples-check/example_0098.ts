// from packages/core/src/procedure.ts:269
import { type ProcedureStep } from "@hcc/core";
const step: ProcedureStep = { name: "Thẩm định", kind: "appraise", place: "center" };

export {};
