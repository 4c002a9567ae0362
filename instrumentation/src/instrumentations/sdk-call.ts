import { context } from "@opentelemetry/api";
import type { CallResult, LlmCall } from "./llm-call";

/**
 * How a patched SDK method hands its call to the span. Both SDKs (openai, @anthropic-ai/sdk) return
 * an APIPromise: a lazy Promise subclass with withResponse()/asResponse(). The app must get one back
 * exactly as before, so the result is transformed with the SDK's own _thenUnwrap() (which keeps the
 * class), failures are read from its responsePromise (which covers the SDK's retries: one span for
 * the whole call), and nothing here makes the SDK parse a body the app did not ask for.
 */
interface ApiPromiseLike {
  responsePromise?: Promise<unknown>;
  _thenUnwrap?: (transform: (data: unknown) => unknown) => ApiPromiseLike;
  asResponse?: () => Promise<unknown>;
  withResponse?: () => Promise<unknown>;
  then?: unknown;
}

export function traceSdkCall(call: LlmCall, invoke: () => unknown, onData: (data: unknown) => unknown): unknown {
  let result: unknown;
  try {
    result = context.with(call.context, invoke);
  } catch (err) {
    call.fail(err);
    throw err;
  }
  const promise = result as ApiPromiseLike;
  if (typeof promise?._thenUnwrap !== "function" || !(promise.responsePromise instanceof Promise)) {
    if (typeof promise?.then !== "function") return onData(result);
    return Promise.resolve(result).then(onData, (err: unknown) => {
      call.fail(err);
      throw err;
    });
  }
  promise.responsePromise.catch((err: unknown) => call.fail(err));
  const wrapped = promise._thenUnwrap((data) => onData(data));
  const { asResponse, withResponse } = wrapped;
  if (typeof asResponse === "function") {
    // withResponse() reads the raw Response and parses the body (our transform ends the span);
    // asResponse() alone hands the app the Response unread: only "it answered" is known then.
    let parsing = false;
    if (typeof withResponse === "function") {
      wrapped.withResponse = function (this: unknown) {
        parsing = true;
        return withResponse.call(this);
      };
    }
    wrapped.asResponse = function (this: unknown) {
      const response = asResponse.call(this);
      if (!parsing) response.then(() => call.succeed({}), () => undefined);
      return response;
    };
  }
  return wrapped;
}

/** What a stream observer does with each item, and what it learned by the end. */
export interface StreamHandlers {
  /** Sees every item; returns false to hide the item from the app (it was requested by llmscope). */
  onItem(item: unknown): boolean;
  result(): CallResult;
}

/**
 * Wraps the SDK Stream's `iterator` (used by for-await, tee() and toReadableStream() alike), so the
 * span ends when the stream ends, fails, is aborted, or the consumer stops early (break/return()).
 * A stream the app never reads leaves its span open.
 */
export function observeStream<S>(stream: S, call: LlmCall, handlers: StreamHandlers): S {
  const source = stream as { iterator?: (...args: unknown[]) => AsyncIterator<unknown> };
  const original = source.iterator;
  if (typeof original !== "function") {
    call.succeed(handlers.result());
    return stream;
  }
  source.iterator = function (this: unknown, ...args: unknown[]) {
    return observe(original.apply(this, args), call, handlers);
  };
  return stream;
}

/**
 * The same for SDKs whose streams are plain async iterables (ollama's AbortableAsyncIterator,
 * @google/genai's and the AWS SDK's async generators): wraps `[Symbol.asyncIterator]` on the object.
 */
export function observeAsyncIterable<S>(stream: S, call: LlmCall, handlers: StreamHandlers): S {
  const source = stream as { [Symbol.asyncIterator]?: () => AsyncIterator<unknown> } | null;
  const original = source?.[Symbol.asyncIterator];
  if (source == null || typeof original !== "function") {
    call.succeed(safeResult(handlers));
    return stream;
  }
  source[Symbol.asyncIterator] = function (this: unknown) {
    return observe(original.call(this), call, handlers);
  };
  return stream;
}

async function* observe(inner: AsyncIterator<unknown>, call: LlmCall, handlers: StreamHandlers): AsyncGenerator<unknown> {
  let settled = false;
  try {
    for (;;) {
      const next = await inner.next();
      if (next.done === true) break;
      call.markFirstChunk();
      if (keep(handlers, next.value)) yield next.value;
    }
    settled = true;
    call.succeed(safeResult(handlers));
  } catch (err) {
    settled = true;
    if (isAbort(err)) call.cancel(safeResult(handlers));
    else call.fail(err, safeResult(handlers));
    throw err;
  } finally {
    if (!settled) {
      call.cancel(safeResult(handlers));
      await inner.return?.();
    }
  }
}

// Telemetry never breaks the app: a chunk our mapping does not understand is passed on as it is.
function keep(handlers: StreamHandlers, item: unknown): boolean {
  try {
    return handlers.onItem(item);
  } catch {
    return true;
  }
}

function safeResult(handlers: StreamHandlers): CallResult {
  try {
    return handlers.result();
  } catch {
    return {};
  }
}

function isAbort(err: unknown): boolean {
  const name = (err as { constructor?: { name?: string }; name?: unknown } | null)?.constructor?.name;
  return name === "APIUserAbortError" || (err as { name?: unknown } | null)?.name === "AbortError";
}
