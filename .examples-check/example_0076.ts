// from packages/core/src/errors.ts:63
import { HccError, type HccErrorOptions } from "@hcc/core";
const options: HccErrorOptions = { value: "H99", issues: [] };
new HccError("unknown_code", "Unknown province code H99", options);

export {};
