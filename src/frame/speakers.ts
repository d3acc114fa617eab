// Who a speaker marker names: a person (小泉総理, カシヤノフ首相), a title standing for a participant
// (総理, 同首相), the other side (先方), our side (当方), a side by its country (中国側: its principal), or
// both principals (両首脳, 両外相, 双方).
import { canonicalTitle } from '../lexicon/index.js';
import type { Participant, Span } from '../types.js';
import type { PersonMention } from '../extract/persons.js';
import type { PersonCluster } from '../resolve/people.js';
import type { SpeakerResolver } from './statements.js';
import { AS_JAPAN } from './sentences.js';

// 「日英双方とも」: the pair may be named before 双方. 両氏 (both gentlemen) is the pair too.
const BOTH = /^(?:[日米露ロ中韓朝英仏独伊加豪印](?:・?[日米露ロ中韓朝英仏独伊加豪印]){1,3}|日・?[\u30A1-\u30FA\u30FC]{1,8})?(?:両首脳|両外相|両大臣|両者|両氏|双方|両国首脳|両首相|両総理|両大統領|両国|首脳間|両首脳間|各首脳|(?:[2-9二三四五]|[2-9二三四五]か国の|三者の?|各国の?)(?:首脳|外相|大臣|首相))$/u;

const AS_JAPAN_MARKER = new RegExp(String.raw`^${AS_JAPAN}$`, 'u');

export function speakerResolver(
  text: string,
  persons: PersonMention[],
  clusterOf: Map<PersonMention, PersonCluster>,
  /** The participants of the meeting the text at an offset reports (a report of several talks has several). */
  participantsAt: (offset: number) => Participant[],
  /** Organisations and countries mentioned inside a span, for 「ASEAN側参加国からは」. */
  groupsIn: (span: Span) => string[],
): SpeakerResolver {
  return {
    speakersIn(span: Span): string[] | null {
      const principals = participantsAt(span.start).filter((p) => p.role === 'principal');
      const marker = text.slice(span.start, span.end).trim();
      if (BOTH.test(marker)) return principals.map((p) => p.entity);
      // 「先方から」: the other side's principals. 「先方大統領から」「先方外相より」: the one of the other side who
      // holds that office, when one does (a delegation member too), else its principals.
      const otherSide = /(?:先方|相手側)([\u3400-\u9FFF々]{0,6}(?:大統領|首相|総理|大臣|外相|長官|国王|主席|議長))?$/u.exec(marker);
      if (otherSide) {
        const office = otherSide[1] ? canonicalTitle(otherSide[1]) : null;
        const holders = office ? participantsAt(span.start).filter((p) => p.country !== 'JPN' && p.title && canonicalTitle(p.title).endsWith(office)) : [];
        if (holders.length === 1) return [holders[0]!.entity];
        return principals.filter((p) => p.country !== 'JPN').map((p) => p.entity);
      }
      // 「日本として、」「我が国としては、」: what Japan does or holds as Japan is said by its side.
      if (/(当方|我が方|日本側|我が国)$/u.test(marker) || AS_JAPAN_MARKER.test(marker)) return principals.filter((p) => p.country === 'JPN').map((p) => p.entity);
      // A side speaking as a group (ASEAN側参加国, EU側): the organisation or country it names.
      if (/側(?:参加国|各国|出席者)?$/u.test(marker)) {
        const groups = groupsIn(span);
        const group = groups[groups.length - 1];
        // 「中国側は」 in talks with China's leader: that side speaks through its principal.
        const side = /側$/u.test(marker) ? principals.filter((p) => p.country === group) : [];
        if (side.length > 0) return side.map((p) => p.entity);
        if (group) return [group];
      }
      const inMarker = persons.filter((m) => m.start >= span.start && m.end <= span.end && clusterOf.has(m));
      const last = inMarker[inMarker.length - 1];
      // The marker must end with the person (「小泉総理より」), not merely contain one (「総理の訪露について」).
      if (!last || span.end - last.end > 1) return null;
      // 「安倍総理大臣とラマポーザ副大統領は」: everyone joined by と/及び speaks together.
      const joined = [last];
      for (let i = inMarker.length - 2; i >= 0; i--) {
        const gap = text.slice(inMarker[i]!.end, joined[0]!.start);
        if (!/^\s*(と|及び|並びに|、|,)\s*$/u.test(gap)) break;
        joined.unshift(inMarker[i]!);
      }
      return [...new Set(joined.map((m) => clusterOf.get(m)!.id))];
    },
  };
}
