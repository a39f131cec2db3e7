import * as z from "zod";
import { HccError } from "./errors.js";
import { withJsonHint } from "./_internal/json-hints.js";
import { describeValue } from "./_internal/describe.js";

/**
 * A label in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { type Label } from "@hcc/core";
 * const label: Label = { vi: "Trực tuyến", en: "Online" };
 * ```
 *
 * @category Code lists
 */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/**
 * Language of a human-readable label or message: `"vi"` (default everywhere) or `"en"`.
 *
 * @example
 * ```ts
 * import { type Lang } from "@hcc/core";
 * const lang: Lang = "vi";
 * ```
 *
 * @category Code lists
 */
export type Lang = "vi" | "en";

/**
 * One entry of a {@link CodeList}: the English key used in code, the national numeric code
 * (as sent on the wire) and the labels.
 *
 * @typeParam K - the key type
 * @example
 * ```ts
 * import { type CodeListEntry } from "@hcc/core";
 * const entry: CodeListEntry<"online"> = { key: "online", code: 2, label: { vi: "Trực tuyến", en: "Online" } };
 * ```
 *
 * @category Code lists
 */
export interface CodeListEntry<K extends string> {
  readonly key: K;
  readonly code: number;
  readonly label: Label;
}

/**
 * A national code list (dossier statuses, channels, levels…): keys for code, numeric codes for
 * the wire, vi/en labels, and a zod schema that accepts the key, the number or its string.
 *
 * @typeParam K - the union of keys
 * @example
 * ```ts
 * import { channels } from "@hcc/core";
 * channels.fromCode("2"); //=> "online"
 * channels.toCode("postal"); //=> 3
 * channels.label("direct", "en"); //=> "Direct (at the desk)"
 * ```
 *
 * @category Code lists
 */
export interface CodeList<K extends string> {
  /** Name of the list, used in error messages (e.g. `"dossier status"`). */
  readonly name: string;
  /** Entries in code order. */
  readonly entries: readonly CodeListEntry<K>[];
  /** All keys in code order. */
  readonly keys: readonly K[];
  /** Schema accepting a key, a numeric code or a numeric string; outputs the key. */
  readonly schema: z.ZodType<K, K | number | string>;
  /**
   * Tells whether a value is one of the keys.
   *
   * @example
   * ```ts
   * import { channels } from "@hcc/core";
   * channels.is("online"); //=> true
   * channels.is(2); //=> false (a code, not a key)
   * ```
   */
  is(value: unknown): value is K;
  /**
   * Key of a national code (number or numeric string) or of a key itself. Throws `unknown_code`.
   *
   * @example
   * ```ts
   * import { dossierStatuses } from "@hcc/core";
   * dossierStatuses.fromCode(2); //=> "received"
   * dossierStatuses.fromCode("2"); //=> "received"
   * dossierStatuses.fromCode("received"); //=> "received"
   * ```
   */
  fromCode(code: number | string): K;
  /**
   * National numeric code of a key. Throws `unknown_code`.
   *
   * @example
   * ```ts
   * import { dossierStatuses } from "@hcc/core";
   * dossierStatuses.toCode("received"); //=> 2
   * ```
   */
  toCode(key: K): number;
  /**
   * The label of a key in a language (Vietnamese by default).
   *
   * @example
   * ```ts
   * import { channels } from "@hcc/core";
   * channels.label("online"); //=> "Trực tuyến"
   * channels.label("online", "en"); //=> "Online"
   * ```
   */
  label(key: K, lang?: Lang): string;
}

/**
 * Builds a {@link CodeList} from its entries. Used by `@hcc/core` for every national code list;
 * available for deployments that need a list of their own.
 *
 * @param name - what the list is, for error messages
 * @param entries - the entries, keys and codes unique
 * @returns the frozen code list
 * @throws {HccError} `invalid_input` when keys or codes repeat
 * @example
 * ```ts
 * import { defineCodeList } from "@hcc/core";
 * const shifts = defineCodeList("shift", [
 *   { key: "morning", code: 1, label: { vi: "Sáng", en: "Morning" } },
 *   { key: "afternoon", code: 2, label: { vi: "Chiều", en: "Afternoon" } },
 * ] as const);
 * shifts.fromCode(2); //=> "afternoon"
 * ```
 *
 * @category Code lists
 */
export function defineCodeList<const K extends string>(
  name: string,
  entries: readonly CodeListEntry<K>[],
): CodeList<K> {
  const byKey = new Map<string, CodeListEntry<K>>();
  const byCode = new Map<number, CodeListEntry<K>>();
  for (const entry of entries) {
    if (byKey.has(entry.key) || byCode.has(entry.code)) {
      throw new HccError("invalid_input", `Code list ${name} repeats key ${entry.key} or code ${entry.code}`, {
        value: entry,
      });
    }
    byKey.set(entry.key, entry);
    byCode.set(entry.code, entry);
  }
  const keys = Object.freeze(entries.map((e) => e.key));
  const lookup = (value: unknown): K | undefined => {
    if (typeof value === "string") {
      const byName = byKey.get(value);
      if (byName !== undefined) return byName.key;
      const trimmed = value.trim();
      if (/^-?\d+$/.test(trimmed)) return byCode.get(Number(trimmed))?.key;
      return undefined;
    }
    if (typeof value === "number") return byCode.get(value)?.key;
    return undefined;
  };
  const describe = `one of ${entries.map((e) => `${e.key} (${e.code})`).join(", ")}`;
  const schema = withJsonHint(z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      const key = lookup(value);
      if (key === undefined) {
        ctx.addIssue({ code: "custom", message: `Unknown ${name} ${describeValue(value)}: expected ${describe}`, input: value });
        return z.NEVER;
      }
      return key;
    }), {
    description: `${name}: ${describe}`,
    anyOf: [
      { type: "string", enum: [...entries.map((e) => e.key), ...entries.map((e) => String(e.code))] },
      { type: "integer", enum: entries.map((e) => e.code) },
    ],
  }) as unknown as z.ZodType<K, K | number | string>;
  const list: CodeList<K> = {
    name,
    entries: Object.freeze([...entries]),
    keys,
    schema,
    is: (value): value is K => typeof value === "string" && byKey.has(value),
    fromCode(code) {
      const key = lookup(code);
      if (key === undefined) {
        throw new HccError("unknown_code", `Unknown ${name} ${describeValue(code)}: expected ${describe}`, { value: code });
      }
      return key;
    },
    toCode(key) {
      const entry = byKey.get(key);
      if (entry === undefined) {
        throw new HccError("unknown_code", `Unknown ${name} ${describeValue(key)}: expected ${describe}`, { value: key });
      }
      return entry.code;
    },
    label(key, lang = "vi") {
      if (lang !== "vi" && lang !== "en") {
        throw new HccError("invalid_input", `Unknown language ${describeValue(lang)} for a ${name} label: expected "vi" or "en"`, { value: lang });
      }
      const entry = byKey.get(key);
      if (entry === undefined) {
        throw new HccError("unknown_code", `Unknown ${name} ${describeValue(key)}: expected ${describe}`, { value: key });
      }
      return entry.label[lang];
    },
  };
  return Object.freeze(list);
}
