// from packages/core/src/dates.ts:236
import { parseInstant } from "@hcc/core";
parseInstant("2019-05-06"); //=> "2019-05-06T00:00:00+07:00"
parseInstant(new Date("2019-05-06T01:00:00Z")); //=> "2019-05-06T08:00:00+07:00"

export {};
