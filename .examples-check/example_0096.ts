// from packages/core/src/enums.ts:135
import { type Channel } from "@hcc/core";
const channel: Channel = "online";

export {};
