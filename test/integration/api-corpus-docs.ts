// The documents of the API test corpus (see api-corpus.ts). Fictional summaries in the style of
// 会談概要, written for these tests; dates and people chosen so that the counts are easy to check.
import type { DocSpec } from './api-corpus.js';

const PM = '総理大臣';

export const DOC_SPECS: DocSpec[] = [
  {
    name: '2003-01-10-moscow',
    title: '日露首脳会談(概要)',
    meetings: [
      {
        kind: 'summit', date: '2003-01-10', start: '11:00', end: '13:00', location: 'location:モスクワ',
        participants: [
          ['person:koizumi', 'principal', PM, 'JPN'], ['person:putin', 'principal', '大統領', 'RUS'],
          ['person:kawaguchi', 'delegation', '外務大臣', 'JPN'], ['person:ivanov', 'delegation', '外相', 'RUS'],
        ],
      },
      { kind: 'meal', date: '2003-01-10', start: '19:00', participants: [['person:koizumi', 'principal', PM, 'JPN'], ['person:putin', 'principal', '大統領', 'RUS']] },
    ],
    sections: [
      {
        heading: '領土問題', issues: ['issue:領土問題'], statements: [
          { by: ['person:koizumi'], act: 'emphasis', text: '小泉総理より、北方領土問題を解決して平和条約を締結したい旨強調した。' },
          { by: ['person:putin'], act: 'statement', respondsTo: 1, text: 'これに対しプーチン大統領より、領土問題について交渉を続けたい旨述べた。' },
        ],
      },
      {
        heading: '行動計画', issues: ['agreement:行動計画'], statements: [
          { by: ['person:koizumi', 'person:putin'], act: 'agreement', text: '両首脳は、日露行動計画を採択することで一致した。' },
        ],
      },
      {
        heading: null, issues: [], statements: [
          { by: ['person:putin'], act: 'invitation', meeting: 2, text: '夕食会でプーチン大統領より、小泉総理をサンクトペテルブルクに招待したい旨述べた。' },
        ],
      },
    ],
  },
  {
    name: '2003-05-30-telephone',
    title: '日露外相電話会談(概要)',
    meetings: [{ kind: 'telephone', date: '2003-05-30', participants: [['person:kawaguchi', 'principal', '外務大臣', 'JPN'], ['person:ivanov', 'principal', '外相', 'RUS']] }],
    sections: [
      {
        heading: '北朝鮮問題', issues: ['issue:北朝鮮問題'], statements: [
          { by: ['person:kawaguchi'], act: 'request', text: '川口外務大臣より、北朝鮮問題についてロシアの協力を求めた。' },
          { by: ['person:ivanov'], act: 'agreement', respondsTo: 1, text: 'イワノフ外相より、北朝鮮問題の平和的解決のため日本と協力したい旨述べた。' },
        ],
      },
    ],
  },
  {
    name: '2004-09-21-new-york',
    title: '日米首脳会談(概要)',
    meetings: [
      {
        kind: 'summit', date: '2004-09-21', start: '10:30', end: '11:15', location: 'location:ニューヨーク',
        participants: [
          ['person:koizumi', 'principal', PM, 'JPN'], ['person:bush', 'principal', '大統領', 'USA'],
          ['person:kawaguchi', 'delegation', '外務大臣', 'JPN'], ['person:powell', 'delegation', '国務長官', 'USA'],
        ],
      },
    ],
    sections: [
      {
        heading: '北朝鮮問題', issues: ['issue:北朝鮮問題'], statements: [
          { by: ['person:koizumi'], act: 'explanation', text: '小泉総理より、北朝鮮問題について六者会合の進め方を説明した。' },
          { by: ['person:bush'], act: 'agreement', respondsTo: 1, text: 'ブッシュ大統領より、北朝鮮問題では日本と緊密に連携したい旨述べた。' },
        ],
      },
      {
        heading: '国連改革', issues: [], statements: [
          { by: ['person:koizumi'], act: 'request', text: '小泉総理より、国連安保理改革への米国の支持を求めた。' },
        ],
      },
    ],
  },
  {
    name: '2004-11-21-santiago',
    title: 'APEC首脳会合の際の日中首脳会談(概要)',
    meetings: [
      {
        kind: 'summit', date: '2004-11-21', location: 'location:サンティアゴ', occasion: 'event:APEC首脳会合',
        participants: [['person:koizumi', 'principal', PM, 'JPN'], ['person:hu', 'principal', '国家主席', 'CHN'], ['person:machimura', 'delegation', '外務大臣', 'JPN']],
      },
    ],
    sections: [
      {
        heading: '北朝鮮問題', issues: ['issue:北朝鮮問題'], statements: [
          { by: ['person:hu'], act: 'expectation', text: '胡錦濤国家主席より、北朝鮮問題の対話による解決に期待する旨述べた。' },
          { by: ['person:koizumi'], act: 'agreement', respondsTo: 1, text: 'これに対し小泉総理より、中国の役割を評価する旨述べた。' },
        ],
      },
    ],
  },
  {
    name: '2005-03-17-seoul',
    title: '日韓外相会談(概要)',
    meetings: [{ kind: 'foreign_ministers', date: '2005-03-17', participants: [['person:machimura', 'principal', '外務大臣', 'JPN'], ['person:ban', 'principal', '外交通商部長官', 'KOR']] }],
    sections: [
      {
        heading: '北朝鮮問題', issues: ['issue:北朝鮮問題'], statements: [
          { by: ['person:machimura', 'person:ban'], act: 'agreement', text: '両外相は、北朝鮮問題で日韓が緊密に連携することで一致した。' },
        ],
      },
    ],
  },
  {
    name: '2005-05-09-moscow',
    title: '日露首脳会談(概要)',
    meetings: [
      {
        kind: 'summit', date: '2005-05-09', location: 'location:モスクワ',
        participants: [
          ['person:koizumi', 'principal', PM, 'JPN'], ['person:putin', 'principal', '大統領', 'RUS'],
          ['person:machimura', 'delegation', '外務大臣', 'JPN'], ['person:lavrov', 'delegation', '外相', 'RUS'],
        ],
      },
    ],
    sections: [
      {
        heading: '領土問題', issues: ['issue:領土問題', 'agreement:平和条約'], statements: [
          { by: ['person:koizumi'], act: 'proposal', text: '小泉総理より、領土問題を解決し平和条約を締結するための交渉加速を提案した。' },
          { by: ['person:putin'], act: 'statement', respondsTo: 1, text: 'プーチン大統領より、領土問題は両国が受け入れ可能な形で解決すべき旨述べた。' },
        ],
      },
    ],
  },
  {
    name: '2006-06-29-washington',
    title: '日米首脳会談(概要)',
    meetings: [{ kind: 'summit', date: '2006-06-29', participants: [['person:koizumi', 'principal', PM, 'JPN'], ['person:bush', 'principal', '大統領', 'USA']] }],
    sections: [
      {
        heading: '北朝鮮問題', issues: ['issue:北朝鮮問題'], statements: [
          { by: ['person:bush'], act: 'gratitude', text: 'ブッシュ大統領より、北朝鮮問題での小泉総理の指導力に感謝する旨述べた。' },
        ],
      },
    ],
  },
  {
    name: 'undated-courtesy-call',
    title: 'ラブロフ外相による小泉総理表敬(概要)',
    meetings: [{ kind: 'courtesy_call', date: null, participants: [['person:koizumi', 'principal', PM, 'JPN'], ['person:lavrov', 'principal', '外相', 'RUS']] }],
    sections: [
      { heading: null, issues: [], statements: [{ by: ['person:lavrov'], act: 'statement', text: 'ラブロフ外相より、日露関係の発展に意欲を示した旨述べた。' }] },
    ],
  },
];
