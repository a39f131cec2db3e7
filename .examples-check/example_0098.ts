// from packages/core/src/enums.ts:163
import { type Level } from "@hcc/core";
const level: Level = "province";

export {};
