// from packages/core/src/dates.ts:333
import { toDayNumber } from "@hcc/core";
toDayNumber("1970-01-02"); //=> 1

export {};
