/**
 * The page itself (loaded by main.ts once the engine worker is started): finds the page's elements, builds
 * the views and opens the URL's state. It imports only the light parts of `src/` (errors, reference; the
 * writers on export): the engine itself is loaded by the worker alone, so its start-up never blocks the page.
 */
import type { Engine } from './engine-client.js';
import { bundledArticles } from './bundled-articles.js';
import { ChronicleApp } from './app.js';
import { byId, el, replaceChildren } from './dom.js';
import { EventList } from './event-list.js';
import type { ExportFormat } from './exports.js';
import { download } from './download.js';
import { wireResolverPanel } from './resolver-panel.js';
import { TextView } from './text-view.js';

type TimelineModule = typeof import('./timeline-view.js');

/** Builds the page on `engine`; `timelineModule` is vis, already being fetched by main.ts. */
export function startPage(engine: Engine, timelineModule: Promise<TimelineModule>): void {
  const app = new ChronicleApp(
    bundledArticles(),
    {
      picker: byId('article-picker', HTMLSelectElement),
      date: byId('publication-date', HTMLInputElement),
      zone: byId('time-zone', HTMLInputElement),
      text: byId('article-text', HTMLTextAreaElement),
      textField: byId('own-text-field', HTMLDivElement),
      errors: {
        text: byId('article-text-error', HTMLSpanElement),
        publicationDate: byId('publication-date-error', HTMLSpanElement),
        timeZone: byId('time-zone-error', HTMLSpanElement),
      },
      status: byId('status', HTMLParagraphElement),
      title: byId('article-title', HTMLHeadingElement),
      diagnostics: byId('diagnostics', HTMLDivElement),
      readings: byId('readings-panel', HTMLDivElement),
    },
    engine,
  );
  // Ask for the analysis first, so the worker loads the engine and analyses while the page builds the chart.
  void app.open(window.location.hash);
  app.attach({
    text: new TextView(byId('article-view', HTMLDivElement), byId('timex-details', HTMLDivElement), {
      onSelectEvent: (id) => app.select(id, 'text'),
      onChooseReading: (id, index) => app.chooseReading(id, index),
    }),
    list: new EventList(byId('event-list', HTMLOListElement), byId('announcer', HTMLParagraphElement), (id) => app.select(id, 'list')),
  });
  window.addEventListener('hashchange', () => void app.open(window.location.hash));

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', async () => {
      const shown = app.shown;
      if (!shown) return;
      const picker = byId('article-picker', HTMLSelectElement);
      // The writers (and the schema library they use) load on the first export only.
      const { exportAnalysis } = await import('./exports.js');
      download(exportAnalysis(button.dataset.export as ExportFormat, shown.analysis, shown.text, picker.value, shown.title));
    });
  }
  byId('copy-link', HTMLButtonElement).addEventListener('click', () => void navigator.clipboard?.writeText(window.location.href));

  wireResolverPanel(
    {
      form: byId('resolver-form', HTMLFormElement),
      phrase: byId('resolver-phrase', HTMLInputElement),
      reference: byId('resolver-reference', HTMLInputElement),
      zone: byId('resolver-zone', HTMLInputElement),
      tense: byId('resolver-tense', HTMLSelectElement),
      output: byId('resolver-output', HTMLDivElement),
      errors: {
        phrase: byId('resolver-phrase-error', HTMLSpanElement),
        reference: byId('resolver-reference-error', HTMLSpanElement),
        timeZone: byId('resolver-zone-error', HTMLSpanElement),
      },
    },
    engine,
  );

  /** Attaches the timeline once vis has loaded; fills the zone suggestions when the page is idle. */
  async function attachTimeline(): Promise<void> {
    const { TimelineView } = await timelineModule;
    performance.mark('view:vis-loaded');
    app.attachTimeline(new TimelineView(byId('timeline', HTMLDivElement), { onSelect: (id) => app.select(id, 'timeline') }));
    const zones = () => replaceChildren(byId('zone-names', HTMLDataListElement), ...Intl.supportedValuesOf('timeZone').map((zone) => el('option', { value: zone })));
    if ('requestIdleCallback' in window) requestIdleCallback(zones, { timeout: 2000 });
    else setTimeout(zones, 500);
  }

  void attachTimeline();
}
