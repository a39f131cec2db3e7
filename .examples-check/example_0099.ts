// from packages/core/src/enums.ts:174
import { returnMethods } from "@hcc/core";
returnMethods.fromCode("1"); //=> "post"

export {};
