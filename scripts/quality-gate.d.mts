// Types of scripts/quality-gate.mjs for the unit test that imports it.
export interface Floor {
  docs: number;
  figures: Record<string, number>;
}
export function parseScore(line: string): Record<string, number>;
export function belowFloor(floor: Floor, now: Record<string, number>): Array<{ key: string; floor: number; now: number | undefined }>;
export function raised(floor: Floor, now: Record<string, number>): Floor;
