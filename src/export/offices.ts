// One office, many titles: MOFA writes the same post as 外相 in one summary and 外務大臣 in the next,
// and each country's foreign minister under its own Japanese rendering (国務長官, 外交部長, 外務・英連邦
// 大臣). The actors export and the API's officeHolders fold every title of this table into its office,
// so a person's tenure is one spell per office, not one per spelling. Reviewed by hand against the
// lexicon's title table (src/lexicon/data/titles.ts, whose roles and canonical forms it follows);
// test/unit/offices.test.ts checks that every title here is one the lexicon knows and sits in one
// office only. Left out on purpose, because they name another post: 次期大統領 (president-elect),
// 大統領権限代行 and 暫定大統領 (acting), 副首相/副総理 (deputy), 防衛庁長官 (the agency before the
// ministry), 大蔵大臣 (the ministry before 財務省), 行政長官 (Hong Kong, not a state), 国家最高顧問
// and 首席顧問 (posts of their own beside a president).
// A title not in the table is its own office, named by the title.
import { type TitleEntry, titles } from '../lexicon/index.js';

export interface OfficeEntry {
  /** Stable key: the `office` column and the API's `office` argument. */
  key: string;
  /** English name for readers outside Japan. */
  label: string;
  /** Every title written for the office, the lexicon's canonical form first. */
  titles: readonly string[];
}

/** Titles the lexicon files under one role, in its order: every rendering of a foreign minister. */
const ofRole = (role: TitleEntry['role']) => titles.filter((entry) => entry.role === role).map((entry) => entry.title);

export const OFFICES: readonly OfficeEntry[] = [
  { key: 'head_of_government', label: 'Prime minister / head of government',
    titles: ['内閣総理大臣', '総理大臣', '総理', '内閣総理', '首相', '連邦首相', '国務院総理', '国務総理', '政府首班', '首席大臣', '閣僚評議会議長'] },
  { key: 'president', label: 'President', titles: ['大統領', '連邦大統領', '新大統領'] },
  { key: 'state_president', label: 'President of the PRC (国家主席)', titles: ['国家主席', '主席'] },
  { key: 'pope', label: 'Pope', titles: ['ローマ教皇', '教皇', 'ローマ法王', '法王'] },
  { key: 'foreign_minister', label: 'Foreign minister (incl. U.S. Secretary of State)', titles: ofRole('foreign_minister') },
  { key: 'chief_cabinet_secretary', label: 'Chief Cabinet Secretary (Japan)', titles: ['内閣官房長官', '官房長官'] },
  { key: 'deputy_chief_cabinet_secretary', label: 'Deputy Chief Cabinet Secretary (Japan)', titles: ['内閣官房副長官', '官房副長官'] },
  { key: 'defence_minister', label: 'Defence minister (incl. U.S. Secretary of Defense)',
    titles: ['国防大臣', '国防相', '国防長官', '防衛大臣', '防衛相'] },
  { key: 'finance_minister', label: 'Finance minister (incl. U.S. Secretary of the Treasury)', titles: ['財務大臣', '財務相', '財務長官'] },
  { key: 'economy_trade_industry_minister', label: 'Minister of Economy, Trade and Industry (Japan, from 2001)',
    titles: ['経済産業大臣', '経産大臣', '経産相'] },
  { key: 'international_trade_industry_minister', label: 'Minister of International Trade and Industry (Japan, to 2001)',
    titles: ['通商産業大臣', '通産大臣'] },
  { key: 'economy_minister', label: 'Economy minister', titles: ['経済大臣', '経済相'] },
  { key: 'interior_minister', label: 'Interior minister', titles: ['内務大臣', '内相'] },
  { key: 'un_secretary_general', label: 'UN Secretary-General', titles: ['国連事務総長', '事務総長'] },
  { key: 'european_commission_president', label: 'President of the European Commission', titles: ['欧州委員会委員長', '欧州委員長'] },
];

const officeOfTitle = new Map<string, OfficeEntry>();
for (const office of OFFICES) for (const title of office.titles) officeOfTitle.set(title, office);

/** title → office key, the Cypher parameter the spell queries fold titles with. */
export const OFFICE_OF_TITLE: Readonly<Record<string, string>> = Object.fromEntries(
  [...officeOfTitle].map(([title, office]) => [title, office.key]));

/** The office key of a title; null for a title outside the table (it is its own office). Example: 外相 → 'foreign_minister'. */
export function officeOf(title: string | null): string | null {
  return title === null ? null : officeOfTitle.get(title)?.key ?? null;
}

/**
 * What the API's `office` argument names: an office key, or any title, folded into its office when it
 * has one. Example: '外相' → 'foreign_minister'; '官房副長官' → 'deputy_chief_cabinet_secretary'; '大使' → '大使'.
 */
export function officeKey(officeOrTitle: string): string {
  return OFFICES.some((office) => office.key === officeOrTitle) ? officeOrTitle : officeOf(officeOrTitle) ?? officeOrTitle;
}
