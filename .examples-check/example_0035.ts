// from packages/core/src/code-list.ts:5
import { type Label } from "@hcc/core";
const label: Label = { vi: "Trực tuyến", en: "Online" };

export {};
