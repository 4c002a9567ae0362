import { afterAll, afterEach, beforeAll } from "vitest";
import { configureContent } from "../content";
import { useInMemoryTracing } from "./in-memory";

/**
 * What every SDK instrumentation test sets up: real tracing into memory, the SDK module patched,
 * a fake server on 127.0.0.1 for the whole file, and content capture back to its default after each
 * test (a test that opts in must not leak into the next). `fake()` is the started server, to be
 * called from hooks and tests, which run after the start; `port()` is the port spans record as
 * server.port.
 */
export function useInstrumentedFake<F extends { readonly url: string; close(): Promise<void> }>(
  instrument: () => void | Promise<void>,
  start: () => Promise<F>,
) {
  const otel = useInMemoryTracing();
  let server: F | undefined;
  beforeAll(async () => {
    await instrument();
    server = await start();
  });
  afterAll(() => server?.close());
  afterEach(() => configureContent());

  const fake = (): F => {
    if (!server) throw new Error("the fake server is started in beforeAll: call fake() from a hook or a test");
    return server;
  };
  return { otel, fake, port: () => Number(new URL(fake().url).port) };
}
