// from packages/core/src/schemas.ts:30
import { localDateSchema } from "@hcc/core";
localDateSchema.parse("2019-05-05T20:00:00Z"); //=> "2019-05-06"

export {};
