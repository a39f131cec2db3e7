// from packages/core/src/dates.ts:213
import { formatInstant } from "@hcc/core";
formatInstant(Date.UTC(2019, 4, 6, 1, 0)); //=> "2019-05-06T08:00:00+07:00"

export {};
