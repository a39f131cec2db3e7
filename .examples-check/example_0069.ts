// from packages/core/src/enums.ts:306
import { type Place } from "@hcc/core";
const place: Place = "center";

export {};
