// from packages/core/src/errors.ts:154
import { safeParseLocalDate, type SafeParseResult } from "@hcc/core";
const result: SafeParseResult<string> = safeParseLocalDate("2019-05-06");
if (result.success) result.data; //=> "2019-05-06"

export {};
