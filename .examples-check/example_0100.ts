// from packages/core/src/enums.ts:188
import { type ReturnMethod } from "@hcc/core";
const method: ReturnMethod = "post";

export {};
