// from packages/core/src/dates.ts:390
import { dayOfWeek, localDateToDayNumber } from "@hcc/core";
dayOfWeek(localDateToDayNumber("2019-05-06")); //=> 1 (Monday)

export {};
