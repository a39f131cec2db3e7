// from packages/core/src/procedure.ts:249
import { type ChannelOption } from "@hcc/core";
const option: ChannelOption = { channel: "direct", processingTime: { value: 3, unit: "working_days" } };

export {};
