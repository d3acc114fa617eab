// Turns what a user typed into a Lucene query for the `search_text` index that means exactly what
// they typed: every word is an escaped phrase, words are ANDed, no Lucene syntax gets through.
import { apiError } from './errors.js';

/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 10;

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
  const short = words.find((word) => [...word].length < 2);
  if (short !== undefined) {
    // The cjk analyzer indexes character pairs: a one-character word can never match.
    throw apiError('SEARCH_QUERY_TOO_SHORT', `Every search word needs at least 2 characters ("${short}" has 1): the index is made of character pairs.`, {
      minWordLength: 2,
    });
  }
  return words.map((word) => `"${word.replace(LUCENE_SPECIAL, '\\$&')}"`).join(' AND ');
}
