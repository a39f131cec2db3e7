// from packages/core/src/dates.ts:113
import { toEpochMs } from "@hcc/core";
toEpochMs("1970-01-01T07:00:00"); //=> 0

export {};
