// from packages/core/src/enums.ts:119
import { channels } from "@hcc/core";
channels.fromCode(3); //=> "postal"

export {};
