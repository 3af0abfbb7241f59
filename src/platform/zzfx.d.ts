// zzfx ships no types; only the part we call is declared.
declare module 'zzfx' {
  export const ZZFX: {
    sampleRate: number;
    volume: number;
    buildSamples(...parameters: (number | undefined)[]): number[];
  };
}
