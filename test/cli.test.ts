/**
 * The real `chronicle` CLI as a subprocess: help, usage errors (exit 2), bad input documents (exit 1, one plain
 * message, no stack trace), the output formats, resolve and check. The engine's results are not hard-coded:
 * outputs are checked against the schema and against each other.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analysis } from '../src/schema.js';
import { parseTimeml } from '../src/timeml/reader.js';
import { buildCli, hasStackTrace, removeDir, REPO, runCli, type CliResult } from './cli-harness.js';

const SEED = 'events/ap-2017-09-02-islamic-state-convoy.json';

/** A small TempEval-3 style document with two gold time expressions (so the tests need no corpus). */
const TIMEML_SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>CONVOY1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-09-02" temporalFunction="false" functionInDocument="CREATION_TIME">2017-09-02</TIMEX3></DCT>
<TEXT>
The convoy <EVENT eid="e1" class="OCCURRENCE">left</EVENT> the border <TIMEX3 tid="t1" type="DATE" value="2017-08-27">six days ago</TIMEX3>, activists <EVENT eid="e2" class="REPORTING">said</EVENT> <TIMEX3 tid="t2" type="DATE" value="2017-09-02">Saturday</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`;
let main = '';
let buildDir = '';
let scratch = '';

beforeAll(() => {
  ({ main, dir: buildDir } = buildCli());
  scratch = mkdtempSync(join(buildDir, 'inputs-'));
}, 120_000);
afterAll(() => removeDir(buildDir));

const cli = (args: string[], input?: string): CliResult => runCli(main, args, input === undefined ? {} : { input });

function scratchFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** A failed run: the exit code, a message on one line naming what is wrong, nothing on stdout, no stack trace. */
function expectInputError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

function expectUsageError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  const [first = '', second = ''] = result.stderr.split('\n');
  expect(first).toMatch(pattern);
  expect(second).toMatch(/^Usage: chronicle /);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

describe('help and usage', () => {
  it.each(['resolve', 'analyze', 'check', 'eval', 'batch'])('%s --help prints its usage and exits 0', (name) => {
    const result = cli([name, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: chronicle ${name}`));
    expect(result.stdout).toContain('Exit codes');
  });

  it('chronicle --help lists every command', () => {
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    for (const name of ['resolve', 'analyze', 'check', 'eval', 'batch']) expect(result.stdout).toContain(`  ${name} `);
  });

  it('no command is a usage error', () => {
    const result = cli([]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual(['chronicle: missing COMMAND', 'Usage: chronicle COMMAND [options]']);
  });

  it('an unknown command is a usage error', () => {
    const result = cli(['analyse-this']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('chronicle: unknown command "analyse-this"');
  });

  it('an unknown option gets one line and the usage', () => {
    expectUsageError(cli(['analyze', SEED, '--bogus']), /^chronicle analyze: unknown option --bogus$/);
  });

  it('a missing argument gets one line and the usage', () => {
    expectUsageError(cli(['analyze']), /^chronicle analyze: missing FILE/);
    expectUsageError(cli(['resolve', 'six days ago']), /^chronicle resolve: missing --on DATE/);
    expectUsageError(cli(['resolve', '--on', '2017-09-02']), /^chronicle resolve: missing PHRASE/);
    expectUsageError(cli(['check']), /^chronicle check: missing CASES.json/);
    expectUsageError(cli(['eval']), /^chronicle eval: missing DIR/);
  });

  it('an option without its value, a bad choice and an extra argument are usage errors', () => {
    expectUsageError(cli(['analyze', SEED, '--on']), /^chronicle analyze: option --on <value> argument missing$/);
    expectUsageError(cli(['analyze', SEED, '--format', 'yaml']), /--format must be one of table, json, timeml, timelinejs/);
    expectUsageError(cli(['resolve', 'today', '--on', '2017-09-02', '--tense', 'pluperfect']), /--tense must be one of past, present, future/);
    expectUsageError(cli(['analyze', SEED, SEED]), /unexpected argument/);
  });
});

describe('analyze: bad input documents', () => {
  it('a missing file', () => {
    expectInputError(cli(['analyze', 'events/no-such-article.json']), /^chronicle analyze: events\/no-such-article\.json: no such file\n$/);
  });

  it('invalid JSON, with the line and column', () => {
    const path = scratchFile('broken.json', '{\n  "title": "A",\n  "text": "B",\n}\n');
    expectInputError(cli(['analyze', path]), /broken\.json: is not valid JSON \(.* at line 4, column 1\)/);
  });

  it('a document with a missing field names the file and the field', () => {
    const path = scratchFile('no-date.json', JSON.stringify({ title: 'A', source: 'B', timeZone: 'UTC', text: 'Today.' }));
    expectInputError(cli(['analyze', path]), /no-date\.json: publicationDate is missing/);
  });

  it('an impossible date, in a document and in --on', () => {
    const path = scratchFile('feb30.json', JSON.stringify({ title: 'A', source: 'B', publicationDate: '2017-02-30', timeZone: 'UTC', text: 'Today.' }));
    expectInputError(cli(['analyze', path]), /feb30\.json: publicationDate "2017-02-30" is not a real calendar date/);
    expectInputError(cli(['analyze', '-', '--on', '2017-02-30'], 'He left on Monday.'), /stdin: publicationDate "2017-02-30" is not a real calendar date/);
  });

  it('an unknown zone, in a document and in --zone', () => {
    const path = scratchFile('zone.json', JSON.stringify({ title: 'A', source: 'B', publicationDate: '2017-09-02', timeZone: 'Mars/Olympus', text: 'Today.' }));
    expectInputError(cli(['analyze', path]), /zone\.json: timeZone "Mars\/Olympus" is not a known IANA time zone/);
    expectInputError(cli(['analyze', SEED, '--zone', 'Europe/Atlantis']), /timeZone "Europe\/Atlantis" is not a known IANA time zone/);
  });

  it('an empty document (file, stdin, and a JSON document without text content)', () => {
    expectInputError(cli(['analyze', scratchFile('empty.json', '')]), /empty\.json: is empty/);
    expectInputError(cli(['analyze', '-', '--on', '2017-09-02'], '  \n'), /stdin: is empty/);
    expectInputError(cli(['analyze', scratchFile('empty.txt', '\n\n'), '--on', '2017-09-02']), /empty\.txt: is empty/);
  });

  it('plain text without --on says how to give the date', () => {
    expectInputError(cli(['analyze', '-'], 'He left on Monday.'), /stdin: is plain text, which has no publication date: give one with --on/);
  });

  it('a malformed TimeML document', () => {
    expectInputError(cli(['analyze', scratchFile('bad.tml', '<TimeML><TEXT>no dct</TEXT></TimeML>')]), /bad\.tml: .*creation time/);
  });
});

describe('analyze: formats', () => {
  it('json is a valid Analysis, and the table shows each of its time expressions', () => {
    const json = cli(['analyze', SEED, '--format', 'json']);
    expect(json.status).toBe(0);
    const analysis = Analysis.parse(JSON.parse(json.stdout));
    expect(analysis.timeZone).toBe('Asia/Beirut');
    const table = cli(['analyze', SEED]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('published 2017-09-02 (Asia/Beirut)');
    expect(table.stdout).toContain(`Time expressions (${analysis.timexes.length})`);
    for (const timex of analysis.timexes) {
      const row = table.stdout.split('\n').find((line) => line.trimStart().startsWith(`${timex.id} `));
      expect(row, `row of ${timex.id}`).toBeDefined();
      expect(row).toContain(timex.value);
      expect(row).toContain(timex.type);
    }
    if (analysis.events.length > 0) expect(table.stdout).toContain(`Chronology (${analysis.events.length} events)`);
  });

  it('plain text from stdin gives the same analysis as the same text in a document', () => {
    const text = 'The convoy left the border six days ago, activists said Saturday.';
    const fromStdin = cli(['analyze', '-', '--on', '2017-09-02', '--zone', 'Asia/Beirut', '--format', 'json'], text);
    const path = scratchFile('same.json', JSON.stringify({ title: 'T', source: 'S', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut', text }));
    const fromFile = cli(['analyze', path, '--format', 'json']);
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it('--on and --zone override a document\'s own date and zone', () => {
    const result = cli(['analyze', SEED, '--on', '2017-09-09', '--zone', 'Europe/Paris', '--format', 'json']);
    const analysis = Analysis.parse(JSON.parse(result.stdout));
    expect([analysis.publicationDate, analysis.timeZone]).toEqual(['2017-09-09', 'Europe/Paris']);
  });

  it('timeml output is read back by the TimeML reader with the same text and time expressions', () => {
    const analysis = Analysis.parse(JSON.parse(cli(['analyze', SEED, '--format', 'json']).stdout));
    const result = cli(['analyze', SEED, '--format', 'timeml']);
    expect(result.status).toBe(0);
    const document = parseTimeml(result.stdout, 'output.tml');
    const seed = JSON.parse(readFileSync(join(REPO, SEED), 'utf8')) as { text: string };
    expect(document.text).toBe(seed.text);
    expect(document.dct.value.slice(0, 10)).toBe('2017-09-02');
    expect(document.timexes.map((timex) => [timex.text, timex.value])).toEqual(analysis.timexes.map((timex) => [timex.text, timex.value]));
  });

  it('a TimeML document is analysed with its DCT as the publication date', () => {
    const result = cli(['analyze', scratchFile('convoy.tml', TIMEML_SAMPLE), '--format', 'json']);
    expect(result.status).toBe(0);
    const analysis = Analysis.parse(JSON.parse(result.stdout));
    expect([analysis.publicationDate, analysis.timeZone]).toEqual(['2017-09-02', 'UTC']);
    const fromStdin = cli(['analyze', '-', '--format', 'json'], TIMEML_SAMPLE);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(result.stdout));
  });

  it('timelinejs has a title slide and one slide per dated event, in order', () => {
    const analysis = Analysis.parse(JSON.parse(cli(['analyze', SEED, '--format', 'json']).stdout));
    const result = cli(['analyze', SEED, '--format', 'timelinejs']);
    expect(result.status).toBe(0);
    const timeline = JSON.parse(result.stdout) as { title: { text: { headline: string } }; events: Array<{ unique_id: string; start_date: { year: number } }> };
    expect(timeline.title.text.headline).toContain('Islamic State');
    const dated = analysis.order.filter((id) => analysis.events.find((event) => event.id === id)?.when.start);
    expect(timeline.events.map((slide) => slide.unique_id).slice(0, dated.length)).toEqual(dated.filter((id) => timeline.events.some((slide) => slide.unique_id === id)));
    for (const slide of timeline.events) expect(Number.isInteger(slide.start_date.year)).toBe(true);
  });

  it('a 10 MB document is analysed (json output is a valid Analysis)', () => {
    // The seed article repeated: a realistic density of time expressions (about two per kilobyte).
    const seed = JSON.parse(readFileSync(join(REPO, SEED), 'utf8')) as { text: string };
    const paragraph = `${seed.text}\n\n`;
    const text = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const path = scratchFile('big.json', JSON.stringify({ title: 'Big', source: 'Test', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut', text }));
    const result = cli(['analyze', path, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const analysis = Analysis.parse(JSON.parse(result.stdout));
    expect(analysis.publicationDate).toBe('2017-09-02');
    expect(analysis.timexes.length).toBeGreaterThan(1000);
  }, 240_000);
});

describe('resolve', () => {
  it('--json gives the schema form, and the text form shows the same value and explanation', () => {
    const json = cli(['resolve', 'six days ago', '--on', '2017-09-02', '--zone', 'Asia/Beirut', '--json']);
    const resolved = JSON.parse(json.stdout) as { value: string; type: string; explanation: string } | null;
    if (resolved === null) {
      expect(json.status).toBe(1);
      return;
    }
    expect(json.status).toBe(0);
    const text = cli(['resolve', 'six days ago', '--on', '2017-09-02', '--zone', 'Asia/Beirut']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe(`six days ago → ${resolved.value}`);
    expect(text.stdout).toContain(resolved.explanation);
    expect(text.stdout).toContain(`type         ${resolved.type}`);
  });

  it('an impossible reference date and an unknown zone are input errors', () => {
    expectInputError(cli(['resolve', 'Saturday', '--on', '2017-02-30']), /reference "2017-02-30" is not a real calendar date/);
    expectInputError(cli(['resolve', 'Saturday', '--on', '2017-09-02', '--zone', 'Nowhere/Town']), /"Nowhere\/Town" is not a known IANA time zone/);
  });

  it('a phrase that is no time expression exits 1 with a message', () => {
    const result = cli(['resolve', 'purple elephant', '--on', '2017-09-02']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/"purple elephant" was not understood as a time expression/);
  });

  it('a phrase recognised but impossible says why', () => {
    const result = cli(['resolve', 'Feb. 30, 2017', '--on', '2017-09-02']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('February 2017 has no day 30');
  });
});

describe('check', () => {
  /** What the engine says for a phrase in a text, via the CLI itself. */
  function engineValue(text: string, phrase: string): string | undefined {
    const analysis = Analysis.parse(JSON.parse(cli(['analyze', '-', '--on', '2017-09-02', '--zone', 'Asia/Beirut', '--format', 'json'], text).stdout));
    return analysis.timexes.find((timex) => timex.text === phrase)?.value;
  }

  it('passes (exit 0) when every expectation is what the engine gives, and reports a summary', () => {
    const text = 'The convoy left six days ago, activists said Saturday.';
    const value = engineValue(text, 'six days ago');
    expect(value, 'the engine finds "six days ago"').toBeDefined();
    const path = scratchFile('pass.json', JSON.stringify({
      cases: [{ text, publicationDate: '2017-09-02', timeZone: 'Asia/Beirut', expected: [{ phrase: 'six days ago', value }] }],
    }));
    const result = cli(['check', path]);
    expect(result.stdout).toBe('check: 1 of 1 expectations met in 1 case(s)\n');
    expect(result.status).toBe(0);
  });

  it('prints each mismatch with the engine\'s explanation and exits 1', () => {
    const path = scratchFile('fail.json', JSON.stringify({
      cases: [
        { id: 'wrong', text: 'The convoy left six days ago.', publicationDate: '2017-09-02', expected: [{ phrase: 'six days ago', value: '1999-01-01' }] },
        { id: 'absent', text: 'Nothing here.', publicationDate: '2017-09-02', expected: [{ phrase: 'yesterday', value: '2017-09-01' }] },
      ],
    }));
    const result = cli(['check', path]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^MISMATCH case wrong: "six days ago" expected 1999-01-01, got /);
    expect(lines[1]).toMatch(/^ {4}engine: .+ \[rule .+\]$/);
    expect(result.stdout).toContain('MISMATCH case absent: "yesterday" expected 2017-09-01, but the phrase does not occur');
    expect(lines.at(-1)).toBe('check: 0 of 2 expectations met in 2 case(s); 2 mismatch(es)');
  });

  it('the example case file runs', () => {
    const result = cli(['check', 'events/cases.example.json']);
    expect(result.stdout).toMatch(/check: \d+ of 6 expectations met in 3 case\(s\)/);
    expect([0, 1]).toContain(result.status);
  });

  it('a malformed case file names the field', () => {
    const path = scratchFile('bad-cases.json', JSON.stringify({ cases: [{ text: 'x', publicationDate: '2017-09-02', expected: [{ phrase: 'x' }] }] }));
    expectInputError(cli(['check', path]), /bad-cases\.json: cases\.0\.expected\.0\.value is missing/);
    const typo = scratchFile('typo-cases.json', JSON.stringify({ cases: [{ publicationDate: '2017-09-02', expect: [] }] }));
    expectInputError(cli(['check', typo]), /cases\.0 has unknown field\(s\): expect/);
    const date = scratchFile('date-cases.json', JSON.stringify({ cases: [{ publicationDate: '2017-13-01', expected: [{ phrase: 'today', value: 'x' }] }] }));
    expectInputError(cli(['check', date]), /cases\.0\.publicationDate "2017-13-01" is not a real calendar date/);
  });
});

describe('eval', () => {
  it('scores a TimeML folder and prints a table with its documents and gold count', () => {
    const folder = join(scratch, 'gold');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'convoy.tml'), TIMEML_SAMPLE);
    const result = cli(['eval', folder]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^gold\s+1\s+2\s/m);
  });

  it('a missing folder is an input error', () => {
    expectInputError(cli(['eval', join(scratch, 'nope')]), /nope: cannot be read/);
  });
});
