/** Entry point of the web view: finds the page's elements, builds the views and opens the URL's state. */
import './style.css';
import { bundledArticles } from './articles.js';
import { ChronicleApp } from './app.js';
import { byId, el, replaceChildren } from './dom.js';
import { EngineClient } from './engine-client.js';
import { EventList } from './event-list.js';
import { exportAnalysis, type ExportFormat } from './exports.js';
import { download } from './download.js';
import { wireResolverPanel } from './resolver-panel.js';
import { TextView } from './text-view.js';
import { TimelineView } from './timeline-view.js';

const engine = new EngineClient();
let app: ChronicleApp | undefined;
const views = {
  timeline: new TimelineView(byId('timeline', HTMLDivElement), { onSelect: (id) => app?.select(id, 'timeline') }),
  text: new TextView(byId('article-view', HTMLDivElement), byId('timex-details', HTMLDivElement), {
    onSelectEvent: (id) => app?.select(id, 'text'),
    onChooseReading: (id, index) => app?.chooseReading(id, index),
  }),
  list: new EventList(byId('event-list', HTMLOListElement), byId('announcer', HTMLParagraphElement), (id) => app?.select(id, 'list')),
};
app = new ChronicleApp(
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
  views,
  engine,
);

replaceChildren(byId('zone-names', HTMLDataListElement), ...Intl.supportedValuesOf('timeZone').map((zone) => el('option', { value: zone })));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', () => {
    const shown = app?.shown;
    if (!shown) return;
    const picker = byId('article-picker', HTMLSelectElement);
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

void app.open(window.location.hash);
window.addEventListener('hashchange', () => void app?.open(window.location.hash));
