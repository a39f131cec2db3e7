// from packages/core/src/enums.ts:199
import { pauseKinds } from "@hcc/core";
pauseKinds.label("financial_obligation", "en"); //=> "Financial obligation"

export {};
