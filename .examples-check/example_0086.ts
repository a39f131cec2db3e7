// from packages/core/src/procedure.ts:95
import { procedureCaseSchema } from "@hcc/core";
procedureCaseSchema.parse({ id: "default", channels: [{ channel: "direct", processingTime: { value: 5, unit: "working_days" } }] });

export {};
