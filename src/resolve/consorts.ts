// A leader's consort is named by a consort's title (王妃陛下, 大統領夫人, 総理夫人) and seldom with a country, but the
// page places her: 総理夫人 is the Japanese prime minister's, and 「X国王陛下及び同王妃陛下」「Y大統領、Z夫人」 write her
// right after the leader she accompanies.
import type { PersonCluster } from './people.js';

/** A consort's title as written after a name (王妃陛下, 大統領夫人, 令夫人, 皇太子妃殿下). */
const CONSORT_TITLE = /(?:王妃|妃|夫人|令夫人|皇后)(?:陛下|殿下)?$/u;
const LEADER_ROLES = new Set(['head_of_state', 'head_of_government', 'royal']);
/** What may stand between a leader and the consort written right after him: his name in English, and 及び or と. */
const JOINED = /^(?:[(（][^()（）]*[)）])?\s*(?:及び|並びに|と|、|,)\s*$/u;

/** Gives a country to each consort the page names without one, from her title or the leader written right before her. */
export function placeConsorts(clusters: PersonCluster[], text: string): void {
  const leaders = clusters.filter((c) => c.country && [...c.roles].some((role) => LEADER_ROLES.has(role)));
  for (const consort of clusters) {
    if (consort.country || consort.mentions.length === 0) continue;
    if (!consort.mentions.every((m) => m.title && CONSORT_TITLE.test(m.title.text))) continue;
    if (consort.mentions.some((m) => /総理/u.test(m.title!.text))) {
      consort.country = 'JPN';
      continue;
    }
    const countries = new Set<string>();
    for (const m of consort.mentions) {
      for (const leader of leaders) {
        if (leader === consort) continue;
        if (leader.mentions.some((l) => l.end <= m.start && m.start - l.end <= 200 && JOINED.test(text.slice(l.end, m.start)))) countries.add(leader.country!);
      }
    }
    if (countries.size === 1) consort.country = [...countries][0]!;
  }
}
