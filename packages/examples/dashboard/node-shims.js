// Browser stand-ins for the Node built-ins that @hcc/stats' file reader imports. The dashboard
// never reads files; calling any of these is a bug and says so.
const unavailable = (name) => () => {
  throw new Error(`${name} is not available in the browser`);
};
export const existsSync = unavailable("fs.existsSync");
export const statSync = unavailable("fs.statSync");
export const createReadStream = unavailable("fs.createReadStream");
export const open = unavailable("fs/promises.open");
export const availableParallelism = () => 1;
export const fileURLToPath = unavailable("url.fileURLToPath");
export class Worker {
  constructor() {
    throw new Error("worker_threads.Worker is not available in the browser");
  }
}
export default {};
