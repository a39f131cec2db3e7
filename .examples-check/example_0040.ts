// from packages/core/src/dates.ts:3
import { VIETNAM_UTC_OFFSET_MINUTES } from "@hcc/core";
VIETNAM_UTC_OFFSET_MINUTES; //=> 420

export {};
