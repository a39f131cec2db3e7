// from packages/core/src/enums.ts:70
import { TERMINAL_STATUS_PRECEDENCE } from "@hcc/core";
TERMINAL_STATUS_PRECEDENCE.done > TERMINAL_STATUS_PRECEDENCE.returned; //=> true

export {};
