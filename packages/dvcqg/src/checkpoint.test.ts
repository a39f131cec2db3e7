import { parseInstant } from "@hcc/core";
import { createMemoryCheckpointStore, emptyCheckpoint, parseCheckpoint, serializeCheckpoint } from "@hcc/dvcqg";
import { describe, expect, it } from "vitest";

describe("sync checkpoint", () => {
  it("serialises deterministically and parses back", async () => {
    const cp = {
      version: 1 as const,
      entries: {
        b: { state: "done" as const, fingerprint: "2", progressSent: 1, updatedAt: parseInstant("2024-03-01T09:00:00+07:00") },
        a: { state: "pending" as const, fingerprint: "1", progressSent: 0, updatedAt: parseInstant("2024-03-01T09:00:00+07:00") },
      },
    };
    const text = serializeCheckpoint(cp);
    expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"b"'));
    expect(parseCheckpoint(text)).toEqual(cp);
    const store = createMemoryCheckpointStore(text);
    expect(await store.load()).toEqual(cp);
    await store.save(emptyCheckpoint());
    expect(store.text()).toBe('{"version":1,"entries":{}}');
    expect(await createMemoryCheckpointStore().load()).toBeUndefined();
  });

  it("rejects text that is not JSON and a wrong shape", () => {
    expect(() => parseCheckpoint("{oops")).toThrow(expect.objectContaining({ code: "parse_error" }));
    expect(() => parseCheckpoint({ version: 2, entries: {} })).toThrow(expect.objectContaining({ code: "invalid_input" }));
    expect(() => parseCheckpoint({ version: 1, entries: { x: { state: "lost" } } })).toThrow(expect.objectContaining({ code: "invalid_input" }));
  });
});
