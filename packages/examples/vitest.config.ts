import { packageProject } from "../../vitest.base.js";

export default packageProject("examples");
