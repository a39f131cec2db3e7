// from packages/core/src/procedure.ts:75
import { procedureStepSchema } from "@hcc/core";
procedureStepSchema.parse({ name: "Tiếp nhận hồ sơ", kind: "receive", place: "center" });

export {};
