// from packages/core/src/enums.ts:228
import { applicantKinds } from "@hcc/core";
applicantKinds.fromCode(2); //=> "business"

export {};
