// from packages/core/src/dates.ts:372
import { dayNumberToLocalDate } from "@hcc/core";
dayNumberToLocalDate(18022); //=> "2019-05-06"

export {};
