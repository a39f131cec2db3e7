// from packages/core/src/procedure.ts:229
import { type ProcessingTime } from "@hcc/core";
const t: ProcessingTime = { value: 8, unit: "working_hours" };

export {};
