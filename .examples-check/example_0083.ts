// from packages/core/src/procedure.ts:40
import { channelOptionSchema } from "@hcc/core";
channelOptionSchema.parse({ channel: "online", processingTime: { value: 3, unit: "working_days" }, fees: [] });

export {};
