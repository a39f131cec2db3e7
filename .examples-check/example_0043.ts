// from packages/core/src/dates.ts:51
import { parseLocalDate, type LocalDate } from "@hcc/core";
const day: LocalDate = parseLocalDate("2019-05-05T18:00:00Z"); //=> "2019-05-06"

export {};
