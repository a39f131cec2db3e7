// from packages/core/src/schemas.ts:5
import { instantSchema } from "@hcc/core";
instantSchema.parse("2019-05-06 08:00"); //=> "2019-05-06T08:00:00+07:00"

export {};
