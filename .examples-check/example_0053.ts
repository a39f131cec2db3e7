// from packages/core/src/dates.ts:301
import { epochMsToDayNumber } from "@hcc/core";
epochMsToDayNumber(Date.UTC(1970, 0, 1, 17, 0)); //=> 1 (already 2 January in Vietnam)

export {};
