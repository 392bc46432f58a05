/**
 * Entry point of the web view, kept tiny so the engine worker starts as soon as the HTML is parsed: this
 * chunk holds only the worker's client, so `new Worker` runs before the page's own code (luxon, the views)
 * and vis-timeline are even fetched; they are then loaded while the worker loads the engine.
 */
import { engine } from './engine-boot.js';
// vis-timeline's stylesheet goes with the page's (render-blocking, in <head>): loaded with the timeline's
// chunk, it held the chunk's import back by one more fetch.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './style.css';

// The page first (it posts the analysis request), then vis-timeline (the heaviest module), fetched and
// compiled while the worker loads the engine: started together, vis often evaluated first and held the
// request back by its whole compile time.
void import('./page.js').then(({ startPage }) => startPage(engine, import('./timeline-view.js')));
