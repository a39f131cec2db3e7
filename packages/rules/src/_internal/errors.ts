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

/** @internal Parses every item of a list, naming the index of a bad one. */
export function parseList<T>(list: unknown, parse: (item: unknown) => T, what: string, where: string): T[] {
  if (!Array.isArray(list)) throw new HccError("invalid_input", `${where} expects an array of ${what.toLowerCase()}s, got ${typeof list}`, { value: list });
  return list.map((item, i) => {
    try {
      return parse(item);
    } catch (error) {
      throw prefixIssues(error, i, what);
    }
  });
}
