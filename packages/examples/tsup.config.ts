import { defineLibrary } from "../../tsup.base.js";

export default defineLibrary();
