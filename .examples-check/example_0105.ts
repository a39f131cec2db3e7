// from packages/core/src/enums.ts:259
import { onlineServiceLevels } from "@hcc/core";
onlineServiceLevels.label("full", "en"); //=> "Full online"

export {};
