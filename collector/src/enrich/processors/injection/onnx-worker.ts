import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { loadOnnxClassifier, type OnnxClassifier, type OnnxClassifierOptions } from "./onnx-classifier";

/**
 * The worker thread behind the synchronous ONNX scorer (onnx-scorer.ts): loads the model once, then
 * answers each request on its port and wakes the waiting caller through the shared counter.
 */
interface Start {
  options: OnnxClassifierOptions;
  port: MessagePort;
  signal: SharedArrayBuffer;
}

const { options, port, signal } = workerData as Start;
const counter = new Int32Array(signal);

function reply(message: unknown): void {
  // The message is queued before the counter moves, so the woken caller always finds it.
  port.postMessage(message);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

let classifier: OnnxClassifier | undefined;
loadOnnxClassifier(options).then(
  (c) => {
    classifier = c;
    reply({ ready: true, labelIndex: c.labelIndex, maxTokens: c.maxTokens, name: c.name });
  },
  (err: Error) => reply({ error: err.message }),
);

port.on("message", (request: { id: number; texts: string[] }) => {
  if (!classifier) return reply({ id: request.id, error: "the ONNX model is not loaded" });
  classifier.scoreBatch(request.texts).then(
    (scores) => reply({ id: request.id, scores }),
    (err: Error) => reply({ id: request.id, error: err.message }),
  );
});
parentPort?.unref();
