// Reported statements: who said what, in which section and paragraph, answering what.
// Speaker markers: 「Xより、」「Xから(は)、」「Xの方から」「Xは、…旨述べた」; joint acts 「両首脳は…一致」;
// continuations (更に, また, その上で) keep the previous speaker; 「これに対し(て)」 and 「…のに対し」 answer
// the last statement by someone else; numbered points after 「概要以下のとおり述べた」 are one statement each.
import type { SpeechAct, Span } from '../types.js';
import type { Paragraph, Section } from '../parse/sections.js';
import { AS_JAPAN, OFFICE, PAIR_SUBJECT, splitPieces } from './sentences.js';
import { isAttendanceHeading, isAttendeeLine } from '../parse/attendees.js';
import { classifySpeechAct } from './speech-acts.js';
import { findCountry } from '../lexicon/index.js';

export interface DraftStatement extends Span {
  topic: number | null;
  paragraph: number;
  speakers: string[];
  /** Index (in the returned list) of the statement answered. */
  respondsTo: number | null;
  act: SpeechAct;
}

export interface SpeakerResolver {
  /** Ids of whoever the text in `span` names as speaker (a person, a title, 先方, 両首脳), or null. */
  speakersIn(span: Span): string[] | null;
}

// Besides the listed connectives, any short phrase opened by a demonstrative (この関連で, その中で, この他,
// その際, これに関連し) links the sentence to what came before and may stand before its speaker.
const CONNECTOR = /^(?:[-・○●]\s*)?(?:\(?[0-9０-９]+\)|[0-9]{1,2}[.．](?![0-9])|[0-9]{1,2}\s+|[(（][イロハニホヘトアイウエオ][)）]|[アイウエオカキク]\s)?\s*(?:冒頭|まず|はじめに|初めに|最初に|次いで|その後|引き続き|特に|更に|さらに|また|その上で|続いて|次に|これに対し(?:て)?|これを受け(?:て)?|これに応え(?:て)?|これに応じ(?:て)?|最後に|加えて|他方|なお|同時に|席上|その席で|会談の中で|(?:この|その|これ|それ)[^、,。\s「」]{0,8}?(?=[、,]))?[、,\s]*/u;
const RESPONSE = /^(?:[-・○●]\s*)?(?:\(?[0-9]+\)\s*|[0-9]{1,2}[.．]\s*|[0-9]{1,2}\s+)?(?:これに対し|これを受け|これに応え|これに応じ|それに対し)/u;
/** 「…旨応じた」「…と返答しました」「…と答えました」「…旨の回答があった」: the verb itself says the words answer what was said before. */
const REPLY_VERB = /(?:(?:応じ|返答し|回答し|答え)(?:た|ました)|(?:回答|返答)が(?:あった|ありました))[。\s]*$/u;
/** What the page narrates rather than reports as said: events, documents, ceremonies, the visit itself. */
const NARRATIVE = /^[(（]?(?:なお|その後|続いて|引き続き|注)|行われ|開催|発出|署名|撮影|視察|出席|参加|訪問|会談|会食|昼食|夕食|晩餐|懇談|同席/u;
/** 「X大臣から謝意を表明した。」「Xより謝意の表明があり、」: thanks with nothing thanked for say nothing. */
const BARE_COURTESY = /^(?:謝意|祝意|弔意|敬意|歓迎の意|哀悼の意|感謝の意|お礼)(?:を|が|の)?(?:表明|述べ|伝え|表し|表され|示し|示され)[^。、,「」]{0,8}[。、,]?$/u;
/** 「日本として、」「我が国としては、」 opening a piece: Japan acting or holding a view as Japan. */
const OPENS_AS_JAPAN = new RegExp(String.raw`^(${AS_JAPAN})[、,]`, 'u');
const OWN_POSITION = /(日本側|我が方|当方|先方)の(?:立場|考え|方針|懸念|見解)を(?:申し入れ|説明|伝え|表明|述べ|強調)/u;
const CONTINUATION = /^(?:[-・○●]\s*)?(?:\(?[0-9]+\)\s*|[0-9]{1,2}[.．]\s*|[0-9]{1,2}\s+)?(?:更に|さらに|また|その上で|続いて|加えて|同時に)/u;
// A speaker is named without commas: 「日中関係に触れ、日中両国は」 does not name one. 「Xからの<noun>」
// names where something came from (メッセージ), not who speaks.
// 「クレーシ大臣も…旨述べ」: も marks a speaker only after an office (日本としても is content).
// A royal's full name with his country and office (…・ビン・…・サウジアラビア王国皇太子) runs to sixty characters.
const MARKER = new RegExp(String.raw`^([^、,。]{1,64}?)(?:の方から|からは|よりは|より(?!の)|から(?!の)|は|が(?![方国])|(?<=${PAIR_SUBJECT})とも)(?:[、,]|(?=[^\s]))|^([^、,。]{1,30}?${OFFICE})も[、,]?`, 'u');
/**
 * 「(温家宝総理)」「<ベータ大統領>」「〈総理〉」 or 「総理発言」「両首脳の冒頭発言」 on a line of its own: the speaker of the
 * paragraphs below it;
 * so is an office holder alone on a line (「(1)上川大臣」「○ベータ大臣:」), the layout of a summary that lists
 * each side's points under its speaker.
 */
const SPEAKER_HEADING = new RegExp(String.raw`^(?:[(（【［<＜〈《≪]([^()（）【】［］<>＜＞〈〉《》≪≫]{2,30})[)）】］>＞〉》≫]|([^、,。()（）「」]{1,20}?)の?(?:冒頭)?発言(?:要旨|概要|の概要)?(?:[(（][^()（）]{0,20}[)）]?)?|(?:[-・○●]\s*)?([\u3400-\u9FFF々\u30A1-\u30FA\u30FC・A-Za-z]{1,20}?${OFFICE})[:：]?)$`, 'u');
/**
 * 「(総理)現時点で…」「【コーエン国防長官】…に感謝。」「岸田総理:…」: a paragraph that opens with its
 * speaker in brackets, or with an office holder and a colon (a transcript's layout).
 */
const INLINE_SPEAKER = new RegExp(String.raw`^(?:[-・○●]\s*)?(?:[(（【［<＜〈《≪]([^()（）【】［］<>＜＞〈〉《》≪≫0-9０-９]{1,20})[)）】］>＞〉》≫](?=\S)|([^、,。:：()（）]{0,20}?${OFFICE})[:：]\s*(?=\S))`, 'u');
const REPORTED = /(旨|述べ|こととな(?:った|りました)|非難|懸念|話し合(?:われ|っ)|発言|表明|強調|伝え|要請|説明|一致|確認|合意|共有(?:し(?:た|ました)|され)|歓迎|期待|感謝|謝意|提案|招待|招請|言及|紹介|触れ|求め|申し入れ|応じ|示し|表し|意向|発言があった|考えを)/u;
/** A sentence that ends in agreement with nobody named is a joint act of the principals (not 一致したい: a wish). */
// 「…柔軟に考えていくこととなった」 reports what both sides settled on, like 一致;
// 「…の重要性について話し合われました」: a discussion with nobody named is both sides', and so is
// 「…の道筋が合意された」.
const JOINT_RESULT = /(?:(一致|確認|合意|共有)(した(?!い)|しました|し、|され(?:た|ました)|。|$)|こととな(?:った|りました)|話し合(?:われ|っ)(?:た|ました))[^、,]{0,4}$/u;
// 「概要以下のとおり述べた」「以下の点を述べました」「以下の点について述べました」「次のように発言」「以下のとおり応じた」:
// the points below are the speaker's.
// 「以下を述べた」「次の発言があった」 introduce them too.
const LIST_INTRO = /(?:以下|次)(?:の(?:とおり|通り|[0-9一二三四五六七八九十]*点(?:を|について|に関し(?:て)?|に触れ(?:て)?)?|ように|ような発言|趣旨を?|内容を?)|を|の)(?:述べ|発言|説明|指摘|応じ|答え|返答|回答|反論|要請|強調|言及|表明)|概要(?:以下|次)の(?:発言|とおり発言)|発言(?:の)?(?:概要|要旨)は(?:以下|次)の(?:とおり|通り)/u;

interface Carry {
  speakers: string[];
  respondsTo: number | null;
}

/** 「中東和平に関し、岸田総理から、…」: the topic comes first and the speaker after it. */
// 「懇談の席上、李総理からは、…」: so does the setting (において, の席上, の場で, の際, に際し).
const TOPIC_FIRST = /^[^、,。「」]{1,40}?(?:に関し(?:ては|て)?|について(?:は)?|に関連し(?:て)?|をめぐり|を巡り|において|の席上|の場で|の際(?:に)?|に際し(?:て)?|を受け(?:て)?)[、,]\s*/u;

function markerAt(text: string, piece: Span, offset: number): Span | null {
  const m = MARKER.exec(text.slice(piece.start + offset, piece.end));
  if (!m) return null;
  return { start: piece.start + offset, end: piece.start + offset + (m[1] ?? m[2] ?? '').length };
}

/** Where the speaker may be named: at the head of the piece, or after a leading topic phrase. */
function markerSpans(text: string, piece: Span): Span[] {
  const body = text.slice(piece.start, piece.end);
  const connector = CONNECTOR.exec(body);
  const offset = connector ? connector[0].length : 0;
  const spans: Span[] = [];
  // 「ベータ大統領の発言概要は以下のとおり。」: whose remarks the points below are.
  const remarks = REMARKS_OF.exec(body.slice(offset));
  if (remarks) spans.push({ start: piece.start + offset, end: piece.start + offset + (remarks[1] ?? '').length });
  const head = markerAt(text, piece, offset);
  if (head) spans.push(head);
  const topic = TOPIC_FIRST.exec(body.slice(offset));
  const after = topic ? markerAt(text, piece, offset + topic[0].length) : null;
  if (after) spans.push(after);
  // 「「日本は重要なパートナーだ」とベータ大統領は述べた」: a direct quote first, its speaker after it.
  const quote = QUOTE_FIRST.exec(body.slice(offset));
  const quoted = quote ? markerAt(text, piece, offset + quote[0].length) : null;
  if (quoted) spans.push(quoted);
  // 「地域情勢についても意見交換が行われ、岸田大臣より、…旨述べた」: after a first clause of what happened, one given
  // the floor (より or から and a comma) is the speaker.
  const clause = FIRST_CLAUSE.exec(body.slice(offset));
  const floor = clause ? FLOOR_GIVEN.exec(body.slice(offset + clause[0].length)) : null;
  if (clause && floor) spans.push({ start: piece.start + offset + clause[0].length, end: piece.start + offset + clause[0].length + (floor[1] ?? '').length });
  return spans;
}

const FIRST_CLAUSE = /^[^、,。「」]{1,40}?[、,]\s*/u;
const FLOOR_GIVEN = /^([^、,。「」]{1,30}?)(?:より|から)(?:は)?[、,]/u;

const REMARKS_OF = /^([^、,。]{1,30}?)の(?:主な)?発言(?:の)?(?:概要|要旨)は/u;
/** 「…が同席した」「…も陪席しました」: a sentence that says who attended. */
const ATTENDANCE = /(?:同席|陪席)(?:し(?:た|まし|てい)|。|$)/u;
/** 「同席したX外務大臣から、…説明がありました」: one who sat in, given the floor, speaks. */
const SAT_IN_AND_SPOKE = /(?:同席|陪席)し(?:た|ていた)[^、,。「」]{1,40}?(?:から|より)(?:は)?[、,]/u;
const QUOTE_FIRST = /^(?:「[^「」]{1,400}」|『[^『』]{1,400}』)と(?:して)?[、,]?/u;

/** The first marker that names someone, and whether the piece has a marker at all. */
function speakerMarker(text: string, piece: Span, resolver: SpeakerResolver, continues = false): { found: boolean; speakers: string[] | null } {
  const spans = markerSpans(text, piece);
  for (const span of spans) {
    // 「…旨述べるとともに、両国は…である旨」: after とともに, 両国 is what is said, not who says it.
    if (continues && /^両国/u.test(text.slice(span.start, span.end).trim())) continue;
    // 「また、両国が共有する…を基に…したい旨述べた」: 両国 before が is the subject of a clause of what is
    // said; the pair speaks as 両国は, 両首脳は or 双方は.
    if (/^両国$/u.test(text.slice(span.start, span.end).trim()) && text[span.end] === 'が') continue;
    const speakers = resolver.speakersIn(span);
    if (speakers) return { found: true, speakers };
  }
  // 「この文脈で、日本は…と述べた」: a country as the subject of what is said names no new speaker.
  // Nor does the subject of a clause (「大臣の訪問を招待申し上げるとの発言が」): before は or が a speaker
  // is named by nouns, whose only kana is の. (「出席した各国大使から」 still names one: から gives the floor.)
  const naming = spans.filter((span) => {
    const named = text.slice(span.start, span.end).trim();
    const givesFloor = /^(?:より|から|の方から)/u.test(text.slice(span.end, span.end + 4));
    return !COUNTRY_SUBJECT.test(named) && (givesFloor || !/[ぁ-ねは-ゖ]/u.test(named));
  });
  return { found: naming.length > 0 && !continues, speakers: null };
}

const COUNTRY_SUBJECT = /^(?:日本|我が国|わが国|日本としても?)$/u;

/** The principals who did not just speak; null when that leaves no one or everyone. */
function otherSide(principals: string[], spoke: string[]): string[] | null {
  const others = principals.filter((id) => !spoke.includes(id));
  return others.length > 0 && others.length < principals.length ? others : null;
}

function lastBySomeoneElse(statements: DraftStatement[], speakers: string[]): number | null {
  for (let i = statements.length - 1; i >= 0; i--) {
    const s = statements[i]!;
    if (s.speakers.length === 0 || !s.speakers.every((id) => speakers.includes(id))) return i;
  }
  return statements.length > 0 ? statements.length - 1 : null;
}

/** A marker that hands the floor to someone new: 「(3)小泉総理より、」 ends a quoted list of points. */
// 「また、Y大臣から、」: a connective may stand before the new speaker.
const TURN_CONNECTIVE = String.raw`(?:(?:また|更に|さらに|その上で|次に|次いで|最後に|加えて|他方|なお|続いて|続けて|引き続き|そして|これを受け(?:て)?)[、,]\s*)?`;
const NEW_SPEAKER = new RegExp(String.raw`^(?:[-・○●]\s*)?(?:\(?[0-9]+\)\s*)?${TURN_CONNECTIVE}[^、,。]{1,30}?(?:より|から|の方から)[、,]`, 'u');

/** An office named alone, without a name or a country: 大統領, 国務長官. */
const OFFICE_ALONE = new RegExp(String.raw`^${OFFICE}$|^[^\u30A1-\u30FA\u30FC・]{0,4}${OFFICE}$`, 'u');
/** 「両首脳は、…一致しました」: the pair as the subject of its paragraph, which no heading's speaker says alone. */
const PAIR_SAYS = new RegExp(String.raw`^(?:[-・○●]\s*)?${TURN_CONNECTIVE}${PAIR_SUBJECT}(?:は|も)[、,]?`, 'u');
/** 「上川大臣は、…」: an office holder as the subject of his paragraph (a country as subject may be a point's content). */
const OFFICE_HOLDER_SAYS = new RegExp(String.raw`^(?:[-・○●]\s*)?${TURN_CONNECTIVE}[^、,。「」]{1,30}?${OFFICE}(?:は|が)`, 'u');

/** A sentence that ends in a discussion (協議しました, 議論を行いました), which says what was discussed, not what was said. */
const DISCUSSED_ONLY = /(?:協議|議論)を?(?:行い|行っ|し)(?:ました|た)[。\s]*$/u;
/** A sentence that ends in a deed, not in words: a visit (…特別機で訪日。), a site seen, a photograph, a ceremony attended, the call's end. */
const DEED_ONLY = /(?:(?:視察|見学|記念撮影を行|植樹を行|献花を?行|参列|に出席|共に過ご|は終了)(?:し|い|っ)?(?:ました|た)|(?:訪日|来日|訪問)(?:し(?:ました|た))?)[。\s]*$/u;

/** A heading of the form 「X発言」: whose remarks follow (callers ask once X names no one they can resolve). */
function isRemarksHeading(heading: string): boolean {
  return SPEAKER_HEADING.exec(heading.trim())?.[2] !== undefined;
}

/** The speaker a heading names (「(温家宝総理)」, 「総理発言」), resolved at its place in the text, or null. */
function headingSpeakers(text: string, at: number, heading: string, resolver: SpeakerResolver): string[] | null {
  const m = SPEAKER_HEADING.exec(heading.trim());
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!name) return null;
  const start = text.indexOf(name, at);
  if (start < 0) return null;
  const speakers = resolver.speakersIn({ start, end: start + name.length });
  return speakers && speakers.length > 0 ? speakers : null;
}

/**
 * The kind of enumerator a paragraph opens with (「4.」「(4)」「-」「ア」) and its indentation, or '' for none:
 * a flattened nested list repeats 「1.」 one level deeper.
 */
function enumeratorKind(text: string, paragraph: Paragraph): string {
  const mark = text.slice(paragraph.start, paragraph.contentStart).trim();
  if (mark === '') return '';
  const lineStart = text.lastIndexOf('\n', paragraph.start - 1) + 1;
  const indent = /^[ \t\u3000]*/u.exec(text.slice(lineStart, paragraph.contentStart))?.[0].length ?? 0;
  return `${indent}:` + mark.replace(/[0-9０-９]+/gu, '9').replace(/[一二三四五六七八九十]+/gu, '九').replace(/[アイウエオカキクケコ]/gu, 'ア').replace(/[イロハニホヘト]/gu, 'イ');
}

export function extractStatements(text: string, paragraphs: Paragraph[], resolver: SpeakerResolver, principalsAt: (offset: number) => string[], sections: Section[] = []): DraftStatement[] {
  const out: DraftStatement[] = [];
  let previous: Carry | null = null;
  let listCarry: Carry | null = null;
  let listTopic: number | null = null;
  /** The enumerator of the paragraph that opened the list: its next sibling (「5.」 after 「4.…次の点を述べた」) ends the list. */
  let listKind = '';
  let topicSeen: number | null = null;
  /** Whether the paragraphs so far run on from an attendee block (「(出席者)」 and its side lines). */
  let attendeeBlock = false;
  /** Whether the heading that gave listCarry was a name with an office alone (「(1)上川大臣」). */
  let carryUnderName = false;
  /**
   * 「(2)各国特使発言」: the heading of remarks by people the page does not name one by one. What follows it is said,
   * by no one the page names: a turn with no speaker, which ends the turn of the speaker before it.
   */
  const openUnnamedTurn = (topic: number | null, kind: string) => {
    listCarry = { speakers: [], respondsTo: null };
    listTopic = topic;
    listKind = kind;
    carryUnderName = false;
  };
  for (const paragraph of paragraphs) {
    const whole = { start: paragraph.contentStart, end: paragraph.end };
    const content = text.slice(whole.start, whole.end);
    if (paragraph.topic !== topicSeen) {
      topicSeen = paragraph.topic;
      // 「2.総理発言」: a section headed by its speaker gives him its paragraphs.
      const section = sections.find((x) => x.number === paragraph.topic && x.start <= paragraph.start && paragraph.start < x.end);
      const speakers = section ? headingSpeakers(text, section.start, section.heading, resolver) : null;
      if (speakers) {
        listCarry = { speakers, respondsTo: null };
        listTopic = paragraph.topic;
        listKind = '';
      } else if (section && isRemarksHeading(section.heading)) {
        openUnnamedTurn(paragraph.topic, '');
      }
      // 「3.出席者:」: a numbered section of who attended, its side lines below it.
      attendeeBlock = section !== undefined && isAttendanceHeading(section.heading);
    }
    // 「〔参考〕…での総理発言」: the title of a related page the summary points to, not a thing said here.
    if (/^[〔(（【［]参考[〕)）】］]/u.test(content.trim()) && !/。/u.test(content)) continue;
    // An attendee block (「(同席者)」 and its side lines) ends what a heading's speaker says.
    const line = text.slice(paragraph.start, paragraph.end);
    if (isAttendanceHeading(line)) {
      listCarry = null;
      attendeeBlock = true;
      continue;
    }
    // Its side lines (「(米側)A/B」: a side in brackets, which elsewhere heads that side's remarks) list who sat in.
    attendeeBlock = isAttendeeLine(line, attendeeBlock);
    if (attendeeBlock) {
      listCarry = null;
      continue;
    }
    // Under a heading of remarks by people not named one by one (a carry with no speaker, below), a country's
    // name alone on a line (「(イ)エル・サルヴァドル」) says whose remarks follow: no statement, and no new topic's end.
    if (listCarry && listCarry.speakers.length === 0 && findCountry(content.trim().replace(/^[(（][^()（）]{1,3}[)）]/u, '')) !== undefined) {
      listTopic = paragraph.topic;
      continue;
    }
    const sibling = listKind !== '' && enumeratorKind(text, paragraph) === listKind;
    // 「上川大臣は「…」と述べた」 under another's heading reports its own speaker: the heading's turn is over; so does
    // 「<topic>に関し、岡田大臣から、」 after a list of the other side's points.
    const ownSpeaker = (NEW_SPEAKER.test(content) || NEW_SPEAKER.test(content.replace(TOPIC_FIRST, '')) || ((OFFICE_HOLDER_SAYS.test(content) || PAIR_SAYS.test(content)) && REPORTED.test(content))) && speakerOfParagraph(text, whole, resolver);
    // Under a name alone on a line, what he said is written in sentences; a line of a name and an office
    // without any (「パト・パプアニューギニア外務移民相」) lists who came: the lines were a list of people.
    const notSaid = carryUnderName && !/[。、,，]/u.test(content);
    if (listCarry && (paragraph.topic !== listTopic || sibling || RESPONSE.test(content) || ownSpeaker || notSaid)) listCarry = null;
    const speakersOfHeading = headingSpeakers(text, whole.start, content, resolver);
    if (speakersOfHeading) {
      listCarry = { speakers: speakersOfHeading, respondsTo: null };
      listTopic = paragraph.topic;
      listKind = enumeratorKind(text, paragraph);
      carryUnderName = SPEAKER_HEADING.exec(content.trim())?.[3] !== undefined;
      continue;
    }
    // A paragraph that heads such remarks (「(2)各国特使発言」) ends the turn of the speaker before it and says nothing.
    if (isRemarksHeading(content)) {
      openUnnamedTurn(paragraph.topic, enumeratorKind(text, paragraph));
      continue;
    }
    const inline = INLINE_SPEAKER.exec(content);
    const inlineName = inline ? (inline[1] ?? inline[2])! : '';
    const inlineAt = inline ? whole.start + inline.index + inline[0].indexOf(inlineName) : 0;
    const inlineSpeakers = inline ? resolver.speakersIn({ start: inlineAt, end: inlineAt + inlineName.length }) : null;
    // 「(大統領)…」 where no one on the page holds that office: someone speaks whom the page does not name, so
    // the words are nobody's rather than the last speaker's.
    const unnamedOffice = inline && inlineSpeakers === null && OFFICE_ALONE.test(inlineName);
    if ((inlineSpeakers && inlineSpeakers.length > 0) || unnamedOffice) {
      const speakers = inlineSpeakers ?? [];
      out.push({ ...whole, topic: paragraph.topic, paragraph: paragraph.order, speakers, respondsTo: null, act: classifySpeechAct(content) });
      previous = { speakers, respondsTo: null };
      listCarry = null;
      continue;
    }
    if (listCarry) {
      // A table's rule (「|」) left in the text says nothing.
      if (!/[\p{L}]/u.test(content)) continue;
      // Points after 「概要以下のとおり述べた」 quote the speaker: one statement per point, its "subjects" not speakers.
      out.push({ ...whole, topic: paragraph.topic, paragraph: paragraph.order, speakers: listCarry.speakers, respondsTo: listCarry.respondsTo, act: classifySpeechAct(content) });
      continue;
    }
    for (const piece of splitPieces(text, whole)) {
      const body = text.slice(piece.start, piece.end);
      const marker = speakerMarker(text, piece, resolver, piece.continues);
      let speakers = marker.speakers;
      if (!speakers && !REPORTED.test(body)) {
        // 「Xより、投資の拡大を歓迎。今後とも協力を強化したい。」: in the clipped style a turn runs on over
        // sentences with no verb of saying; a sentence that names no one goes on with the words before it.
        const last = out[out.length - 1];
        if (last && !marker.found && last.paragraph === paragraph.order && text.slice(last.end, piece.start).trim() === '' &&
          /。$/u.test(body) && !NARRATIVE.test(body)) last.end = piece.end;
        continue;
      }
      // 「両者は…意見交換を行った」「…について協議しました」「…率直な議論を行いました」 report no content: not a statement.
      if (/意見交換を?(?:行|し)/u.test(body) && !/旨|一致|確認|合意|共有|述べ/u.test(body) && !REPORTED.test(body.replace(/[^、,。]*意見交換を?(?:行|し)[^、,。]*/gu, ''))) continue;
      if (DISCUSSED_ONLY.test(body) && !REPORTED.test(body)) continue;
      // 「…工場を視察しました」「…記念撮影を行いました」: what someone did, with no word said, is no statement.
      if (DEED_ONLY.test(body) && !REPORTED.test(body)) continue;
      // 「日本側からは、A局長、B審議官が同席しました」: who sat in is no speech, though 「Xからは、」 reads like a speaker.
      if (ATTENDANCE.test(body) && !/旨|述べ|表明|発言/u.test(body) && !SAT_IN_AND_SPOKE.test(body)) continue;
      // 「(ウ)成果文書の採択、その他(東ティモール発言)」「歓迎行事」: a short line that names no one and ends in a
      // noun or a bracket is a heading or a caption, not something said, whoever spoke before it.
      // (A page cut off mid-sentence, 「…謝意と期待が述」, still has its clause's particles: it is kept.)
      if (!speakers && body.length <= 40 && /[\u3400-\u9FFF々\u30A1-\u30FA\u30FC)）]$/u.test(body.trim()) && !/[がをは]|より|から/u.test(body)) continue;
      // 「今回の訪露は…エリツイン大統領からの招待によるものであった。」: the page's own account (a copula, nobody
      // named and nobody speaking before it) reports nothing said, whatever verb of saying it holds.
      if (!speakers && !marker.found && (!previous || previous.speakers.length === 0) && /(?:もの|こと)?で(?:あった|ある|あります|ありました)[。\s]*$/u.test(body) && !/旨|述べ|発言|表明/u.test(body)) continue;
      // 「…について、日本側の立場を申し入れた」: whoever puts a side's position is that side.
      const position = speakers ? null : OWN_POSITION.exec(body);
      if (position) speakers = resolver.speakersIn({ start: piece.start + position.index, end: piece.start + position.index + (position[1] ?? '').length });
      // 「また、日本として、…を紹介し」: a piece that opens with Japan acting as Japan, no one named, is Japan's side's.
      const opening = speakers ? 0 : CONNECTOR.exec(body)?.[0].length ?? 0;
      const asJapan = speakers ? null : OPENS_AS_JAPAN.exec(body.slice(opening));
      if (asJapan) speakers = resolver.speakersIn({ start: piece.start + opening, end: piece.start + opening + (asJapan[1] ?? '').length });
      if (!speakers && JOINT_RESULT.test(body.replace(/[。\s]+$/u, '')) && !/旨/u.test(body)) speakers = principalsAt(piece.start);
      // 「Xから…説明があったのに対し、…旨述べた」: a reply that names no one is the other side's.
      if (!speakers && previous && (piece.answersPrevious || RESPONSE.test(body)) && !marker.found) speakers = otherSide(principalsAt(piece.start), previous.speakers);
      if (!speakers && previous && (CONTINUATION.test(body) || !marker.found || piece.continues)) speakers = previous.speakers;
      speakers ??= [];
      const answers = RESPONSE.test(body) || piece.answersPrevious || REPLY_VERB.test(body) || (/たところ[、,]/u.test(body.slice(0, 60)) && !/たところ[、,]$/u.test(body));
      const respondsTo: number | null = answers ? lastBySomeoneElse(out, speakers) : null;
      // 「李総理から、概要以下の発言があった。」 introduces points and says nothing itself.
      const said = body.replace(/^.*?(?:より|から|は)(?:は)?[、,]?/u, '');
      const saysNothing = (LIST_INTRO.test(body) && said.length < 20) || BARE_COURTESY.test(said);
      if (!saysNothing) out.push({ ...piece, topic: paragraph.topic, paragraph: paragraph.order, speakers, respondsTo, act: classifySpeechAct(body) });
      previous = { speakers, respondsTo };
      if (LIST_INTRO.test(body)) {
        listCarry = { speakers, respondsTo };
        listTopic = paragraph.topic;
        listKind = enumeratorKind(text, paragraph);
      }
    }
  }
  return out;
}

function speakerOfParagraph(text: string, span: Span, resolver: SpeakerResolver): boolean {
  return (speakerMarker(text, span, resolver).speakers?.length ?? 0) > 0;
}
