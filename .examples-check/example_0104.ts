// from packages/core/src/schemas.ts:52
import { timeOfDaySchema } from "@hcc/core";
timeOfDaySchema.parse("15:00"); //=> "15:00"

export {};
