// from packages/core/src/agency-code.ts:81
import { parseAgencyCode } from "@hcc/core";
const p = parseAgencyCode("000.00.53.H48");
p.level; //=> 2
p.province; //=> "H48"
p.parentCode; //=> "000.00.00.H48"

export {};
