import { context } from "@opentelemetry/api";
import type { CallResult, LlmCall } from "./llm-call";

/**
 * How a patched SDK method hands its call to the span. Both SDKs (openai, @anthropic-ai/sdk) return
 * an APIPromise: a lazy Promise subclass with withResponse()/asResponse(). The app must get one back
 * exactly as before, so the result is transformed inside the SDK's own parse step (its
 * parseResponse, or _thenUnwrap() where that is not reachable: both keep the class), failures are
 * read from its responsePromise (which covers the SDK's retries: one span for the whole call), and
 * nothing here makes the SDK parse a body the app did not ask for.
 */
interface ApiPromiseLike {
  responsePromise?: Promise<unknown>;
  parseResponse?: (this: unknown, a: unknown, b: unknown) => unknown;
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
  const wrapped = transformed(promise, onData);
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
      if (!parsing)
        response.then(
          () => call.succeed({}),
          () => undefined,
        );
      return response;
    };
  }
  return wrapped;
}

/**
 * The APIPromise whose parsed value passes through `onData`. Its parseResponse is wrapped in
 * place: the same promise goes back to the app, and the SDK parses once, without the extra
 * APIPromise, async function and second request-id header read that _thenUnwrap() costs on every
 * call. Its two parameters are (client, props) in openai 5+ and (props) in 4.
 */
function transformed(promise: ApiPromiseLike, onData: (data: unknown) => unknown): ApiPromiseLike {
  const parseResponse = promise.parseResponse;
  if (typeof parseResponse !== "function") return promise._thenUnwrap!((data) => onData(data));
  promise.parseResponse = function (this: unknown, a: unknown, b: unknown) {
    return Promise.resolve(parseResponse.call(this, a, b)).then(onData);
  };
  return promise;
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
    call.succeed(safeResult(handlers, call));
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
    call.succeed(safeResult(handlers, call));
    return stream;
  }
  source[Symbol.asyncIterator] = function (this: unknown) {
    return observe(original.call(this), call, handlers);
  };
  return stream;
}

/**
 * The observing iterator, written out rather than as an async generator: a generator wrapped
 * around the SDK's iterator costs extra promise turns on every chunk, this costs none. The span
 * ends once: at the end of the stream, on an error (an abort is a cancel, not a failure), or when
 * the consumer stops early (for-await's break calls return()).
 */
function observe(inner: AsyncIterator<unknown>, call: LlmCall, handlers: StreamHandlers): AsyncIterableIterator<unknown> {
  let settled = false;
  const settle = (end: () => void) => {
    if (settled) return;
    settled = true;
    end();
  };
  const failed = (err: unknown): never => {
    settle(() => (isAbort(err) ? call.cancel(safeResult(handlers, call)) : call.fail(err, safeResult(handlers, call))));
    throw err;
  };
  const step = (next: IteratorResult<unknown>): IteratorResult<unknown> | Promise<IteratorResult<unknown>> => {
    if (next.done === true) {
      settle(() => call.succeed(safeResult(handlers, call)));
      return next;
    }
    call.markFirstChunk();
    // An item llmscope itself asked for (and the app did not) is skipped: read the next one.
    return keep(handlers, next.value, call) ? next : inner.next().then(step, failed);
  };
  return {
    next: () => (settled ? Promise.resolve({ done: true, value: undefined }) : inner.next().then(step, failed)),
    return: (value?: unknown) => {
      settle(() => call.cancel(safeResult(handlers, call)));
      return inner.return !== undefined ? inner.return(value) : Promise.resolve({ done: true, value });
    },
    throw: (err?: unknown) => {
      settle(() => call.fail(err, safeResult(handlers, call)));
      return inner.throw !== undefined ? inner.throw(err) : Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

// Telemetry never breaks the app: a chunk our mapping does not understand is passed on as it is.
function keep(handlers: StreamHandlers, item: unknown, call: LlmCall): boolean {
  try {
    return handlers.onItem(item);
  } catch (err) {
    call.diag.debug("a stream item could not be mapped; passed on unread", err);
    return true;
  }
}

function safeResult(handlers: StreamHandlers, call: LlmCall): CallResult {
  try {
    return handlers.result();
  } catch (err) {
    call.diag.debug("the end of a stream could not be mapped; the span keeps what the request said", err);
    return {};
  }
}

function isAbort(err: unknown): boolean {
  const name = (err as { constructor?: { name?: string }; name?: unknown } | null)?.constructor?.name;
  return name === "APIUserAbortError" || (err as { name?: unknown } | null)?.name === "AbortError";
}
