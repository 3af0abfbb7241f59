// Who made the game and what it is built with, as the credits screen shows it. No Phaser: a Node test
// checks that every library the game ships (package.json's dependencies) is named here with its licence.

export interface CreditedLibrary {
  /** The npm package name, as in package.json. */
  readonly name: string;
  readonly author: string;
  readonly licence: string;
  /** What the game uses it for, in a few words. */
  readonly use: string;
}

export const TEAM_LINE = 'Made by the founding engineers of Analog Dreams.';

export const LIBRARIES: readonly CreditedLibrary[] = [
  { name: 'phaser', author: 'Richard Davey and Phaser Studio', licence: 'MIT', use: 'drawing, sound and input' },
  { name: 'easystarjs', author: 'Bryce Neal', licence: 'MIT', use: 'the Enforcers\' paths' },
  { name: 'inkjs', author: 'Yannick Lohse, after inkle\'s ink', licence: 'MIT', use: 'the dialogue' },
  { name: 'fflate', author: 'Arjun Barrett', licence: 'MIT', use: 'compressed Tiled layers' },
  { name: 'fzstd', author: 'Arjun Barrett', licence: 'MIT', use: 'zstd Tiled layers' },
  { name: 'saxes', author: 'Louis-Dominique Dubeau', licence: 'ISC', use: 'reading .tmx maps' },
  { name: 'zzfx', author: 'Frank Force', licence: 'MIT', use: 'the sound effects' },
];

export const ART_LINE = 'Art, sound and music were made for this game from text sources in its assets/ folder: pixels drawn as characters, sounds as ZzFX recipes, music as scores of notes played by the browser\'s own synthesizer.';

export const THANKS_LINE = 'Thank you for playing, and for every night you look up at real stars.';

/** The credits as the screen's paragraphs: the team, the libraries with their licences, the art, the thanks. */
export function creditLines(): string[] {
  return [
    TEAM_LINE,
    ['Built with:', ...LIBRARIES.map((library) => `${library.name} (${library.licence}) by ${library.author}: ${library.use}`)].join('\n'),
    ART_LINE,
    THANKS_LINE,
  ];
}
