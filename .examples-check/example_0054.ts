// from packages/core/src/dates.ts:317
import { dayNumberToEpochMs } from "@hcc/core";
dayNumberToEpochMs(0, 7 * 60); //=> 0 (07:00 in Vietnam is midnight UTC)

export {};
