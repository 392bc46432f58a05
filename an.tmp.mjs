import { analyze } from './dist/index.js';
const [text, day = '2017-09-02', zone = 'UTC', what = 'te'] = process.argv.slice(2);
const a = analyze({ text, publicationDate: day, timeZone: zone });
if (what.includes('t')) for (const t of a.timexes) console.log(t.id, JSON.stringify(t.text), t.type, t.value, t.mod ?? '', t.rule, t.anchor);
if (what.includes('e')) for (const e of a.events) console.log(e.id, e.text, e.kind, e.anchor ? e.anchor.timexId + ':' + e.anchor.relation : '-', (e.when.start ?? '…').slice(0, 16), (e.when.end ?? '…').slice(0, 16), e.when.basis, e.tense ?? '');
if (what.includes('r')) for (const r of a.relations) console.log(r.from, r.type, r.to, r.via);
for (const d of a.diagnostics) console.log('diag', d.code, d.message);
