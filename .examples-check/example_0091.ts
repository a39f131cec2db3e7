// from packages/core/src/enums.ts:57
import { TERMINAL_STATUSES } from "@hcc/core";
TERMINAL_STATUSES.includes("returned"); //=> true

export {};
