import { readFileSync } from "node:fs";
import path from "node:path";
import { isWrapped, type InstrumentationNodeModuleDefinition } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation, type LlmscopeInstrumentationConfig } from "./instrumentation-base";
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

/** A class method to wrap, by name: the class in the hooked module, the method, the wrapper. */
export type NamedPatch = [className: string, method: string, wrap: PrototypePatch["wrap"]];

/** The patches among `named` whose class the module holds, with that method. */
export function patchesIn(exports: unknown, named: readonly NamedPatch[]): PrototypePatch[] {
  const patches: PrototypePatch[] = [];
  for (const [className, method, wrap] of named) {
    const proto = prototypeWith(exports as Json | undefined, className, method);
    if (proto !== undefined) patches.push({ proto, method, wrap });
  }
  return patches;
}

/** What a subpath instrumentation hooks. */
export interface SubpathTarget {
  /** The instrumentation's name (`llmscope-…`). */
  name: string;
  specifiers: readonly string[];
  /** The declared version range, checked by hand: the specifier hooks bypass the base class's version check. */
  supportsVersion(version: string): boolean;
}

/** A subclass's static `target`. */
function targetOf(cls: unknown): SubpathTarget {
  const target = (cls as { target?: SubpathTarget }).target;
  if (target === undefined) throw new Error("a SubpathInstrumentation subclass must declare a static target");
  return target;
}

/** The specifier hooks of each enabled instrumentation; kept outside the class, which the base constructor enables before fields exist. */
const subpathHooks = new WeakMap<SubpathInstrumentation, SubpathHooks>();

/**
 * An instrumentation whose modules are hooked by subpath specifier (subpath-hooks.ts) instead of the
 * base class's module definitions. Subclasses declare what they hook as a static `target`, not as an
 * instance field: enable() runs inside the base constructor, before any instance field is set.
 */
export abstract class SubpathInstrumentation extends LlmscopeInstrumentation {
  constructor(config: LlmscopeInstrumentationConfig = {}) {
    super(targetOf(new.target).name, config);
  }

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
        hookSubpaths([...targetOf(this.constructor).specifiers], (exports, baseDir) => (this.supported(baseDir) ? this.patch(exports) : exports)),
      );
  }

  /** Whether the copy in `baseDir` (the package's folder, when the hook knows it) is in the declared range. */
  private supported(baseDir: string | undefined): boolean {
    if (baseDir === undefined) return true;
    try {
      const { version } = JSON.parse(readFileSync(path.join(baseDir, "package.json"), "utf8")) as { version?: unknown };
      return targetOf(this.constructor).supportsVersion(String(version));
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
