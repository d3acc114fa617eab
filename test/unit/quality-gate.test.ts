// The CI quality gate's arithmetic: a SCORE line read, figures compared with the floor, the floor raised.
import { describe, expect, it } from 'vitest';
import { belowFloor, parseScore, raised } from '../../scripts/quality-gate.mjs';

const LINE = 'SCORE entityF1=90.7 P=92.7 R=88.8 participants=93.1 speakers=95.4 boilerplate=7 badOffsets=0/3304 docs=105';

describe('quality gate', () => {
  it('reads every figure of the SCORE line, the numerator of badOffsets included', () => {
    expect(parseScore(LINE)).toEqual({ entityF1: 90.7, P: 92.7, R: 88.8, participants: 93.1, speakers: 95.4, boilerplate: 7, badOffsets: 0, docs: 105 });
  });

  it('fails a percentage below its floor and a count above it, and passes equal figures', () => {
    const floor = { docs: 105, figures: { entityF1: 90.7, speakers: 96, boilerplate: 5, badOffsets: 0 } };
    expect(belowFloor(floor, parseScore(LINE)).map((f) => f.key)).toEqual(['speakers', 'boilerplate']);
    expect(belowFloor({ docs: 105, figures: { roles: 90 } }, parseScore(LINE))).toEqual([{ key: 'roles', floor: 90, now: undefined }]);
  });

  it('only ever raises the floor, and leaves precision and recall ungated', () => {
    const floor = { docs: 105, figures: { entityF1: 91, speakers: 95, boilerplate: 9 } };
    const next = raised(floor, parseScore(LINE));
    expect(next.figures).toMatchObject({ entityF1: 91, speakers: 95.4, boilerplate: 7, participants: 93.1 });
    expect(next.figures).not.toHaveProperty('P');
    expect(next.figures).not.toHaveProperty('docs');
  });
});
