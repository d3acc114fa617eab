// Speech-act label of a statement, from the Japanese predicate that reports it: the predicate nearest
// the end of the statement decides. Mapping (documented in the README):
//   哀悼/弔意/お悔やみ/お見舞い → condolence      謝意/感謝/お礼 → gratitude
//   祝意/祝福/お祝い/祝し → congratulation        期待 → expectation
//   一致/合意/確認 (joint) → agreement             提案/提起 → proposal
//   要請/求め/申し入れ/働きかけ/依頼 → request      説明/紹介/報告 → explanation
//   強調/重視 → emphasis                          招待/招請 → invitation
//   anything else (述べた, 発言, 表明) → statement
import type { SpeechAct } from '../types.js';

const ACTS: Array<[RegExp, SpeechAct]> = [
  [/哀悼|弔意|お悔やみ|お見舞い|見舞い/u, 'condolence'],
  [/謝意|感謝|お礼|謝辞/u, 'gratitude'],
  [/祝意|祝福|お祝い|祝し|祝辞/u, 'congratulation'],
  [/招待|招請/u, 'invitation'],
  [/要請|求め|申し入れ|働きかけ|依頼/u, 'request'],
  [/提案|提起/u, 'proposal'],
  [/期待/u, 'expectation'],
  [/強調|重視/u, 'emphasis'],
  [/説明|紹介|報告/u, 'explanation'],
  [/一致|合意|確認/u, 'agreement'],
];

/**
 * The act whose predicate comes last in the statement's tail: 「働きかけることを期待している」 is an
 * expectation. In 「…旨述べた」 the reporting verb after 旨 decides, with the words just before 旨
 * (感謝したい旨) — not words of the content (交渉を…合意に基づき進めたい旨述べた is a statement).
 */
export function classifySpeechAct(statement: string): SpeechAct {
  const gist = statement.lastIndexOf('旨');
  const tail = gist >= 0 ? statement.slice(Math.max(0, gist - 8)) : statement.slice(-24);
  let best: { at: number; act: SpeechAct } | null = null;
  for (const [regex, act] of ACTS) {
    for (const m of tail.matchAll(new RegExp(regex.source, 'gu'))) {
      if (!best || m.index > best.at) best = { at: m.index, act };
    }
  }
  return best?.act ?? 'statement';
}
