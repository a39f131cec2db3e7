/** Counter slots of one group (indices into the group's Float64Array slice). */
export const C_NEW_DIRECT = 0;
export const C_NEW_ONLINE = 1;
export const C_NEW_POSTAL = 2;
export const C_CARRIED = 3;
export const C_EARLY = 4;
export const C_ON_TIME = 5;
export const C_LATE = 6;
export const C_WITHIN = 7;
export const C_OVERDUE = 8;
export const C_SCOPE_DIRECT = 9;
export const C_SCOPE_ONLINE = 10;
export const C_SCOPE_POSTAL = 11;
export const C_PROCESSING_SECONDS = 12;
export const C_WITHDRAWN_STOPPED = 13;
export const C_FEES = 14;
export const C_PAID_ONLINE = 15;
export const C_ERESULT_BASE = 16;
export const C_ERESULT = 17;
export const C_DIGITISED_BASE = 18;
export const C_DIGITISED_ERESULT = 19;
export const N_COUNTERS = 20;

/** Names of the counters, in slot order, as they appear in the JSON state. */
export const COUNTER_NAMES = [
  "newDirect",
  "newOnline",
  "newPostal",
  "carriedOver",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "inProgressWithin",
  "inProgressOverdue",
  "inScopeDirect",
  "inScopeOnline",
  "inScopePostal",
  "processingSeconds",
  "withdrawnOrStopped",
  "withFees",
  "paidOnline",
  "resultFlagKnown",
  "electronicResult",
  "digitisedFlagKnown",
  "digitisedWithElectronicResult",
] as const;

/** Flag bits of a row (service flags for the Decision 766 indicators). */
export const F_HAS_FEES = 1;
export const F_PAID_ONLINE = 2;
export const F_DIGITISED = 4;
export const F_ERESULT = 8;
export const F_FEES_KNOWN = 16;
export const F_ERESULT_KNOWN = 32;
export const F_DIGITISED_KNOWN = 64;
export const F_PAID_KNOWN = 128;

/** Per-entity (procedure / agency) counters for the "top late" tables. */
export const E_HANDLED = 0;
export const E_LATE = 1;
export const E_OVERDUE = 2;
export const N_ENTITY = 3;
