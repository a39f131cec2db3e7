// from packages/core/src/agency.ts:74
import { safeParseAgency } from "@hcc/core";
safeParseAgency({ code: "X" }).success; //=> false (no name)

export {};
