/**
 * What the demo's fake OpenAI server (collector/src/demo/fake-openai-server.ts) does not speak,
 * for the instrumentation tests: the Responses API (plain and streamed), legacy completions,
 * a fixed chat completion, and injected failures, hangs and reasoning/cache usage.
 * It only ever listens on 127.0.0.1.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeOpenAIExtras {
  /** Base URL without `/v1`. */
  readonly url: string;
  readonly requests: number;
  /** The next requests fail with these statuses, in order (429 carries retry-after-ms: 1). */
  failNext(...statuses: (429 | 500)[]): void;
  hangNext(): void;
  close(): Promise<void>;
}

export const EXTRAS_TEXT = "Refunds take five business days.";
export const RESPONSES_USAGE = { input_tokens: 40, input_tokens_details: { cached_tokens: 32 }, output_tokens: 50, output_tokens_details: { reasoning_tokens: 38 }, total_tokens: 90 };
export const CHAT_USAGE = {
  prompt_tokens: 40,
  completion_tokens: 50,
  total_tokens: 90,
  prompt_tokens_details: { cached_tokens: 32, audio_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 38, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
};

export async function startFakeOpenAIExtras(): Promise<FakeOpenAIExtras> {
  const failures: number[] = [];
  const hanging = new Set<http.ServerResponse>();
  let hangs = 0;
  let requests = 0;
  let ids = 0;

  const server = http.createServer((req, res) => {
    requests++;
    let raw = "";
    req.on("data", (d: Buffer) => (raw += d.toString()));
    req.on("end", () => {
      if (hangs > 0) {
        hangs--;
        hanging.add(res);
        return;
      }
      const status = failures.shift();
      if (status !== undefined) {
        return sendJson(res, status, { error: { message: `injected ${status}`, type: status === 429 ? "requests" : "server_error", param: null, code: null } }, status === 429 ? { "retry-after-ms": "1" } : {});
      }
      const body = JSON.parse(raw || "{}") as Record<string, unknown>;
      const model = String(body.model);
      const id = ++ids;
      switch ((req.url ?? "").split("?")[0]) {
        case "/v1/chat/completions":
          return sendJson(res, 200, {
            id: `chatcmpl-extras-${id}`,
            object: "chat.completion",
            created: 1,
            model: `${model}-2025-01-01`,
            choices: [{ index: 0, message: { role: "assistant", content: EXTRAS_TEXT, refusal: null }, logprobs: null, finish_reason: "stop" }],
            usage: CHAT_USAGE,
          });
        case "/v1/completions":
          return sendJson(res, 200, {
            id: `cmpl-extras-${id}`,
            object: "text_completion",
            created: 1,
            model,
            choices: [{ index: 0, text: EXTRAS_TEXT, logprobs: null, finish_reason: "length" }],
            usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
          });
        case "/v1/responses": {
          const response = {
            id: `resp_extras_${id}`,
            object: "response",
            created_at: 1,
            status: "completed",
            model: `${model}-2025-01-01`,
            output: [{ type: "message", id: "msg_1", status: "completed", role: "assistant", content: [{ type: "output_text", text: EXTRAS_TEXT, annotations: [] }] }],
            usage: RESPONSES_USAGE,
          };
          if (body.stream !== true) return sendJson(res, 200, response);
          res.writeHead(200, { "content-type": "text/event-stream" });
          const send = (data: Record<string, unknown>) => res.write(`event: ${String(data.type)}\ndata: ${JSON.stringify(data)}\n\n`);
          const pending = { ...response, status: "in_progress", output: [], usage: null };
          send({ type: "response.created", sequence_number: 0, response: pending });
          let seq = 1;
          for (const delta of EXTRAS_TEXT.match(/\S+\s*/g) ?? []) {
            send({ type: "response.output_text.delta", sequence_number: seq++, item_id: "msg_1", output_index: 0, content_index: 0, delta });
          }
          send({ type: "response.completed", sequence_number: seq, response });
          return res.end();
        }
        default:
          return sendJson(res, 404, { error: { message: `no route ${req.url}`, type: "invalid_request_error", param: null, code: null } });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    failNext: (...statuses) => failures.push(...statuses),
    hangNext: () => void hangs++,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "x-request-id": "req_extras", ...headers });
  res.end(text);
}
