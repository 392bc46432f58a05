/**
 * Generated articles for scaling tests and benchmarks: the sentences of the web bench (scripts/web-bench.ts),
 * "On <Month> <d>, <year>, <subject> <verb> plan number <n>.", each with an explicit date, a past verb and the
 * event noun "plan" (two events a sentence). Verbs and subjects repeat, so the same verb with the same object
 * recurs on different dates: the identity evidence contradicts the anchors, which exercises conflict handling.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS = ['approved', 'rejected', 'announced', 'signed', 'postponed', 'opened', 'closed', 'launched'];
const SUBJECTS = ['the council', 'the ministry', 'the company', 'the court', 'the union', 'the committee'];

/** An article of `count` sentences (2·count events). */
export function generatedArticle(count: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const month = MONTHS[i % MONTHS.length] as string;
    // The plan's number comes round with its verb, so that "approved plan number 1" itself recurs (a number after
    // the object tells objects apart: event-links.ts).
    sentences.push(`On ${month} ${(i % 28) + 1}, ${2000 + (i % 17)}, ${SUBJECTS[i % SUBJECTS.length]} ${VERBS[i % VERBS.length]} plan number ${(i % VERBS.length) + 1}.`);
  }
  return sentences.join(' ');
}
