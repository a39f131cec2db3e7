// The batch of the crash test, shared by the test (to check the portal) and its child process.
import type { SyncItem } from "@hcc/dvcqg";

export interface CrashChildArgs {
  readonly url: string;
  readonly authUrl: string;
  /** The checkpoint file. */
  readonly checkpoint: string;
  readonly dossiers: number;
  /** History events per dossier. */
  readonly events: number;
  /** `progressChunkSize`. */
  readonly chunk: number;
}

export const crashCode = (i: number): string => `000.00.53.H07-240301-${String(i).padStart(4, "0")}`;

/** `n` dossiers with `events` processing events each (a receipt, then appraisals a day apart). */
export function crashBatch(n: number, events: number): SyncItem[] {
  return Array.from({ length: n }, (_, i) => ({
    dossier: {
      code: crashCode(i + 1),
      procedureCode: "1.001612",
      agencyCode: "000.00.53.H07",
      status: "processing" as const,
      receivedAt: "2024-03-01T08:00",
      events: Array.from({ length: events }, (_, k) => ({
        step: k === 0 ? ("receive" as const) : ("appraise" as const),
        at: `2024-03-${String(k + 1).padStart(2, "0")}T09:00`,
        place: "center" as const,
      })),
    },
  }));
}
