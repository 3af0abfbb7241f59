// The module boundary of CONTRIBUTING.md as data, and a checker that reads source with the TypeScript parser
// (not regular expressions) so comments and strings never count and nothing slips by as a string.
import ts from 'typescript';

/** Folders whose code must run in Node, deterministically: the rules and the file readers. */
export const PURE_FOLDERS = ['sim', 'tiled', 'level', 'run', 'story'] as const;

/**
 * Which folder may import which: folders under src/ by name (`.` is src/main.ts), data folders (assets,
 * maps) and tools/ by theirs. A folder not listed may import only itself. CONTRIBUTING.md's picture
 * shows this table arrow for arrow (a test compares them).
 */
export const ALLOWED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  tiled: [],
  level: ['tiled'],
  sim: ['level', 'tiled'],
  run: ['sim', 'level', 'tiled'],
  story: ['run', 'sim', 'level', 'tiled'],
  platform: ['sim', 'level', 'tiled', 'run', 'story', 'assets'],
  view: ['sim', 'level', 'tiled', 'run', 'story', 'platform', 'assets', 'maps'],
  '.': ['view'],
  // Node programs: anything in src/ but the view (Phaser), and the build's own config; never tests/.
  tools: ['sim', 'level', 'tiled', 'run', 'story', 'platform', 'assets', 'maps', 'vite.config.ts'],
};

/**
 * Folders that must run without Phaser, not even its types: the pure folders, the browser services and
 * the Node tools. A type-only import still ties the folder to Phaser's release (and often its globals).
 */
export const PHASER_FREE_FOLDERS: readonly string[] = [...PURE_FOLDERS, 'platform', 'tools'];

/** Folders outside src/, named as they are; the rest are src/<name>. */
const OUTSIDE_SRC = new Set(['tools', 'tests', 'assets', 'maps']);

function describeFolder(folder: string): string {
  if (folder === '.') return 'src/main.ts';
  return OUTSIDE_SRC.has(folder) || folder.includes('.') ? folder : `src/${folder}`;
}

function isPhaser(specifier: string): boolean {
  return specifier === 'phaser' || specifier.startsWith('phaser/');
}

const FORBIDDEN_GLOBALS = new Set([
  'Date', 'performance', 'setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame',
  'queueMicrotask', 'window', 'document', 'navigator', 'localStorage', 'crypto', 'process', 'globalThis',
  // Ways round the names above: `self.performance`, `global.Date`, code built from strings.
  'global', 'self', 'eval', 'Function', 'require', 'fetch',
]);
/**
 * The only Math the rules may use: exact in every engine. Everything else (random, sin, pow, log...) is
 * unseeded or differs between browsers, and `Math` itself may not be passed around, so an alias or
 * `Reflect.get(Math, ...)` cannot sneak one in.
 */
const ALLOWED_MATH = new Set(['floor', 'ceil', 'round', 'trunc', 'abs', 'sign', 'min', 'max', 'sqrt', 'imul', 'clz32']);
/** Packages the pure folders may import: pure, deterministic computation. Node built-ins and the rest are out. */
// saxes (with xmlchars, which it imports itself) reads .tmx/.tsx/.tx: a strict XML parser in plain
// JavaScript, no native code, no DOM, no clock, and it never expands DTD entities.
// inkjs plays and compiles the dialogue (src/story): plain JavaScript; its clock reads only seed a story
// state (the director sets the seed) and time ContinueAsync (never called).
const ALLOWED_PACKAGES = new Set(['easystarjs', 'fflate', 'fzstd', 'saxes', 'inkjs', 'inkjs/full']);

/** The files the checker reads: every script kind a bundler or tsx would run. */
export const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

export interface BoundaryViolation {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/**
 * The folder a path belongs to: `sim` for src/sim/a.ts, `.` for src/main.ts, `assets` for assets/a.json,
 * `tools` for tools/a.ts, the file's own name for a file at the top (vite.config.ts).
 */
export function folderOf(sourcePath: string): string {
  const parts = sourcePath.replaceAll('\\', '/').split('/');
  const index = parts.lastIndexOf('src');
  // Outside src/ (assets/, maps/): the top folder's name, so the table can allow data imports.
  if (index === -1) return parts.find((part) => part !== '') ?? '.';
  const rest = parts.slice(index + 1);
  return rest.length > 1 ? rest[0]! : '.';
}

export function checkSource(file: string, text: string): BoundaryViolation[] {
  const folder = folderOf(file);
  const pure = (PURE_FOLDERS as readonly string[]).includes(folder);
  const phaserFree = PHASER_FREE_FOLDERS.includes(folder);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const violations: BoundaryViolation[] = [];
  const report = (node: ts.Node, message: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    violations.push({ file, line: line + 1, message });
  };
  const checkSpecifier = (node: ts.Node, specifier: string): void => {
    if (specifier.startsWith('.')) {
      const target = folderOf(new URL(specifier, `file:///${file.replaceAll('\\', '/')}`).pathname);
      const allowed = ALLOWED_IMPORTS[folder] ?? [];
      if (target !== folder && !allowed.includes(target)) {
        report(node, `${describeFolder(folder)} may not import ${describeFolder(target)} (see CONTRIBUTING.md)`);
      }
    } else if (pure && !ALLOWED_PACKAGES.has(specifier)) {
      report(node, `src/${folder} must not import "${specifier}": it runs in Node and must stay deterministic (allowed: ${[...ALLOWED_PACKAGES].join(', ')})`);
    } else if (phaserFree && isPhaser(specifier)) {
      report(node, `${describeFolder(folder)} must not import "${specifier}": only src/view uses Phaser`);
    }
  };
  // `/// <reference types="phaser" />` and `/// <reference path="../view/a.ts" />` bring in types as an import would.
  for (const directive of source.typeReferenceDirectives) {
    if (phaserFree && isPhaser(directive.fileName)) {
      report(source, `${describeFolder(folder)} must not reference the types of "${directive.fileName}": only src/view uses Phaser`);
    }
  }
  for (const reference of source.referencedFiles) {
    const specifier = reference.fileName.startsWith('.') ? reference.fileName : `./${reference.fileName}`;
    checkSpecifier(source, specifier);
  }
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
      && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) checkSpecifier(node, argument.text);
      else report(node, 'dynamic import with a computed path cannot be checked');
    } else if (ts.isImportTypeNode(node)) {
      // `typeof import('phaser')`, `import('../view/a.ts').Thing`: an import in a type.
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) checkSpecifier(node, argument.literal.text);
      else report(node, 'an import type with a computed path cannot be checked');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) checkSpecifier(node, expression.text);
      else report(node, '`import = require()` with a computed path cannot be checked');
    } else if (pure && ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)
      && node.expression.text === 'Math') {
      if (!ALLOWED_MATH.has(node.name.text)) {
        report(node, `Math.${node.name.text} is not allowed in src/${folder}: it is unseeded or differs between browsers`);
      }
      // The name after the dot is checked; do not visit `Math` again as a bare identifier.
      return;
    } else if (pure && ts.isIdentifier(node) && node.text === 'Math' && isGlobalReference(node)) {
      report(node, `Math may be used in src/${folder} only as Math.${[...ALLOWED_MATH].join('/')}(...), not aliased or passed around`);
    } else if (phaserFree && ts.isIdentifier(node) && node.text === 'Phaser' && isGlobalReference(node)) {
      report(node, `the global Phaser is not allowed in ${describeFolder(folder)}: only src/view uses Phaser`);
    } else if (pure && ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && isGlobalReference(node)) {
      report(node, `${node.text} is not allowed in src/${folder}: no clocks, timers or browser globals in the rules`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return violations;
}

/** True when an identifier names a global, not a property, a declaration or a type member. */
function isGlobalReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) {
    return parent.name !== node;
  }
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  if (ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isImportEqualsDeclaration(parent)) return false;
  if (ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isBindingElement(parent)) {
    return parent.name !== node;
  }
  return true;
}
