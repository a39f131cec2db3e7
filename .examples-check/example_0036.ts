// from packages/core/src/code-list.ts:19
import { type Lang } from "@hcc/core";
const lang: Lang = "vi";

export {};
