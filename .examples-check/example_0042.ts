// from packages/core/src/dates.ts:37
import { parseInstant, type Instant } from "@hcc/core";
const at: Instant = parseInstant("2019-05-06T01:30:00Z"); //=> "2019-05-06T08:30:00+07:00"

export {};
