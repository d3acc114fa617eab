// Genre rules for a meeting's kind, each on a minimal sentence: the words of a call or a video call,
// an audience (拝謁), and plain 会談 typed by who met whom.
import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/parse/lead.js';
import { kindFromWhoMet } from '../../src/frame/lead-frame.js';
import { findPersonMentions } from '../../src/extract/persons.js';

const kindOf = (lead: string, title = '') => kindFromWhoMet(classifyKind(title, lead), findPersonMentions(lead), `${title}\n${lead}`);

describe('meeting kind', () => {
  it('reads calls and video calls whatever sits between the words', () => {
    expect(classifyKind('', '本日、日露電話首脳会談が行われた。')).toBe('telephone');
    expect(classifyKind('', '山田外務副大臣は、アルファ外務次官とテレビ会談を行った。')).toBe('video');
  });

  it('reads an audience with a king as a courtesy call', () => {
    expect(classifyKind('', '山田外務大臣は、ベータ国王陛下を拝謁したところ、概要は以下のとおり。')).toBe('courtesy_call');
  });

  it('types plain talks by who met whom', () => {
    expect(kindOf('山田外務大臣は、ガンマ・デルタ外務大臣と会談を行った。')).toBe('foreign_ministers');
    expect(kindOf('山田外務大臣は、イプシロン国際原子力機関(IAEA)事務局長と会談を行った。')).toBe('foreign_ministers');
    expect(kindOf('山田総理大臣は、ゼータ大統領と会談を行った。')).toBe('summit');
    // An explicit 首脳 keeps the summit; a lead naming no title keeps what the words say.
    expect(kindOf('山田外務大臣は、エータ外務大臣と会談を行った。', '日・エータ首脳会談')).toBe('summit');
    expect(kindOf('両者は会談を行った。')).toBe('summit');
  });
});
