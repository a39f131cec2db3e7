// from packages/core/src/agency-code.ts:17
import { parseAgencyCode, type AgencyCodeParts } from "@hcc/core";
const parts: AgencyCodeParts = parseAgencyCode("000.00.53.H48");
parts.units; //=> ["53"]

export {};
