// from packages/core/src/dates.ts:168
import { compactToEpochMs } from "@hcc/core";
compactToEpochMs("19700101070000"); //=> 0

export {};
