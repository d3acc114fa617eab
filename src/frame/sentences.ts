// Splits a paragraph into the pieces that can each be one reported speech act: sentences (。 outside
// 「」), and inside a sentence the joins 「…旨述べるとともに、…」, 「…と述べたのに対し、…」 and
// 「…説明があり、これに対し、…」 (the reply is its own act).
import type { Span } from '../types.js';

export interface Piece extends Span {
  /** The piece answers what came just before (のに対し). */
  answersPrevious: boolean;
  /** The piece goes on with the same speaker (…旨述べるとともに、…). */
  continues: boolean;
}

/** Sentence ends: 。 outside quotes. */
function sentenceSpans(text: string, span: Span): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '「' || ch === '『') depth++;
    else if ((ch === '」' || ch === '』') && depth > 0) depth--;
    else if (ch === '。' && depth === 0) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < span.end) spans.push({ start, end: span.end });
  return spans.filter((s) => text.slice(s.start, s.end).trim().length > 1);
}

/** The offices a speaker is named by (ルトノ大臣, アブドッラー国王), for the markers here and in statements.ts. */
// 部長 (外交部長), 委員長, 議長 and 首長 head a ministry, a party, a house or an emirate as the others head a state.
export const OFFICE = String.raw`(?:大統領|首相|総理大臣|総理|大臣|長官|外相|国王|主席|事務総長|部長|委員長|議長|首長)`;
/** Someone named by office, without commas. */
// A surname may be one character (菅首相, 林大臣, 李総理), or absent: the office alone (「…説明し、大統領からは…」).
const OFFICE_HOLDER = String.raw`[^、,。]{0,16}?${OFFICE}`;
/** A speaker named next: 「Xから、」「Y大臣は」「双方は」. */
// A name ends in a noun, never in a verb's kana: 「…話も出されるであろうから、」 gives a reason, not the floor.
// 「…と述べ、Y長官も、…旨応じた」「…と発言し、Y総理が、…と応じた」: an office holder who also speaks, or is
// the subject of the next clause, takes the floor too.
/** Japan acting or holding a view as Japan (日本として, 我が国としては): Japan's side speaks. */
export const AS_JAPAN = String.raw`(?:日本|我が国|わが国|日本側|当方|我が方)として(?:は|も)?`;
/** The pair of principals as one subject (両首脳は, 双方は, 両氏は): a joint act, or the floor passing to both. */
export const PAIR_SUBJECT = String.raw`(?:双方|両首脳|両外相|両者|両氏|両大臣|両首相)`;
// A side as subject (先方は, 当方は, 中国側は) takes the floor as a person would.
const SIDE_SUBJECT = String.raw`(?:先方|当方|我が方|相手側|[^、,。]{1,12}側)[はも]`;
const NEXT_SPEAKER = String.raw`(?=[^、,。]{1,29}?[^、,。ぁ-ゖ](?:より|から)(?:は)?[、,]|${OFFICE_HOLDER}(?:より|から)|[^、,。]{1,24}?${OFFICE}[はも]|[^、,。]{1,24}?${OFFICE}が[、,]|(?:${PAIR_SUBJECT}|両国)は|${SIDE_SUBJECT})`;
/** Where one reported act ends and another begins inside a sentence. */
const JOIN = new RegExp(
  [
    // 「…説明があり、これに対し、…」: the reply is its own act.
    String.raw`[、,](?=(?:これ|それ)に対し(?:て)?[、,])`,
    // 「…旨述べるとともに、…」: the same speaker goes on.
    String.raw`旨(?:を)?(?:述べ|表明し|伝え|強調し|説明し|要請し|発言し)(?:る|た)?とともに[、,]`,
    // 「…申し上げたのに対し、…」: whatever was done, the rest answers it.
    String.raw`たのに対し(?:て)?[、,]`,
    // 「…旨述べ、Y大臣は…」「…について説明し、Yから…」「…説明があり、Yから…」: the floor passes.
    // 「…協力を呼びかけ、Y大臣も…」「…支援を求め、Y大統領は…」: any act of speech hands on the floor so.
    String.raw`(?:旨(?:を)?)?(?:述べ|表明し|伝え|強調し|説明し|要請し|発言し|呼びかけ|求め|提案し|提起し|言及し|紹介し)[、,]${NEXT_SPEAKER}`,
    String.raw`(?:説明|紹介|言及|発言|要請|提案|招待)があり[、,]${NEXT_SPEAKER}`,
    // 「…旨表明したところ、Yからは…」「…と述べたところ、大統領より…」「…照会があったことを受け、Yより…」: what follows answers.
    String.raw`たところ[、,](?:${NEXT_SPEAKER}|(?=${OFFICE}(?:より|から)))`,
    String.raw`(?:こと|の)を受け(?:て)?[、,]${NEXT_SPEAKER}`,
    // 「…で一致したほか、Xから…」: another act follows, by whoever is named.
    String.raw`[たる]ほか[、,]${NEXT_SPEAKER}`,
    // 「両首脳は…意見交換を行い、Xから…」: the exchange says nothing itself; X's words do.
    String.raw`を行い[、,]${NEXT_SPEAKER}`,
    // 「Y大臣は、…謝意を表するとともに、…意見交換を行い、…強化することで一致」: what an exchange of
    // views ends in agreeing on is agreed by both, whoever opened the sentence.
    String.raw`意見交換を行い[、,](?=[^。]*(?:一致|合意)し)`,
    // 「Xから、…に祝意を表し、Y大臣からは、…」: a clause ends and an office holder is given the floor
    // (not after これに対し / に関し / に際し, which open the next speaker's words).
    // So does a passive clause: 「Xからは、…関心が示され、Y総理からは、…」.
    String.raw`(?:(?<!に対|に関|に際|を通|関連)し|(?<!よ)り|[さら]れ)[、,](?=${OFFICE_HOLDER}(?:より|から)(?:は)?[、,]?)`,
    // 「X総理は…を歓迎し、両首脳は…一致」「Xから…を求め、両外相は…確認」「…ところがあり、その上で、両者は…」:
    // a clause that ends in a verb's stem, then the pair as subject: one speaker's act, then a joint one.
    // (Not after a clause of time or cause: 「Xの歓迎の言葉に続き、双方は」「…を受け、」「…に際し、」.)
    String.raw`(?<!続|受|際|関|対|通|基づ)[いきぎしじちびみりえけげせぜねべめれ][、,](?=(?:(?:その上で|その後|また|更に|さらに)[、,]?)?${PAIR_SUBJECT}は)`,
    // 「今回の会談は、両首脳にとって最初の顔合わせであり、冒頭、X首相より、…」: the page's account, then the talks'
    // opening words, given to someone.
    String.raw`[、,](?=冒頭[、,]\s*${OFFICE_HOLDER}(?:より|から)(?:は)?[、,])`,
  ].join('|'),
  'gu',
);

const JOINT_SUBJECT = new RegExp(String.raw`^(?:[^、,。]{0,12}[、,])?\s*(?:${PAIR_SUBJECT}|両国)は`, 'u');

export function splitPieces(text: string, span: Span): Piece[] {
  const pieces: Piece[] = [];
  for (const sentence of sentenceSpans(text, span)) {
    let start = sentence.start;
    let answers = false;
    let continues = false;
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(JOIN)) {
      const cut = sentence.start + (m.index ?? 0) + m[0].length;
      // 「両外相は、…意見交換を行い、…で一致した」: the pair opened the sentence, so the exchange and
      // what it agreed are one joint act; only a single speaker's opening is cut off.
      if (m[0].startsWith('意見交換') && JOINT_SUBJECT.test(text.slice(start, cut))) continue;
      pieces.push({ start, end: cut, answersPrevious: answers, continues });
      answers = /のに対し|たところ|を受け/u.test(m[0]);
      continues = /とともに/u.test(m[0]);
      start = cut;
    }
    pieces.push({ start, end: sentence.end, answersPrevious: answers, continues });
  }
  return pieces.map((p) => trimPiece(text, p));
}

function trimPiece(text: string, piece: Piece): Piece {
  let { start, end } = piece;
  while (start < end && /[\s、,]/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { ...piece, start, end };
}
