import { createRequire } from "node:module";
import path from "node:path";

/**
 * Load hooks for modules imported by a subpath specifier (`@modelcontextprotocol/sdk/client/index.js`)
 * of a package whose main entry cannot be resolved. The OpenTelemetry instrumentation base finds a
 * package's files through its main entry, so it never sees them; these hooks match the specifier
 * itself, with the require-in-the-middle and import-in-the-middle copies that
 * @opentelemetry/instrumentation brings (resolved from there, as the ESM loader hook is).
 */
export interface SubpathHooks {
  unhook(): void;
}

type OnLoad = (exports: unknown, baseDir: string | undefined) => unknown;
interface HookHandle {
  unhook(): void;
}
type HookClass = new (modules: string[], options: object, onLoad: (exports: unknown, name: string, baseDir?: string) => unknown) => HookHandle;

export function hookSubpaths(specifiers: string[], onLoad: OnLoad): SubpathHooks {
  const from = { paths: [path.dirname(require.resolve("@opentelemetry/instrumentation"))] };
  const hooks: HookHandle[] = [];
  // require(): a whitelisted id is matched as written, whatever file it resolves to.
  const load = createRequire(__filename);
  const ritm = load(load.resolve("require-in-the-middle", from)) as { Hook: HookClass };
  hooks.push(new ritm.Hook(specifiers, { internals: false }, (exports, _name, baseDir) => onLoad(exports, baseDir)));
  // import: matched by specifier once the loader hook (registered with these specifiers) wrapped the module.
  const iitm = load(load.resolve("import-in-the-middle", from)) as { Hook: HookClass };
  hooks.push(new iitm.Hook(specifiers, {}, (exports, _name, baseDir) => onLoad(exports, baseDir)));
  return { unhook: () => hooks.forEach((h) => h.unhook()) };
}
