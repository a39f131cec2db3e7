// from packages/core/src/dates.ts:196
import { formatCompactInstant } from "@hcc/core";
formatCompactInstant(0); //=> "19700101070000"

export {};
