// from packages/core/src/errors.ts:130
import { isHccError, parseLocalDate } from "@hcc/core";
try { parseLocalDate("not a date"); } catch (e) { isHccError(e); } //=> true

export {};
