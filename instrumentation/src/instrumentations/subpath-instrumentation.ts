import type { InstrumentationNodeModuleDefinition } from "@opentelemetry/instrumentation";
import { LlmscopeInstrumentation } from "./instrumentation-base";
import { hookSubpaths, type SubpathHooks } from "./subpath-hooks";

/** The specifier hooks of each enabled instrumentation; kept outside the class, which the base constructor enables before fields exist. */
const subpathHooks = new WeakMap<SubpathInstrumentation, SubpathHooks>();

/**
 * An instrumentation whose modules are hooked by subpath specifier (subpath-hooks.ts) instead of the
 * base class's module definitions. Subclasses name the specifiers and the versions they patch as
 * methods, not fields: enable() runs inside the base constructor, before any field is set.
 */
export abstract class SubpathInstrumentation extends LlmscopeInstrumentation {
  protected abstract specifiers(): string[];

  /** The version check the specifier hooks bypass in the base class; `baseDir` is the package's folder when known. */
  protected abstract supported(baseDir: string | undefined): boolean;

  abstract patch<T>(exports: T): T;

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

  override disable(): void {
    super.disable();
    subpathHooks.get(this)?.unhook();
    subpathHooks.delete(this);
  }
}
