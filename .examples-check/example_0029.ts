// from packages/core/src/agency-code.ts:151
import { formatAgencyCode } from "@hcc/core";
formatAgencyCode({ level1Code: "H61" }); //=> "000.00.00.H61"
formatAgencyCode({ level1Code: "G12", units: ["05", 3] }); //=> "000.03.05.G12"

export {};
