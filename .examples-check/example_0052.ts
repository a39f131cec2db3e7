// from packages/core/src/dates.ts:286
import { safeParseLocalDate } from "@hcc/core";
safeParseLocalDate("2019-05-06"); //=> { success: true, data: "2019-05-06" }

export {};
