// from packages/core/src/errors.ts:170
import { safely, parseLocalDate } from "@hcc/core";
safely(() => parseLocalDate("2019-13-01")).success; //=> false

export {};
