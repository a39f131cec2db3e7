// from packages/core/src/dates.ts:254
import { safeParseInstant } from "@hcc/core";
safeParseInstant("2019-02-29").success; //=> false

export {};
