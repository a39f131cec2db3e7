// from packages/core/src/agency-code.ts:120
import { safeParseAgencyCode } from "@hcc/core";
safeParseAgencyCode("H48").success; //=> false

export {};
