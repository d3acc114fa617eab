// Longest-match lookup of known surfaces (names, titles) at a position of a text. Only the lengths that
// some surface starting with that character has are tried, which keeps the scan of a whole document
// cheap (trying every length up to the longest name at every character was most of extraction's time).

export class SurfaceIndex<T> {
  private readonly lengthsByFirst = new Map<string, number[]>();

  constructor(private readonly bySurface: ReadonlyMap<string, T>) {
    for (const surface of bySurface.keys()) {
      const first = surface[0] ?? '';
      const lengths = this.lengthsByFirst.get(first) ?? [];
      if (!lengths.includes(surface.length)) lengths.push(surface.length);
      this.lengthsByFirst.set(first, lengths);
    }
    for (const lengths of this.lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  }

  /** The entry of exactly this surface. */
  get(surface: string): T | undefined {
    return this.bySurface.get(surface);
  }

  /**
   * The longest surface starting at `at`, no longer than `maxLength`, that `accept` takes (all by
   * default); null when none.
   */
  longestAt(text: string, at: number, maxLength: number, accept?: (entry: T, length: number) => boolean): { length: number; entry: T } | null {
    const lengths = this.lengthsByFirst.get(text[at] ?? '');
    if (!lengths) return null;
    for (const length of lengths) {
      if (length > maxLength || at + length > text.length) continue;
      const entry = this.bySurface.get(text.slice(at, at + length));
      if (entry !== undefined && (!accept || accept(entry, length))) return { length, entry };
    }
    return null;
  }
}
