// from packages/core/src/dossier.ts:215
import { type Pause } from "@hcc/core";
const pause: Pause = { kind: "supplement", from: "2024-03-01T09:00:00+07:00" };

export {};
