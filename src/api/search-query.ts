// Turns what a user typed into a Lucene query for the `search_text` index that means exactly what
// they typed: every word is an escaped phrase, words are ANDed, no Lucene syntax gets through. Two
// kinds of words are widened so that they find what the genre writes:
// - a Latin word also matches as a prefix: the analyzer keeps letters and digits together, so TICAD7
//   and TICADV are single tokens that the phrase "TICAD" would never reach;
// - a country's one-character form (露, 中, 韓, ロ), which the bigram index cannot match alone, stands
//   for the country's names (露 → ロシア, ロシア連邦), so that it finds the country and what names it.
import { countryByAbbreviation } from '../lexicon/index.js';
import { apiError } from './errors.js';

/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 10;

/** Letters and digits only, ASCII: TICAD, APEC, G7 (other words have no prefix form). */
const LATIN_WORD = /^[A-Za-z0-9]+$/;

const phrase = (word: string) => `"${word.replace(LUCENE_SPECIAL, '\\$&')}"`;

/** The Lucene clause of one word, or null for a one-character word that stands for no country. */
function wordClause(word: string): string | null {
  if ([...word].length < 2) {
    const country = countryByAbbreviation(word);
    if (!country) return null;
    const names = [...new Set([country.name, ...country.aliases])].filter((name) => [...name].length >= 2);
    return names.length === 0 ? null : `(${names.map(phrase).join(' OR ')})`;
  }
  if (LATIN_WORD.test(word)) return `(${phrase(word)} OR ${word}*)`;
  return phrase(word);
}

export function toLuceneQuery(query: string): string {
  const trimmed = query.trim();
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw apiError('BAD_USER_INPUT', `A search query may have at most ${MAX_QUERY_LENGTH} characters.`);
  }
  const words = trimmed.split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) throw apiError('BAD_USER_INPUT', 'The search query is empty.');
  if (words.length > MAX_QUERY_WORDS) {
    throw apiError('BAD_USER_INPUT', `A search query may have at most ${MAX_QUERY_WORDS} words.`);
  }
  const clauses = words.map((word) => {
    const clause = wordClause(word);
    if (clause !== null) return clause;
    // The cjk analyzer indexes character pairs: a one-character word can never match.
    throw apiError(
      'SEARCH_QUERY_TOO_SHORT',
      `Every search word needs at least 2 characters ("${word}" has 1 and is no country's short form such as 露 or 韓): the index is made of character pairs.`,
      { minWordLength: 2 },
    );
  });
  return clauses.join(' AND ');
}
