#!/usr/bin/env node
// How extraction holds up on pages unlike the ones its rules were written on, without gold: each page is
// extracted as it is and again rewritten in a way that keeps its meaning, and the two readings compared.
//
//   npm run eval:variants -- [<docs-dir>] [--exclude FILE] [--verbose]
//
//   <docs-dir>      meeting summaries to rewrite; default ../shared/corpus/docs
//   --exclude FILE  file names (separated by spaces or lines, with or without .txt) to leave out, e.g. pages kept unread
//   --verbose       one line per page whose reading changed
//
// The rewrites:
//   comma ，, full stop ．, both, 『』 quotes, half-width marks   the same page in another punctuation style;
//                                 its reading must not change at all (entities, statements, participants)
//   served as HTML                the page as the ministry serves it (menus, breadcrumb, footer, numbered
//                                 lines as nested <ol>): the same entities, statements and topics
//   cut in half                   the page stopped mid-sentence half-way, as many stored copies are: what
//                                 it keeps reads the same (and the meeting, when the lead is kept whole)
//   people renamed                every person the lexicon knows gets an invented name of the same script
//                                 (kanji surname and given name apart, katakana part by part): what was
//                                 found with the lexicon's help must be found from the page alone, so the
//                                 reading's shape (participants' roles, countries and titles, the number of
//                                 speakers of each statement) must not change
//   names spaced                  a kanji full name written with a space after the surname (安倍　晋三), as
//                                 official pages often do: the same people, the same shape
//   places renamed                every katakana place becomes an invented one: each meeting keeps its place,
//                                 under its new name
//
// A changed page is not always an error (a renamed 金大中 loses what only the lexicon knew about him), but
// a rule that fits the genre rather than the pages keeps these counts low. Prints one table row per
// rewrite. Exit code 0; 2 on bad usage.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extractDocument, prepareSource } = await import(join(ROOT, 'dist', 'pipeline.js'));
const { isLexiconPersonId } = await import(join(ROOT, 'dist', 'resolve', 'people.js'));

function parseArgs(argv) {
  const options = { docs: resolve(ROOT, '..', 'shared', 'corpus', 'docs'), exclude: new Set(), verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose') options.verbose = true;
    else if (arg === '--exclude') {
      const file = argv[++i];
      if (!file || !existsSync(file)) usage(`--exclude needs a file that exists`);
      for (const name of readFileSync(file, 'utf8').split(/\s+/u)) if (name) options.exclude.add(basename(name).replace(/\.txt$/u, ''));
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else options.docs = resolve(arg);
  }
  if (!existsSync(options.docs)) usage(`no folder ${options.docs}`);
  return options;
}

function usage(message) {
  console.error(`eval-variants: ${message}\nusage: npm run eval:variants -- [<docs-dir>] [--exclude FILE] [--verbose]`);
  process.exit(2);
}

/** Character for character, so that every offset stays where it was. */
const swap = (pairs) => (text) => [...text].map((c) => pairs.get(c) ?? c).join('');
const PUNCTUATION = {
  'comma ，': swap(new Map([['、', '，']])),
  'full stop ．': swap(new Map([['。', '．']])),
  '，and ．': swap(new Map([['、', '，'], ['。', '．']])),
  '『』 quotes': swap(new Map([['「', '『'], ['」', '』']])),
  'half-width marks': swap(new Map([['。', '｡'], ['「', '｢'], ['」', '｣'], ['、', '､'], ['・', '･']])),
};

const SURNAMES = ['浅野', '松浦', '杉本', '岡部', '河合', '北村', '梅田', '堀口', '片岡', '宮坂', '野沢', '桑原', '篠田', '平塚', '柳沢', '真鍋'];
const GIVEN = ['健一', '直樹', '浩二', '和也', '誠司', '博之', '雅人', '敏夫', '恵子', '聡子'];
const KATAKANA = ['ロベルタ', 'ファルカス', 'ミンデル', 'ソラーノ', 'ケルバー', 'ドゥラン', 'ヴァリエ', 'モルネ', 'タリク', 'ベネシュ', 'オルタン', 'サンデル', 'カザレス', 'ホルヴァト', 'ペトラク', 'リンドクヴィスト'];
const PLACES = ['ベルカストロ', 'ミランデラ', 'ソルヴィク', 'タラゴニア', 'ケステルン', 'ヴァルモラ', 'ドルニエ', 'ポルタヴィ'];
const OFFICE_AFTER_SURNAME = /^(?:大統領|大臣|首相|総理|主席|外相|長官|議長|国王|委員長|副)/u;

/** Replaces every key of `names` at once (longest first), so that no replacement is replaced again. */
function replaceAll(text, names) {
  const list = [...names].sort((a, b) => b[0].length - a[0].length);
  let out = text;
  list.forEach(([from], i) => { out = out.split(from).join(`\u0000${i}\u0000`); });
  return out.replace(/\u0000(\d+)\u0000/gu, (_, i) => list[Number(i)][1]);
}

/** The lexicon's people on the page, each given an invented name of the same script. */
function renamePeople(text, result) {
  const names = new Map();
  let n = 0;
  for (const e of result.entities) {
    if (e.type !== 'Person' || !isLexiconPersonId(e.id)) continue;
    if (/^[\u3400-\u9FFF々]{3,5}$/u.test(e.name)) {
      // The surname is what the page writes before an office (岸田総理, 金大統領).
      let surname = e.name.slice(0, 2);
      for (const m of e.mentions) {
        if (m.text.startsWith(e.name)) continue;
        let k = 0;
        while (k < e.name.length && m.text[k] === e.name[k]) k++;
        while (k > 1 && OFFICE_AFTER_SURNAME.test(m.text.slice(k - 1)) && !OFFICE_AFTER_SURNAME.test(m.text.slice(k))) k--;
        if (k >= 1 && k < e.name.length) surname = e.name.slice(0, k);
      }
      names.set(e.name, SURNAMES[n % SURNAMES.length] + GIVEN[n % GIVEN.length]);
      names.set(surname, SURNAMES[n % SURNAMES.length]);
      n++;
    } else if (/^[\u30A1-\u30FA\u30FC・=]+$/u.test(e.name)) {
      const parts = e.name.split(/[・=]/u).filter(Boolean);
      const invented = parts.map((_, i) => KATAKANA[(n * 3 + i) % KATAKANA.length]);
      names.set(e.name, invented.join('・'));
      parts.forEach((part, i) => { if (part.length >= 3) names.set(part, invented[i]); });
      n++;
    }
  }
  return replaceAll(text, names);
}

const escape = (text) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * The page as the ministry serves it: menus, a breadcrumb and a footer around the body, the title in <h1>,
 * each numbered line an item of an ordered list nested by its indentation (the numbers left to the
 * list), each 「- 」 line an item of a bulleted one, every other line a paragraph.
 */
function asHtml(text) {
  const lines = text.split('\n');
  const out = [];
  const open = []; // indentation of each open list
  const closeTo = (indent) => {
    while (open.length > 0 && open[open.length - 1].indent >= indent) out.push(`</li></${open.pop().tag}>`);
  };
  for (const [i, line] of lines.entries()) {
    if (i === 0) { out.push(`<h1>${escape(line.trim())}</h1>`); continue; }
    const item = /^(\s*)(?:([0-9]{1,2})\.|(-))\s+(.*)$/u.exec(line);
    if (!item) {
      if (line.trim() === '') continue;
      closeTo(0);
      out.push(`<p>${escape(line.trim())}</p>`);
      continue;
    }
    const indent = item[1].length + 1;
    const tag = item[3] ? 'ul' : 'ol';
    const top = open[open.length - 1];
    if (top && top.indent > indent) closeTo(indent + 1);
    const same = open[open.length - 1];
    if (same && same.indent === indent && same.tag === tag) out.push(`</li><li${tag === 'ol' ? ` value="${item[2]}"` : ''}>`);
    else {
      if (same && same.indent === indent) closeTo(indent);
      out.push(`<${tag}><li${tag === 'ol' ? ` value="${item[2]}"` : ''}>`);
      open.push({ indent, tag });
    }
    out.push(escape(item[4]));
  }
  closeTo(0);
  const title = escape(lines[0]?.trim() ?? '');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>${title} | 外務省</title><script>var s = "<p>会談</p>";</script></head>
<body><div id="header"><ul class="menu"><li><a href="/a">会見・発表・広報</a></li><li><a href="/b">外交政策</a></li><li><a href="/c">国・地域</a></li></ul></div>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/p">会見・発表・広報</a> &gt; ${title}</div>
<div id="main">${out.join('\n')}</div>
<div id="footer"><p><a href="#top">このページのトップへ戻る</a></p><p>Copyright © Ministry of Foreign Affairs of Japan</p></div></body></html>`;
}

/** What a reader compares when offsets move: entities, and who said what under which topic. */
function content(result) {
  const local = (id) => id.replace(/@[0-9a-f]+$/u, '@');
  return JSON.stringify({
    entities: result.entities.map((e) => `${e.type}:${e.name}`).sort(),
    statements: result.statements.map((s) => `${s.topic}:${s.text.replace(/\s+/gu, '')}=${s.speakers.map(local).join('+')}`),
    participants: result.meetings.map((m) => m.participants.map((p) => `${local(p.entity)}/${p.role}/${p.country}/${p.title}`).sort()),
  });
}

/**
 * What a copy cut off mid-sentence keeps of the page's reading: mentions and statements that end before
 * the last full stop it holds, and, when that comes after the lead, the meeting's principals and fields.
 */
function keptReading(result, safe, withMeeting) {
  const local = (id) => id.replace(/@[0-9a-f]+$/u, '@');
  return JSON.stringify({
    mentions: result.entities.flatMap((e) => e.mentions.filter((m) => m.end <= safe).map((m) => `${e.type}@${m.start}-${m.end}`)).sort(),
    statements: result.statements.filter((s) => s.end <= safe).map((s) => `${s.start}-${s.end}:${s.speakers.map(local).join('+')}`),
    meetings: withMeeting ? result.meetings.map((m) => [m.kind, m.date, m.location?.id, m.occasion?.id, ...m.participants.filter((p) => p.role === 'principal').map((p) => `${local(p.entity)}/${p.country}`).sort()]) : null,
  });
}

/** Each kanji full name of a person the lexicon knows written with a space after the surname (安倍 晋三). */
function spaceNames(text, result) {
  const names = new Map();
  for (const e of result.entities) {
    if (e.type !== 'Person' || !isLexiconPersonId(e.id) || !/^[\u3400-\u9FFF々]{3,5}$/u.test(e.name)) continue;
    const short = e.mentions.map((m) => m.text).find((t) => !t.startsWith(e.name) && t[0] === e.name[0]);
    let k = 0;
    while (short && k < e.name.length && short[k] === e.name[k]) k++;
    if (k >= 1 && k < e.name.length) names.set(e.name, `${e.name.slice(0, k)}\u3000${e.name.slice(k)}`);
  }
  return replaceAll(text, names);
}

/** Katakana places the page names, each replaced by an invented one (the names, old → new). */
function placeNames(result) {
  const names = new Map();
  for (const e of result.entities) {
    if (e.type !== 'Location') continue;
    for (const m of e.mentions) if (/^[\u30A1-\u30FA\u30FC・]{3,}$/u.test(m.text) && !names.has(m.text)) names.set(m.text, PLACES[names.size % PLACES.length]);
  }
  return names;
}

/** Everything a reader compares: entities, statements with their speakers, participants. */
function reading(result) {
  const local = (id) => id.replace(/@[0-9a-f]+$/u, '@');
  return JSON.stringify({
    entities: result.entities.map((e) => `${e.type}:${e.name.replace(/[『｢]/gu, '「').replace(/[』｣]/gu, '」')}`).sort(),
    statements: result.statements.map((s) => `${s.start}-${s.end}:${s.speakers.map(local).join('+')}`),
    participants: result.meetings.map((m) => m.participants.map((p) => `${local(p.entity)}/${p.role}/${p.country}/${p.title}`).sort()),
  });
}

/** What must survive new names: who took part in what role for which country, and how many spoke each statement. */
function shape(result) {
  return JSON.stringify({
    participants: result.meetings.map((m) => m.participants.map((p) => `${p.role}/${p.country}/${p.title}`).sort()),
    speakers: result.statements.map((s) => s.speakers.length),
  });
}

/** Each meeting's place as the page writes it, through the renaming. */
const places = (result, names = new Map()) => result.meetings.map((m) => m.location?.name ?? null).filter(Boolean).map((name) => names.get(name) ?? name);

const options = parseArgs(process.argv.slice(2));
const files = readdirSync(options.docs).filter((f) => /\.(?:txt|html?)$/u.test(f) && !options.exclude.has(f.replace(/\.[a-z]+$/u, ''))).sort();
const rows = new Map();
const count = (name, page, changed, detail = '') => {
  const row = rows.get(name) ?? { pages: 0, changed: 0 };
  row.pages++;
  if (changed) {
    row.changed++;
    if (options.verbose) console.log(`${name}: ${page} ${detail}`);
  }
  rows.set(name, row);
};

let placesBefore = 0;
let placesAfter = 0;
for (const file of files) {
  const source = prepareSource({ source: join(options.docs, file), bytes: readFileSync(join(options.docs, file)) });
  const original = await extractDocument(source);
  const read = reading(original);
  for (const [name, rewrite] of Object.entries(PUNCTUATION)) {
    const varied = await extractDocument({ ...source, text: rewrite(source.text) });
    count(name, file, reading(varied) !== read);
  }
  const html = await extractDocument(prepareSource({ source: join(options.docs, `${file}.html`), bytes: new TextEncoder().encode(asHtml(original.document.text)) }));
  count('served as HTML', file, content(html) !== content(original));
  const renamed = await extractDocument({ ...source, text: renamePeople(original.document.text, original) });
  count('people renamed', file, shape(renamed) !== shape(original), `${shape(original)} → ${shape(renamed)}`);
  const whole = original.document.text;
  const safe = whole.lastIndexOf('。', Math.floor(whole.length / 2)) + 1;
  const half = await extractDocument({ ...source, text: whole.slice(0, Math.floor(whole.length / 2)) });
  const leadKept = original.statements.length > 0 && original.statements[0].start < safe;
  count('cut in half', file, keptReading(half, safe, leadKept) !== keptReading(original, safe, leadKept));
  const spaced = await extractDocument({ ...source, text: spaceNames(original.document.text, original) });
  const people = (result) => result.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort().join();
  count('names spaced', file, shape(spaced) !== shape(original) || people(spaced) !== people(original), `${people(original)} → ${people(spaced)}`);
  const names = placeNames(original);
  const moved = await extractDocument({ ...source, text: replaceAll(original.document.text, names) });
  const wanted = places(original, names);
  const kept = wanted.filter((name) => places(moved).includes(name)).length;
  placesBefore += wanted.length;
  placesAfter += kept;
  count('places renamed', file, kept < wanted.length, `${wanted} → ${places(moved)}`);
}

console.log(`${files.length} pages of ${options.docs}${options.exclude.size ? ` (${options.exclude.size} left out)` : ''}\n`);
console.log('rewrite              pages whose reading changed');
for (const [name, row] of rows) console.log(`${name.padEnd(20)} ${String(row.changed).padStart(4)} of ${row.pages}`);
console.log(`\nmeeting places kept when every katakana place is renamed: ${placesAfter} of ${placesBefore}`);
