// from packages/core/src/dates.ts:349
import { localDateToDayNumber } from "@hcc/core";
localDateToDayNumber("2019-05-06"); //=> 18022

export {};
