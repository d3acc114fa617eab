// Documents for the analyst-question tests (issue 11): fictional summaries in the style of 会談概要,
// written so that each question has a trap the API must not fall into: a page titled with its site
// section, a chief cabinet secretary in a delegation who later talks as prime minister, joint
// statements of two sides, an undated meeting, hub entities (テロ, 東京) that connect everyone, and
// Latin names written with a number or numeral (TICAD7, TICADV).
import { ENTITIES, entity, type DocSpec, type EntityDef } from './api-corpus.js';

const PM = '総理大臣';

export const ANALYST_ENTITIES: EntityDef[] = [
  ...ENTITIES,
  entity('person:abe', 'Person', '安倍晋三', ['安倍総理'], 'JPN'),
  entity('person:suga', 'Person', '菅義偉', ['菅総理', '菅官房長官'], 'JPN'),
  entity('person:kenyatta', 'Person', 'ウフル・ケニヤッタ', ['ケニヤッタ大統領'], 'KEN'),
  entity('person:biden', 'Person', 'ジョー・バイデン', ['バイデン大統領'], 'USA'),
  entity('person:moon', 'Person', '文在寅', ['文在寅大統領'], 'KOR'),
  entity('KEN', 'Country', 'ケニア', ['ケニア']),
  entity('location:東京', 'Location', '東京', ['東京'], 'JPN'),
  entity('location:ワシントン', 'Location', 'ワシントン', ['ワシントン'], 'USA'),
  entity('event:TICAD', 'Event', 'アフリカ開発会議', ['TICAD']),
  entity('issue:テロ', 'Issue', 'テロ', ['テロ対策']),
];

export const ANALYST_DOCS: DocSpec[] = [
  {
    name: 'analyst-ticad',
    title: '外務省・新着情報',
    meetings: [
      {
        kind: 'summit', date: '2019-08-28', location: 'location:東京', occasion: 'event:TICAD',
        participants: [
          ['person:abe', 'principal', PM, 'JPN'], ['person:kenyatta', 'principal', '大統領', 'KEN'],
          ['person:suga', 'delegation', '内閣官房長官', 'JPN'],
        ],
      },
    ],
    sections: [
      {
        heading: 'TICAD7', issues: ['event:TICAD'], statements: [
          { by: ['person:abe', 'person:kenyatta'], act: 'agreement', text: '両首脳は、TICAD7の成果を踏まえ協力を強化することで一致した。' },
          { by: ['person:kenyatta'], act: 'gratitude', text: 'ケニヤッタ大統領より、TICAD7の開催に謝意が表明された。' },
        ],
      },
      {
        heading: 'テロ対策', issues: ['issue:テロ'], statements: [
          { by: ['person:abe'], act: 'statement', text: '安倍総理より、テロ対策で連携したい旨述べた。' },
        ],
      },
    ],
  },
  {
    name: 'analyst-washington',
    title: '日米首脳会談(概要)',
    meetings: [
      {
        kind: 'summit', date: '2021-04-16', location: 'location:ワシントン',
        participants: [['person:suga', 'principal', PM, 'JPN'], ['person:biden', 'principal', '大統領', 'USA']],
      },
    ],
    sections: [
      {
        heading: null, issues: [], statements: [
          { by: ['person:suga'], act: 'explanation', text: '菅総理より、TICADVの理念を紹介した。' },
          { by: ['person:suga', 'person:biden'], act: 'agreement', text: '両首脳は、中国をめぐる諸課題で緊密に連携することで一致した。' },
          { by: ['person:biden'], act: 'request', text: 'バイデン大統領より、テロ対策での連携を求めた。' },
        ],
      },
    ],
  },
  {
    name: 'analyst-undated',
    title: 'ケニヤッタ大統領による安倍総理表敬(概要)',
    meetings: [
      { kind: 'courtesy_call', date: null, participants: [['person:abe', 'principal', PM, 'JPN'], ['person:kenyatta', 'principal', '大統領', 'KEN']] },
    ],
    sections: [
      {
        heading: null, issues: [], statements: [
          { by: ['person:kenyatta'], act: 'expectation', text: 'ケニヤッタ大統領より、テロ対策での協力に期待する旨述べた。' },
          // A leader who did not attend, quoted through his letter: a speaker who is no participant.
          { by: ['person:moon'], act: 'statement', text: '文在寅大統領は書簡で、両国の協力を歓迎すると述べた。' },
        ],
      },
    ],
  },
  {
    name: 'analyst-tokyo',
    title: '日韓首脳会談(概要)',
    meetings: [
      {
        kind: 'summit', date: '2019-06-28', location: 'location:東京',
        participants: [['person:abe', 'principal', PM, 'JPN'], ['person:moon', 'principal', '大統領', 'KOR']],
      },
    ],
    sections: [
      {
        heading: null, issues: [], statements: [
          { by: ['person:moon'], act: 'request', text: '文在寅大統領より、テロ対策での協力を求めた。' },
        ],
      },
    ],
  },
];
