/**
 * The engine worker, started by the very first module the page evaluates (main.ts imports this first), so
 * the worker fetches and compiles the engine while the page evaluates the rest of its code.
 */
import { EngineClient } from './engine-client.js';

export const engine = new EngineClient(window.location.hash);
