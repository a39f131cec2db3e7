// from packages/core/src/enums.ts:351
import { timeUnits } from "@hcc/core";
timeUnits.label("working_days"); //=> "Ngày làm việc"

export {};
