// from packages/core/src/dates.ts:151
import { parseCompactInstant } from "@hcc/core";
parseCompactInstant("20190506143000"); //=> "2019-05-06T14:30:00+07:00"

export {};
