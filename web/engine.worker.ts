/**
 * The engine in a Web Worker, so long articles never block the page. Messages in: `{ id, kind: 'analyze',
 * input }` or `{ id, kind: 'resolve', phrase, options }`; out: `{ id, ok: true, result, ms, times }` or
 * `{ id, ok: false, issues }` where issues name the field at fault.
 *
 * The page starts the worker with its own URL hash: once the engine has loaded, the worker analyses the view
 * that hash opens and posts it unasked (`BOOT_ID`). A request posted by the page before the worker has started
 * is handed over only when the page's main thread is free again, and at start-up it is busy loading the chart.
 */
import { analyze, resolve, ChronicleInputError } from '../src/index.js';
import { bundledArticles } from './bundled-articles.js';
import { BOOT_ID, type BootResponse, type EngineRequest, type EngineResponse } from './engine-protocol.js';
import { packAnalysis } from './engine-wire.js';
import { inputOf, openingOf } from './opening.js';
import { parseViewState } from './view-state.js';

const scope = self as unknown as {
  location: { hash: string };
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};
const epoch = () => performance.timeOrigin + performance.now();
/** When the engine's modules had been evaluated (this module's body runs after its imports). */
const loaded = epoch();

function answer(request: EngineRequest): EngineResponse {
  const received = epoch();
  const began = performance.now();
  try {
    const result = request.kind === 'analyze' ? packAnalysis(analyze(request.input), request.input.text) : resolve(request.phrase, request.options);
    const ms = performance.now() - began;
    return { id: request.id, ok: true, result, ms, times: { loaded, received, answered: epoch() } } as EngineResponse;
  } catch (error) {
    const issues =
      error instanceof ChronicleInputError
        ? error.issues
        : [{ field: '', message: `the engine failed: ${error instanceof Error ? error.message : String(error)}` }];
    return { id: request.id, ok: false, issues };
  }
}

scope.onmessage = (event) => scope.postMessage(answer(event.data));

setTimeout(() => {
  const input = inputOf(openingOf(parseViewState(scope.location.hash), bundledArticles()));
  const boot: BootResponse = { ...answer({ id: BOOT_ID, kind: 'analyze', input }), input };
  scope.postMessage(boot);
}, 0);
