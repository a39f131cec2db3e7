// from packages/core/src/code-list.ts:79
import { defineCodeList } from "@hcc/core";
const shifts = defineCodeList("shift", [
  { key: "morning", code: 1, label: { vi: "Sáng", en: "Morning" } },
  { key: "afternoon", code: 2, label: { vi: "Chiều", en: "Afternoon" } },
] as const);
shifts.fromCode(2); //=> "afternoon"

export {};
