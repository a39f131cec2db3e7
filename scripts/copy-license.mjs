#!/usr/bin/env node
// `prepack` of every package: copies the repository's MIT LICENSE into the package directory, so
// each tarball (`npm pack`, `npm publish`, `attw --pack`) carries it. The copies are git-ignored:
// the root LICENSE is the only one to edit.
import { copyFileSync } from "node:fs";

copyFileSync(new URL("../LICENSE", import.meta.url), "LICENSE");
