// from packages/core/src/dates.ts:269
import { parseLocalDate } from "@hcc/core";
parseLocalDate("2019-05-05T17:00:00Z"); //=> "2019-05-06" (midnight in Vietnam)

export {};
