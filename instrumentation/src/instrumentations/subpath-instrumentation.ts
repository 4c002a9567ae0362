import { readFileSync } from "node:fs";
import path from "node:path";
import { isWrapped, type InstrumentationNodeModuleDefinition } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation } from "./instrumentation-base";
import type { Json } from "./json-values";
import { hookSubpaths, type SubpathHooks } from "./subpath-hooks";

/** An async method of a framework's class, as these instrumentations wrap them. */
export type AsyncMethod = (this: Json, ...args: unknown[]) => Promise<unknown>;

/** One method to wrap: the prototype that holds it, its name, the wrapper. */
export interface PrototypePatch {
  proto: Record<string, AsyncMethod>;
  method: string;
  wrap: (original: AsyncMethod) => AsyncMethod;
}

/** The prototype in `mod[className]` when it has `method`. */
export function prototypeWith(mod: Json | undefined, className: string, method: string): Record<string, AsyncMethod> | undefined {
  const proto = mod?.[className]?.prototype as Record<string, AsyncMethod> | undefined;
  return typeof proto?.[method] === "function" ? proto : undefined;
}

/** The specifier hooks of each enabled instrumentation; kept outside the class, which the base constructor enables before fields exist. */
const subpathHooks = new WeakMap<SubpathInstrumentation, SubpathHooks>();

/**
 * An instrumentation whose modules are hooked by subpath specifier (subpath-hooks.ts) instead of the
 * base class's module definitions. Subclasses name the specifiers and the versions they patch as
 * methods, not fields: enable() runs inside the base constructor, before any field is set.
 */
export abstract class SubpathInstrumentation extends LlmscopeInstrumentation {
  protected abstract specifiers(): string[];

  /** The declared version range, checked by hand: the specifier hooks bypass the base class's version check. */
  protected abstract supportsVersion(version: string): boolean;

  /** The methods of the classes a hooked module holds (none, for a module without them). */
  protected abstract prototypePatches(exports: unknown): PrototypePatch[];

  /** Whether `exports` holds any class this instrumentation patches (for the instrument*() fallbacks' errors). */
  holdsTargets(exports: unknown): boolean {
    return this.prototypePatches(exports).length > 0;
  }

  patch<T>(exports: T): T {
    for (const p of this.prototypePatches(exports)) if (!isWrapped(p.proto[p.method])) this._wrap(p.proto, p.method, p.wrap);
    return exports;
  }

  unpatch(exports: unknown): void {
    for (const p of this.prototypePatches(exports)) if (isWrapped(p.proto[p.method])) this._unwrap(p.proto, p.method);
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    return [];
  }

  override enable(): void {
    super.enable();
    if (!subpathHooks.has(this))
      subpathHooks.set(
        this,
        hookSubpaths(this.specifiers(), (exports, baseDir) => (this.supported(baseDir) ? this.patch(exports) : exports)),
      );
  }

  /** Whether the copy in `baseDir` (the package's folder, when the hook knows it) is in the declared range. */
  private supported(baseDir: string | undefined): boolean {
    if (baseDir === undefined) return true;
    try {
      const { version } = JSON.parse(readFileSync(path.join(baseDir, "package.json"), "utf8")) as { version?: unknown };
      return this.supportsVersion(String(version));
    } catch {
      return false;
    }
  }

  override disable(): void {
    super.disable();
    subpathHooks.get(this)?.unhook();
    subpathHooks.delete(this);
  }
}
