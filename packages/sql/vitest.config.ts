import { packageProject } from "../../vitest.base.js";

// The DuckDB and PostgreSQL property tests start real engines: they get two minutes.
export default packageProject("sql", { test: { testTimeout: 120_000, hookTimeout: 120_000 } });
