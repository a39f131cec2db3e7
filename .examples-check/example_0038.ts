// from packages/core/src/code-list.ts:47
import { channels } from "@hcc/core";
channels.fromCode("2"); //=> "online"
channels.toCode("postal"); //=> 3
channels.label("direct", "en"); //=> "Direct (at the desk)"

export {};
