// from packages/core/src/enums.ts:88
import { isReceivedStatus } from "@hcc/core";
isReceivedStatus("registered"); //=> false

export {};
