/**
 * Search terms for Chinese text without a tokenizer: every run of CJK characters contributes its
 * single characters and its character bigrams; every run of letters and digits (occupation codes
 * like 4-10-01-05 count as one run) contributes itself, lower-cased. A document matches a query
 * when it holds all of the query's terms, so `养老护理` (bigrams 养老, 老护, 护理) and `护理` both find
 * 养老护理员. The terms live in a text[] column with a GIN index, which PostgreSQL and PGlite both
 * have without extensions.
 */
const CJK = /[\p{Script=Han}]+/gu;
const WORD = /[\p{Letter}\p{Number}]+(?:-[\p{Letter}\p{Number}]+)*/gu;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function cjkRuns(text: string): string[] {
  return text.match(CJK) ?? [];
}

function words(text: string): string[] {
  return (text.replace(CJK, ' ').match(WORD) ?? []).filter((w) => w.length > 0);
}

/** Everything a document can be found by. */
export function documentTerms(...texts: (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const raw of texts) {
    if (!raw) continue;
    const text = normalise(raw);
    for (const run of cjkRuns(text)) {
      const chars = [...run];
      chars.forEach((char, i) => {
        terms.add(char);
        if (i + 1 < chars.length) terms.add(char + chars[i + 1]);
      });
    }
    for (const word of words(text)) terms.add(word);
  }
  return [...terms].sort();
}

/**
 * What a query requires: bigrams of each CJK run (the character itself for a run of one), and each
 * word whole. An empty list means the query has nothing to search by.
 */
export function queryTerms(query: string): string[] {
  const text = normalise(query);
  const terms = new Set<string>();
  for (const run of cjkRuns(text)) {
    const chars = [...run];
    if (chars.length === 1) terms.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i += 1) terms.add(chars[i]! + chars[i + 1]!);
  }
  for (const word of words(text)) terms.add(word);
  return [...terms].sort();
}
