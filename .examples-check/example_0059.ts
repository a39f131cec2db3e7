// from packages/core/src/dates.ts:405
import { vietnamParts, type VietnamParts } from "@hcc/core";
const parts: VietnamParts = vietnamParts("2019-05-06T08:30:00+07:00");
parts.minuteOfDay; //=> 510

export {};
