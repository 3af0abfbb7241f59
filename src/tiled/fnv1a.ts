// 32-bit FNV-1a, the one hash of the game: world hashes (src/sim/world-hash.ts) and map texts (text-hash.ts).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class Fnv1a {
  #hash = FNV_OFFSET;

  /** Mixes in one unit as FNV-1a does with a byte; a text's UTF-16 code units go in one each. */
  mix(unit: number): void {
    this.#hash = Math.imul(this.#hash ^ unit, FNV_PRIME);
  }

  /** Feeds the low 32 bits of an integer, byte by byte. */
  add(value: number): void {
    // Unrolled, low byte first: every byte of a world's tile layers goes through here when it is hashed.
    const word = value | 0;
    let hash = Math.imul(this.#hash ^ (word & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ ((word >>> 8) & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ ((word >>> 16) & 0xff), FNV_PRIME);
    this.#hash = Math.imul(hash ^ (word >>> 24), FNV_PRIME);
  }

  hex(): string {
    return (this.#hash >>> 0).toString(16).padStart(8, '0');
  }
}
