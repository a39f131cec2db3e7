// from packages/core/src/dates.ts:433
import { vietnamParts } from "@hcc/core";
vietnamParts("2019-05-05T23:30:00Z").day; //=> 6

export {};
