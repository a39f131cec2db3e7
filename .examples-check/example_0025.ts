// from packages/core/src/agency-code.ts:52
import { formatAgencyCode, type AgencyCodeInput } from "@hcc/core";
const input: AgencyCodeInput = { level1Code: "H48", units: [53] };
formatAgencyCode(input); //=> "000.00.53.H48"

export {};
