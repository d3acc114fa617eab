// The version of extraction that wrote a document, kept with it in the graph: ingest re-writes a page
// whose stored version differs. A module of its own so that whatever only compares versions (ingest's
// unchanged check, the start-up warning about outdated documents) does not load the extractor.
/**
 * Bumped whenever extraction output, or the graph the writer makes of it, changes, so that ingest
 * re-writes documents made by older versions (0.3.0: statements link to their topic section, IN_TOPIC;
 * 0.4.0: the genre rules of issues 8 and 9, and person ids of one page for names known only in part;
 * 0.5.0: a meeting per section for reports of several talks, speaker headings, attendee blocks;
 * 0.6.0: person ids from the fullest name, the lexicon asked again with full names and an undated page's era;
 * 0.6.1: issue words inside compounds, spelling variants of listed names, parties, strategies, disasters;
 * 0.7.0: speakers off the clean 「Xより」 path, meeting kinds and places, trip leads, happenings and
 * ceremonies, places inside longer names, statements carry their meeting's date in the graph;
 * 0.8.0: the floor passing inside a sentence, content-free thanks, calls' places, chairs of multilateral
 * meetings, occasions in titles and after 際, old evaluation pages, regions, anniversaries, resolutions,
 * pair accords, Japan before a katakana country, visits by their visitor, questions named by an act;
 * 0.9.0: a meeting per clause or per callee of a lead, the counterpart who answers, a trip's country as the
 * side, implied principals of the named one's rank, bulleted attendee blocks, 同+office referring back,
 * formal state names and 兼 chains in titles, festivals, dialogues, partnerships, gatherings named by
 * their subject, a country's acts, measures as their matter;
 * 0.10.0: cut-off copies whose first paragraph is spoken, speech reported in the lead, headings run into
 * their text, offices written before the name with の or after a party, two holders of one office after 両,
 * offices of a body never a name, occasions named by their setting (の場で, に合わせて), Arabic names by
 * their given name, 中米, visits dated by a counted time, no event inside a person's office;
 * 0.11.0: one reading of a page whatever its punctuation style (，．『』, half-width marks, kuromoji given
 * the full-width marks it knows), people, bodies, events and places the lexicon does not know (a name
 * read alone, a surname that is a place's word, a time word glued to a name, 「<国>の<name>」, offices
 * Japan does not have, Japan as the other side, 相 for 大臣, editions, acronyms, agencies, venue lines,
 * cities after a country), a full name with a space after the surname, HTML list items with their
 * numbers and depth, no lexicon person of another given name, the floor passing to a one-character
 * surname, who sat in as no speech);
 * 0.12.0: things named after whose they are (日朝対話, 日・サウジ・ビジョン2030, a country's assembly or
 * airline), anniversaries of any act (…上陸400周年), 同盟 between a pair, a parliament building as a place,
 * a listed body inside a longer one's name (連邦議会 in ドイツ連邦議会), more of the site around the text
 * stripped (photo credits, menus, title bars, region menus, addresses, switchboard lines); a pair's or a
 * country's named thing written by its kind alone (包括的戦略的パートナーシップ, 領土問題, 債務問題) and a
 * foreign state's body by a shared name (首相府, 外交部) only on a page that names that country; 人道状況
 * apart from 人道支援; an office holder alone on a line as a speaker's heading, whose turn ends at a
 * paragraph naming its own speaker or at an attendee block; 両氏 as the pair; 「…旨の回答があった」 as a reply;
 * a connective before the next speaker (また、Y大臣から); who sat in said below the lead; 正午 and 零時; a
 * building before で as the place; talks under another name (協議, 対話, 面談); accords named by their subject
 * (…に関する覚書); a listed matter written with の (安保理の改革); footers, related links, blog and news
 * furniture stripped; a meeting stated as a block of facts (日時:, 場所:, 出席者: with side lines); a foreign
 * ministry nobody listed between a katakana name and the office (外務・貿易省次官);
 * 0.12.1: a lead of several talks whose page heads a section per talk gives each section's statements
 * to that section's talk (the visitor's words too), not to the talk whose counterpart spoke last; who sat
 * in, read from a note below the body ((参考)会談には…同席); a group's ministers' meeting (日中韓外相会議) is
 * multilateral like its summit; armed groups (ハマス, ヒズボラ, タリバーン, ISIL), the Wassenaar Arrangement
 * and 経済的威圧 in the lexicon; a link's furniture saved inline (「(PDF)別ウィンドウで開く」) removed from the text;
 * ceremonies of state (即位礼正殿の儀, 大喪の礼) in the lexicon and taken whole as an occasion despite their の;
 * a person named by a title with his own name in parentheses (ケンブリッジ公爵殿下(ウィリアム王子)) is one person;
 * 北方四島交流 an event (visits, as the annotation guideline types them), no longer an agreement; a surname
 * with a former office (福田元総理) names a holder of that office before the meeting's date; a pair's or a
 * trio's security cooperation (日米韓安保協力) is their own matter, without the general 安全保障 inside it;
 * the gathering the subject attended (G7外相会合に出席した上川大臣は) is the occasion, and Japan's part in
 * such a gathering with no one met across a table is a multilateral meeting;
 * 0.13.0: more of the site stripped (the region menu with a note on an item, credits that lead with their
 * word, captions under 写真, addresses anywhere on a line, the site's own services, a repost's source line,
 * the posts listed under 最近の投稿, menus with an item nobody listed); exhibitions, receptions, symposia,
 * years two countries dedicate to each other and a country's days as events; accords named by their
 * purpose (…のための覚書, …に係る協定), exchanges of notes, charters, quoted plans (「…」構想); a trip report's
 * listed talks placed by the pair in their names and each section's statements on its own talk; an
 * honorary consul of Japan as a citizen of where he serves; 日・<full country name> pairs as a side's clue;
 * officials' departments read with the dictionary and 部長 after one an official's; Latin family initials
 * in a katakana name; 立法議会; the Gulf, V4, FOIP with a ・, 「中央アジア+日本」対話, quoted occasions,
 * quoted country years; special economic zones as places; the heading of remarks by people not named one
 * by one (各国特使発言) ends the turn before it; 標記会談 takes its principals and kind from the title; talks
 * with several countries' leaders at once are multilateral; a related page's title (〔参考〕) and the page's
 * own account in a copula are no statements; an anniversary naming a gathering held for it is part of its
 * name; 今次 read as 今回の; speakers named in angle brackets (<X>, 〈X〉, ≪X≫);
 * 0.14.0: acronyms a page defines in brackets (…協定(EPA) … EPA), short names in brackets (…フォーラム(STSフォーラム)),
 * Roman edition numerals on an acronym (TICADV), the Games by their host city, a number ending a quoted plan's
 * name, names differing by a particle as one, a body's name after 兼, 等 after an occasion, an occasion's bare
 * head as no second event, no country of a title from the line above, titles that place an office in a
 * country, a deputy's office and a couple's titles as no one's, offices in brackets as the person's before,
 * 訪問 alone as no event; photo captions repeating the title taken once; a prefecture someone comes from
 * (福島県出身); an accord's bare word in quotes (「宣言」) and accords named by their kind alone kept to their
 * page; a surname with only an office of no rank not the lexicon's minister of that name; 環境整備 not the
 * environment; a size or newness alone before a tail (大改革) no name; a foreign leader or foreign minister
 * named by office and country alone (米国大統領) as the lexicon's holder on the day, and a heading office nobody
 * on the page holds ((大統領)…) speaking for nobody rather than for the last speaker; a lead's later sentence
 * that goes on with また… and talks with someone else as a meeting of its own, and a section headed by the
 * kind of one of several talks with one country as that talk's; a trip report whose lead met no one has a
 * meeting per body paragraph that opens like a lead (「(1) 14日、X大臣は、Y外相と外相会談を行いました」);
 * 0.14.1: 同 and a head noun (同条約, 同会議, 同問題, 同委員会) as a mention of the nearest thing named before it
 * with that head, so that the statement saying it is about that thing too; a lead's 「なお、先方からは…が同席しました」
 * (先方, 当方, 我が方 as a side) as who sat in; a side as the next subject inside a sentence (「…を要請し、先方は
 * 理解を示した」「…旨述べ、日本側は…」) takes the floor; a talk the lead reports and a section tells again in its
 * own lead line takes that line's day, time and kind; a page's names of one happening or subject that differ by
 * an owner before them and a particle (弾道ミサイルの発射, 北朝鮮の弾道ミサイル発射) as one; an attendee list's
 * office written before the name after a space (アフリカ部長 鈴木太郎) and Latin names with the office in brackets;
 * a junior office under a minister (副大臣, 政務官, 次官) never names a lexicon minister of that surname;
 * 「先方大統領から」「先方外相より」 as the other side's holder of that office;
 * 0.14.2: a scene's photo caption (the line, or a caption wrapped after a particle, right above a credit line of
 * its own) is no part of the page, so no longer of its title; a caption that names the meeting stays; Europe's
 * parts written with 欧 (中東欧 was the Middle East), the Baltic states and 大洋州 as regions; MOFA's short names
 * 中央アフリカ, セントクリストファー・ネービス and セントビンセント, and 北アイルランド as the United Kingdom's;
 * groupings named after a region (太平洋同盟, カリブ共同体, 環インド洋連合) as organizations; the world's capitals
 * in MOFA's spelling; a katakana tail (プラン, サミット) never cut out of a longer katakana word; a trip report's
 * counterpart named without a country under a section named by a country visited is of that country; G4;
 * a lead that talked with several people unnamed (各国首脳と懇談) and sections headed by one person alone: a talk
 * each; a paragraph whose subject is the pair (両首脳は…一致) ends a speaker heading's turn; a count of office
 * holders (三外相, 5首脳) names no one; 「以下の点について述べました」 and its kin open a list of the speaker's points;
 * an issue's words inside a body's name (日米安全保障協議委員会) name the body; research institutes and the Cabinet's
 * ministries and agencies as organizations; 共同発表 and 共同文書 as accords' tails; numeric byline dates
 * (2024/01/15, 2024.1.15) as a page's date; 天皇陛下 as the Emperor of the day, 天皇皇后両陛下 as the imperial couple,
 * and an audience (御会見) as a meeting; a consort's country from 総理夫人 or the leader written right before her; the
 * head of an international body written between name and title (X世界経済フォーラム会長) sits for no state; a
 * state's body that opens a title with its country's name (中国共産党中央政治局委員) gives the person that country;
 * 0.14.3: talks under another name (戦略対話, 政策協議) keep their kind when the lead then reports a meal; the kind of
 * a visit (公式訪問中) is no place; a trip report's talk told in a short sentence (「14日、X大臣は、Y大統領を表敬しま
 * した。」) is a meeting like a longer one; an office nobody listed before 兼 (首席閣僚兼外務大臣) is part of the title;
 * a page title naming talks at any level (日・ケニア会談, 日・ケニア次官協議) gives the foreign side; the floor passes
 * to an office named alone (「…説明し、大統領からは…」); これに応じ opens a reply; 「田中南米課長」 is 田中 of a division,
 * not 田; a surname alone names an official the lexicon lists without dated offices only inside his years in service;
 * a Security Council resolution named by its number (安保理決議第1929号) is that resolution; a photo caption wrapped
 * inside a name (「…アッバース・」 over 「パレスチナ大統領との会談」) is the title again, not a second one; a piece
 * opening 「日本として、」 with no one named is the Japanese side's; an office alone before a transcript's colon
 * (「総理:」) names the speaker; a room in quotes after its building (迎賓館「朝日の間」) is in the building, the
 * place; 同地 and 当地 as a place are the one the lead named before, or none; a building named by its kind alone
 * (ホテル, 宿舎) is no place, and 日本大使公邸 is not the prime minister's 公邸; an occasion named with whose it is
 * (安倍元総理の国葬儀) is the event the page names whole; one who sat in and was given the floor (「同席したX大臣
 * から、…」) speaks; an envoy or an aide after a country (X・チリ大統領特使) is of that country; a company's name
 * (or its tail) before an office (トヨタ自動車社長, 日立製作所会長) is no person; a party's central department between
 * the party and the office (中国共産党中央対外連絡部長) is his body; a date in a year named relative to the page's
 * (本年1月4日, 昨年12月28日) is dated; 同 between a katakana name and the office (X同議長) is no reference back; the
 * head of a delegation named with its country (X上院議員を団長とする米国…議員団) is of that country; a table's cell
 * bars are read away (「(1) |」 over its heading is 「(1) 日中関係全般」); a copy cut off above its lead keeps its first
 * points (numbered, or a reply that only reports speech, is no lead) and has a meeting of who speaks in it; a blog
 * post's comments and the items of a ranking are no part of the page; 表敬訪問 and ワーキング・ブレックファスト name
 * what was held; a matter's words inside an accord's name (安保 in 日米安保条約) name the accord; an earthquake
 * named by where it struck from (トルコ南東部を震源とする地震), and an attack named with who made it (ハマス等による
 * テロ攻撃), are events; more international bodies listed (CELAC, アンデス共同体, OCHA, UN-Habitat, IFAD, IsDB, PCA, MSF)
 * and large cities beside the capitals (スラバヤ, ベンガルール, 仁川, 開城…); a portfolio list with an acronym (外務・EU・
 * 協力大臣) is one office; Japan's parties besides the LDP (公明党, 立憲民主党…) as bodies; 答えました as a reply;
 * 0.15.0: a copy that begins at its first topic numbered in parentheses; attendee blocks as 「(米側)A/B」 lines, a
 * heading with both sides on its line, 「(先方同席者)…」 lines (no statements); 五輪 as the Olympics, 戴冠式, no person in
 * 大統領選; a city before で as the place; a word of time or linking glued before a kanji name (本日山田, その後山田), and
 * 前田, 新藤, 元木 kept whole; a discussion or a deed with nothing said (協議しました, 視察しました, 訪日。) is no
 * statement; a header of year and month alone; an owner's English name before の (…大統領(H.E. …)の就任式典); one
 * id for a pair's talks however the dot and the words are set; an ordinal or a count opening a line (第10回…) is no
 * heading; a hosted gathering (…外相会合を主催) is multilateral; 国連総会議長 as an office, 第76回 no name; 認識を
 * 共有 as a joint act; a three- or four-kanji family name alone (長谷川) local to its page; matters glued where
 * links lost their separators (気候変動北朝鮮問題); a generation after a family name (…レメンゲサウ・Jr); ワーキングランチ
 * without its dot and a meal attended as meals; 続けて, そして open a turn; 今貴 is 貴; 我が国 one word; a clause of
 * what came before, or of what happened, read past to the one given the floor; a topic and a new speaker end a list
 * of the other side's points; an occasion from the visitor's first words, or attended in a role (…式典に、総理特使
 * として参列する); a heading run into its text (1.全般的評価ハワード…) and one with a schedule in brackets; a brief
 * encounter (会話を交わし) and a call received (の訪問を受け) as meetings; a side or a place before an office (同国外相)
 * no person, 新 an office's tense; foreign portfolios with 相 (保健相), 暫定首相, 首席閣僚; an organisation word (社会)
 * no surname; a table's header rule (|---|) read away; a numbered sentence keeps the headings' count; fields of
 * security (サイバー安全保障), arbitrations, contests, sovereignty and territorial integrity, a body's gathering with
 * its acronym, an initiative after a katakana head and ・, and 航行の自由 as things; no 国連 in …諸国連合; a pair's 2+2
 * is no gathering of many; Antarctica is a place, not a state;
 * 0.16.0: a trip report with no lead of its own, and a lead followed by paragraphs that open like leads with
 * someone else, make a meeting per talk (not asides, not talks dated before the lead's); a lead's sentence after
 * its period that opens with a speaker is a statement; a lead naming each counterpart of a trip seats at a
 * section's talk only its heading's counterpart, on the heading's day; side lines with the side in brackets under
 * 「3.出席者:」; a venue in a title is a whole word (no 国連邦 of …首長国連邦首脳会談); one event id for a pair's
 * talks whether the partner is written in full or by its one-character form (日・フランス = 日仏); a visit dated by
 * a count (初の, 10回目の) or owned by a reference (同議長一行の, 一行の, 先方の) is its visitor's or nobody's; a
 * partnership without its pair, an accord by its kind and an election without its country are local to their
 * page; the place of a governor's or a mayor's office is no part of his name; a speaker's name up to sixty
 * characters; an envoy is not the president whose middle name he bears; talks over a call placed before them
 * are a call, 「オンラインで会談」 a video meeting; a multilateral chair named as 議長国Xの<person>; the other side
 * of a Japanese principal is the page's one foreign country (and Japan the other side of a foreign one) on cut
 * copies too, katakana speakers of a cut copy are of the country its title's visit went to (総理訪米); a country
 * whose name ends where a title begins (アラブ首長国連邦大統領) and its acronym before the title; no one-character
 * country at the end of a katakana word (ベルカストロ米国); a numbered lead with a spaced name is no heading; a
 * thing named by its subject quoted in 『』 starts after the quote.
 */
export const EXTRACTOR_VERSION = '0.16.0';
