// from packages/core/src/dossier.ts:255
import { type ProcessingEvent } from "@hcc/core";
const e: ProcessingEvent = { step: "receive", at: "2024-03-01T09:00:00+07:00", place: "center" };

export {};
