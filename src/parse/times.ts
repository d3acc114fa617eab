// Meeting times from a lead sentence: a range (10時00分から10時50分まで, 12:06から14:57にかけて,
// 15時05分から15時40分までの間), or a start and a duration (午前8時30分から15分間, 約1時間50分, 正午から約1時間).
// MOFA writes 午後19時53分 for 19:53, so 午後 only adds 12 to hours below 12.
import { pad2 } from './numbers.js';

export interface MeetingTime {
  start: string | null;
  end: string | null;
  durationMinutes: number | null;
  /** 現地時間 or 日本時間 where the text says which clock it uses. */
  timeNote: string | null;
}

// 「午後6時時15分」: a doubled 時 is a slip of the keyboard, not another clock.
const CLOCK = '(?:(午前|午後)|(?<!\\s))\\s*(\\d{1,2})(?:時時?(?!間)(?:(\\d{1,2})分|(半))?|:(\\d{2}))(?:頃|ごろ|過ぎ|前)?';
const START = new RegExp(CLOCK, 'u');
const END_AFTER_START = new RegExp(
  `^\\s*(?:\\([^)]*\\))?\\s*(?:から|より|~|〜|-|－)\\s*(?:\\([^)]*\\))?\\s*${CLOCK}\\s*(?:\\([^)]*\\))?\\s*(?:まで|にかけて)?`,
  'u',
);
const DURATION_STRICT = /約?\s*(\d+)\s*時間(?:\s*(\d+)\s*分|(半))?|約?\s*(\d+)\s*分/u;

/** A clock followed by the local time in parentheses: the first clock is Japan's (午後3時20分(現地時間同日午前10時20分)). */
const LOCAL_ASIDE = new RegExp(`${CLOCK}\\s*[(（]現地時間(?:同日|前日|翌日)?\\s*(?=(?:午前|午後)?\\s*\\d)([^()（）]*)[)）]`, 'gu');

/**
 * Replaces Japan-time clocks with spaces, so offsets stay and only local time is read: parenthesised
 * Japan-time asides, and a Japan-time clock whose local time follows in parentheses (the local clock
 * is kept, its parentheses blanked).
 */
export function maskJapanTime(text: string): string {
  const asides = text.replace(/[(（][^()（）]*(?:日本時間|本邦)[^()（）]*[)）]/gu, (m) => {
    // 「(日本時間)」 with no clock labels the clock before it; it stays.
    if (!/\d/u.test(m)) return m;
    // 「(現地時間。日本時間では22日0時)」: the label of the clock before it stays, the Japan clock goes.
    const local = m.indexOf('現地時間');
    return local >= 0 ? `${m[0]}現地時間${' '.repeat(m.length - 6)}${m[m.length - 1]}` : ' '.repeat(m.length);
  });
  return asides.replace(LOCAL_ASIDE, (m, ...groups: unknown[]) => {
    const local = String(groups[5] ?? '');
    const kept = `現地時間${local} `;
    return ' '.repeat(m.length - kept.length) + kept;
  });
}

function toClock(ampm: string | undefined, hourText: string, minuteText: string | undefined): string | null {
  let hour = Number(hourText);
  const minute = minuteText === '半' ? 30 : Number(minuteText ?? 0);
  if (ampm === '午後' && hour < 12) hour += 12;
  if (ampm === '午前' && hour === 12) hour = 0;
  if (hour > 24 || minute > 59) return null;
  return `${pad2(hour)}:${pad2(minute)}`;
}

function clockFrom(m: RegExpMatchArray): string | null {
  return toClock(m[1], m[2] ?? '0', m[3] ?? m[4] ?? m[5]);
}

function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  const diff = (eh ?? 0) * 60 + (em ?? 0) - ((sh ?? 0) * 60 + (sm ?? 0));
  return diff >= 0 ? diff : diff + 24 * 60;
}

function durationIn(text: string): number | null {
  const m = DURATION_STRICT.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return Number(m[1]) * 60 + (m[3] ? 30 : Number(m[2] ?? 0));
  return Number(m[4]);
}

/** Reads the meeting time from the lead sentence. `written` should already be masked with maskJapanTime. */
export function parseMeetingTime(written: string): MeetingTime {
  // 「正午から」「午前零時5分」: noon and midnight in words are clocks too.
  const text = written.replace(/正午/gu, '午後0時').replace(/零時/gu, '0時');
  const timeNote = /現地時間/.test(text) ? '現地時間' : /日本時間/.test(text) ? '日本時間' : null;
  const startMatch = START.exec(text);
  if (!startMatch) {
    // No clock time: a bare duration still counts (約1時間にわたり).
    const bare = /約\s*(\d+)\s*時間(?:\s*(\d+)\s*分|半)?(?:間|にわたり|にわたって)|約\s*(\d+)\s*分間?/u.exec(text);
    const durationMinutes = durationAfterTalks(text) ?? (bare ? durationIn(bare[0]) : null);
    return { start: null, end: null, durationMinutes, timeNote };
  }
  const start = clockFrom(startMatch);
  const rest = text.slice(startMatch.index + startMatch[0].length);
  const endMatch = END_AFTER_START.exec(rest);
  if (endMatch && start) {
    // An end clock only when it is a clock, not a duration ("から約15分間").
    // 午後5時35分から6時15分まで: an end without 午前/午後 is on the start's side of noon.
    const endAmPm = endMatch[1] ?? (startMatch[1] === '午後' && Number(endMatch[2]) < 12 ? '午後' : undefined);
    const end = toClock(endAmPm, endMatch[2] ?? '0', endMatch[3] ?? endMatch[4] ?? endMatch[5]);
    const isDuration = /^\s*(?:\([^)]*\))*\s*(?:から|より)\s*約/.test(rest) || /^[^時:]*分間/.test(rest.slice(0, endMatch[0].length));
    // A length the page writes beside the talks (会談を行った(約20分間)) is the one it gives, clocks or not.
    if (end && !isDuration) return { start, end, durationMinutes: durationAfterTalks(text) ?? minutesBetween(start, end), timeNote };
  }
  // 「午後0時15分頃(日本時間)(米国時間12日午後10時15分頃)から約20分間」: an aside per clock may stand before から.
  const window = rest.slice(0, 60);
  const afterFrom = /^(?:\s*\([^)]*\))*\s*(?:頃|ごろ)?\s*(?:から|より)/.test(window) ? window.replace(/\([^)]*\)/gu, '') : '';
  return { start, end: null, durationMinutes: (afterFrom ? durationIn(afterFrom) : null) ?? durationAfterTalks(text), timeNote };
}

/**
 * 「…から、X首相との間で、日中首脳会談(約50分間、同時通訳)及び…」「…首脳会談を行った(約20分間)」: the talks'
 * length beside their name or their verb.
 */
function durationAfterTalks(text: string): number | null {
  const m = /(?:会談|会合|表敬|懇談)(?:を行った|を行いました|を行い|した)?[(（]\s*(約?\s*\d+\s*(?:時間(?:\s*\d+\s*分)?|分))/u.exec(text);
  return m ? durationIn(m[1] ?? '') : null;
}
