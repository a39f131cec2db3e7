/**
 * `@hcc/examples` — typed, importable example data for the `@hcc` libraries: the Bến Tre Public
 * Administrative Service Center's first three months (6 May – 9 Aug 2019) as a seeded,
 * deterministic dossier generator that reproduces the published figures exactly, its departments,
 * a sample catalogue of real procedures with all eight disclosures, the published one-stop
 * statistics of several provinces with their arithmetic checks, and a generator of large synthetic
 * datasets for benchmarks and demos.
 *
 * Names and codes are illustrative wherever they were not published; each export says which.
 *
 * @packageDocumentation
 */

export { benTreDepartment, benTreDepartments } from "./departments.js";
export type { BenTreDepartment } from "./departments.js";

export { benTreCatalogue, sampleProcedure } from "./catalogue.js";
export type { SampleProcedure } from "./catalogue.js";

export { BEN_TRE_2019, generateBenTre2019, seedFigures } from "./ben-tre-2019.js";
export type { BenTre2019Options, SeedFigures } from "./ben-tre-2019.js";

export { publishedChecks, publishedStats } from "./published-stats.js";
export type { PublishedCheck, PublishedTable } from "./published-stats.js";

export { PORTAL_766_PERIOD, portal766Catalogue, portal766Dossiers } from "./portal-766.js";
export type { PortalExampleDossier } from "./portal-766.js";

export { syntheticCsv, syntheticDossiers, syntheticNdjson } from "./synthetic.js";
export type { SyntheticOptions, SyntheticRow } from "./synthetic.js";
