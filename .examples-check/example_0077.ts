// from packages/core/src/errors.ts:84
import { HccError, parseInstant } from "@hcc/core";
try {
  parseInstant("2019-02-30");
} catch (error) {
  if (error instanceof HccError) console.log(error.code); //=> "invalid_date"
}

export {};
