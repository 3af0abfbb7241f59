// 32-bit FNV-1a, the one hash of the game: world hashes (src/sim/world-hash.ts) and map texts (text-hash.ts).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class Fnv1a {
  private hash = FNV_OFFSET;

  /** Mixes in one unit as FNV-1a does with a byte; a text's UTF-16 code units go in one each. */
  mix(unit: number): void {
    this.hash = Math.imul(this.hash ^ unit, FNV_PRIME);
  }

  /** Feeds the low 32 bits of an integer, byte by byte. */
  add(value: number): void {
    let word = value | 0;
    for (let byte = 0; byte < 4; byte += 1) {
      this.mix(word & 0xff);
      word >>>= 8;
    }
  }

  hex(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}
