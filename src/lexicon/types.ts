// Types of the lexicon tables. The tables are reviewed data (src/lexicon/data/*.ts), each file
// naming its sources; the loaders in this folder build lookup indexes over them once, at import.

/** A country (or ISO 3166-1 territory) with the Japanese forms MOFA writes. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3, the Country entity id ('JPN', 'RUS'). XKK is Kosovo (user-assigned code). */
  iso3: string;
  /** Canonical Japanese name as MOFA writes it (ロシア, 米国, 英国, 韓国, 北朝鮮, 中国). */
  name: string;
  /** Other Japanese full and short forms (ロシア連邦; アメリカ, アメリカ合衆国; 我が国). Never the one-char forms. */
  aliases: string[];
  /** One-character (or ロ-style) forms used only inside compounds: 日露, 日米韓, 日中, 日ロ. */
  abbreviations: string[];
  /** English names (ISO short/official forms) as they appear in parentheticals such as (Republic of Kenya). */
  englishNames: string[];
}

export type TitleRole =
  | 'head_of_government'
  | 'head_of_state'
  | 'foreign_minister'
  | 'minister'
  | 'official'
  | 'diplomat'
  | 'royal'
  | 'org_head'
  | 'other';

/** A title or office as written after a name (プーチン大統領, 小泉総理). Titles are never entities. */
export interface TitleEntry {
  /** Surface form, e.g. 外相. */
  title: string;
  role: TitleRole;
  /** Normal form when this surface is a short or alternative form (外相 → 外務大臣). */
  canonical?: string;
}

/** An Organization / Location / Issue / Event / Agreement entry. */
export interface NamedEntry {
  /** '<type-lowercase>:<canonical name>', e.g. 'organization:APEC', 'location:モスクワ'. */
  id: string;
  /** Canonical name (the id's suffix). */
  name: string;
  /** Other surface forms of the same thing (北方領土 ↔ 北方四島). */
  aliases: string[];
  /** ISO3 of the country the thing belongs to, null for international / shared ones. */
  country?: string | null;
  /**
   * ISO3 of the other side of a matter between Japan and one country (北方領土問題: Russia). An alias that
   * is the name's kind alone (領土問題) means this matter only on a page that names that country.
   */
  partner?: string;
  note?: string;
}

export interface Office {
  /** Title as the office is normally written (内閣総理大臣, 大統領, 外務大臣, 国務長官). */
  title: string;
  /** ISO date the office was taken up. */
  from: string;
  /** ISO date the office was left (exclusive: the successor holds it on that day), null = still held. */
  to: string | null;
}

export interface PersonEntry {
  /** Stable ASCII key, family name first: 'koizumi-junichiro', 'putin-vladimir'. Person id = 'person:<key>'. */
  key: string;
  /** Full Japanese name: 小泉純一郎, ウラジーミル・プーチン. */
  name: string;
  /** Surname, katakana variants, romanised name; never with a title. */
  aliases: string[];
  /** ISO3 of the person's country; '' for international civil servants acting for an organisation. */
  country: string;
  offices: Office[];
  /**
   * Years in public service, approximate (public biographies), for someone listed without dated offices: a
   * surname alone names him only on a page dated inside them (田中課長 in 2024 is not an official retired in 2005).
   */
  serviceYears?: { from: number; to: number | null };
}
