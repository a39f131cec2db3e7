// from packages/core/src/errors.ts:1
import { type HccErrorCode } from "@hcc/core";
const code: HccErrorCode = "invalid_date";

export {};
