import { COLLECTOR_COMMANDS, COLLECTOR_PACKAGE, findCollectorCli, runCollectorCli } from "./collector-cli";
import { doctorCommand, DOCTOR_USAGE } from "./doctor";

const HELP = `llmscope — OpenTelemetry-native observability for LLM applications

Usage:
  ${DOCTOR_USAGE}
      Check what this app folder will see: collector endpoint, token, content capture,
      SDK versions, duplicate OpenTelemetry API copies. Prints each problem and its fix.
  llmscope start | demo | query | report | alerts | scan | traces | trace ...
      The collector's commands; they need ${COLLECTOR_PACKAGE} installed
      (npm install --save-dev ${COLLECTOR_PACKAGE}); once it is, this help lists them in full.
`;

export async function main(argv: string[], cwd: string = process.cwd()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(HELP);
    const collector = findCollectorCli(cwd);
    process.stdout.write(
      collector === undefined ? `\n${COLLECTOR_PACKAGE} is not installed here.\n` : `\n${COLLECTOR_PACKAGE} is installed: its commands follow.\n\n`,
    );
    if (collector !== undefined) await runCollectorCli(collector, ["--help"]);
    return name ? 0 : 2;
  }
  if (name === "doctor") return doctorCommand(rest, cwd, process.env, process.stdout);
  if ((COLLECTOR_COMMANDS as readonly string[]).includes(name)) {
    const collector = findCollectorCli(cwd);
    if (collector === undefined) {
      process.stderr.write(
        `llmscope ${name}: this command runs the collector, which is a separate package. Install it in this folder with\n` +
          `  npm install --save-dev ${COLLECTOR_PACKAGE}\n` +
          `or run the collector image (see the llmscope README, "Run the collector").\n`,
      );
      return 2;
    }
    return runCollectorCli(collector, argv);
  }
  process.stderr.write(`llmscope: unknown command "${name}"\n\n${HELP}`);
  return 2;
}
