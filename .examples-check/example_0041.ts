// from packages/core/src/dates.ts:17
import { parseInstant, type DateInput } from "@hcc/core";
const inputs: DateInput[] = [new Date(0), "2019-05-06", "2019-05-06T08:00", "2019-05-06T01:00:00Z"];
inputs.map(parseInstant)[2]; //=> "2019-05-06T08:00:00+07:00"

export {};
