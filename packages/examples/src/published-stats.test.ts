import { describe, expect, it } from "vitest";
import { publishedChecks, publishedStats } from "@hcc/examples";

describe("publishedStats", () => {
  it("holds the ten published tables, each with its source", () => {
    expect(publishedStats).toHaveLength(10);
    expect(new Set(publishedStats.map((t) => t.id)).size).toBe(10);
    for (const t of publishedStats) expect(t.source.length).toBeGreaterThan(10);
  });

  it("keeps the seed's figures", () => {
    const seed = publishedStats[0];
    expect(seed.received).toEqual({ total: 14168, direct: 11533, postal: 1958, online: 677 });
    expect([seed.resolved, seed.in_progress, seed.postal_results_returned]).toEqual([12356, 1812, 1516]);
  });
});

describe("publishedChecks", () => {
  const checks = publishedChecks.filter((c) => c.expectation === "check");
  const known = publishedChecks.filter((c) => c.expectation === "known_inconsistency");

  it.each(checks.map((c) => [`${c.tableId}: ${c.description}`, c] as const))("%s holds", (_name, c) => {
    expect(c.left).toBe(c.right);
    expect(c.holds).toBe(true);
  });

  it.each(known.map((c) => [`${c.tableId}: ${c.description}`, c] as const))("%s is a documented inconsistency", (_name, c) => {
    expect(c.left).not.toBe(c.right);
    expect(c.holds).toBe(false);
    expect(c.note).toBeTruthy();
  });

  it("covers every table that publishes checks or caveats", () => {
    const withChecks = publishedStats.filter((t) => "checks" in t || "caveats" in t).map((t) => t.id);
    for (const id of withChecks) expect(publishedChecks.some((c) => c.tableId === id)).toBe(true);
  });

  it("records the sizes of the documented gaps", () => {
    const byDescription = (d: string) => known.find((c) => c.description.includes(d));
    const components = byDescription("carried_over + new_direct");
    expect(components?.left).toBe(5642);
    expect(components?.right).toBe(5650);
    const hue = known.find((c) => c.description.startsWith("Mức 1, 2"));
    expect((hue?.right ?? 0) - (hue?.left ?? 0)).toBe(9612);
  });
});
