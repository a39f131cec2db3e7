import { HccError, isHccError } from "@hcc/core";

/** @internal Re-throws an item's error with its index in the message and the issue paths. */
export function prefixIssues(error: unknown, index: number, what: string): unknown {
  if (isHccError(error)) {
    return new HccError(error.code, `${what} #${index}: ${error.message}`, {
      value: error.value,
      issues: error.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
      cause: error,
    });
  }
  return error;
}
