// from packages/core/src/enums.ts:317
import { stepKinds } from "@hcc/core";
stepKinds.label("appraise"); //=> "Thẩm định"

export {};
