export const DOCTOR_USAGE = "llmscope doctor";
export async function doctorCommand(_argv: string[], _cwd: string, _env: NodeJS.ProcessEnv, _out: NodeJS.WritableStream): Promise<number> {
  return 0;
}
