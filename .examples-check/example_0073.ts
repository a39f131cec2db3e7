// from packages/core/src/enums.ts:369
import { type TimeUnit } from "@hcc/core";
const unit: TimeUnit = "working_days";

export {};
