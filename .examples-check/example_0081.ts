// from packages/core/src/procedure.ts:6
import { processingTimeSchema } from "@hcc/core";
processingTimeSchema.parse({ value: 15, unit: "working_days" });

export {};
