// from packages/core/src/agency-code.ts:135
import { isAgencyCode } from "@hcc/core";
isAgencyCode("000.00.00.H61"); //=> true
isAgencyCode("000.00.H61"); //=> false

export {};
