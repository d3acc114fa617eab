// Genre rules for how a page is laid out, each on a minimal invented page: a copy cut off above its
// lead sentence, whose first spoken paragraph stands where the lead would.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

function rawPage(...lines: string[]): Promise<ExtractionResult> {
  return extractDocument({ source: 'genre-layout', text: ['日・アルファ首脳会談', '', ...lines, ''].join('\n') });
}

const said = (result: ExtractionResult) => result.statements.map((s) => s.text);

describe('a copy cut off above its lead', () => {
  it('keeps the first spoken paragraph as a statement, though it stands where the lead would', async () => {
    const result = await rawPage(
      '冒頭、山田総理より、本日の会談は有意義であった、両国の協力を進めたい旨述べた。',
      '',
      'ベータ大統領より、経済関係の強化を進めたい旨述べた。',
    );
    expect(said(result).some((t) => t.includes('両国の協力を進めたい'))).toBe(true);
    expect(said(result).some((t) => t.includes('経済関係の強化'))).toBe(true);
    // It still tells who met.
    expect(result.meetings).toHaveLength(1);
  });

  it('still reads a lead that opens with its time and から as the lead, not as a statement', async () => {
    const result = await rawPage(
      '3月14日、午後2時から、山田総理大臣は、ベータ大統領と首脳会談を行った。',
      '',
      '1 ベータ大統領より、経済関係の強化を進めたい旨述べた。',
    );
    expect(said(result).some((t) => t.includes('首脳会談を行った'))).toBe(false);
    expect(result.meetings[0]?.kind).toBe('summit');
  });
});
