/**
 * The engine in a Web Worker, so long articles never block the page. Messages in: `{ id, kind: 'analyze',
 * input }` or `{ id, kind: 'resolve', phrase, options }`; out: `{ id, ok: true, result, ms, times }` or
 * `{ id, ok: false, issues }` where issues name the field at fault.
 */
import { analyze, resolve, ChronicleInputError } from '../src/index.js';
import type { EngineRequest, EngineResponse } from './engine-protocol.js';
import { packAnalysis } from './engine-wire.js';

const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(message: EngineResponse): void };
const epoch = () => performance.timeOrigin + performance.now();
/** When the engine's modules had been evaluated (this module's body runs after its imports). */
const loaded = epoch();

scope.onmessage = (event) => {
  const request = event.data;
  const received = epoch();
  const began = performance.now();
  try {
    const result = request.kind === 'analyze' ? packAnalysis(analyze(request.input), request.input.text) : resolve(request.phrase, request.options);
    const ms = performance.now() - began;
    scope.postMessage({ id: request.id, ok: true, result, ms, times: { loaded, received, answered: epoch() } } as EngineResponse);
  } catch (error) {
    const issues =
      error instanceof ChronicleInputError
        ? error.issues
        : [{ field: '', message: `the engine failed: ${error instanceof Error ? error.message : String(error)}` }];
    scope.postMessage({ id: request.id, ok: false, issues });
  }
};
