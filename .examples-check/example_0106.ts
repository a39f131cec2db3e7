// from packages/core/src/enums.ts:279
import { type OnlineServiceLevel } from "@hcc/core";
const level: OnlineServiceLevel = "partial";

export {};
