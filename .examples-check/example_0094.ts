// from packages/core/src/enums.ts:104
import { isTerminalStatus } from "@hcc/core";
isTerminalStatus("supplement_requested"); //=> false

export {};
