// from packages/core/src/code-list.ts:30
import { type CodeListEntry } from "@hcc/core";
const entry: CodeListEntry<"online"> = { key: "online", code: 2, label: { vi: "Trực tuyến", en: "Online" } };

export {};
