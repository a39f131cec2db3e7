import { createReadStream } from "node:fs";
import type { Io } from "./context.js";

/** Files at least this big get a progress bar (when stderr is a terminal). */
export const PROGRESS_THRESHOLD_BYTES = 16 * 1024 * 1024;

/** The threshold, overridable with `HCC_PROGRESS_MIN_BYTES` (tests, slow disks). */
export function progressThreshold(env: Readonly<Record<string, string | undefined>>): number {
  const n = Number(env["HCC_PROGRESS_MIN_BYTES"]);
  return env["HCC_PROGRESS_MIN_BYTES"] !== undefined && Number.isFinite(n) && n >= 0 ? n : PROGRESS_THRESHOLD_BYTES;
}

/**
 * The file's chunks, drawing a progress bar on stderr as they are read (at most every 200 ms).
 * The bar is cleared at the end.
 */
export async function* withProgress(path: string, size: number, io: Io, label: string): AsyncGenerator<Uint8Array> {
  let read = 0;
  let last = 0;
  const draw = (): void => {
    const ratio = size === 0 ? 1 : Math.min(1, read / size);
    const filled = Math.round(ratio * 30);
    io.err(`\r${label} [${"#".repeat(filled)}${".".repeat(30 - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${(read / 1048576).toFixed(0)}/${(size / 1048576).toFixed(0)} MB`);
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Uint8Array;
      read += bytes.length;
      const now = Date.now();
      if (now - last >= 200) {
        last = now;
        draw();
      }
      yield bytes;
    }
    draw();
  } finally {
    io.err(`\r${" ".repeat(label.length + 50)}\r`);
  }
}
