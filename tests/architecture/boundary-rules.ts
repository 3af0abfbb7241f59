// The module boundary of DESIGN.md as data, and a checker that reads source with the TypeScript parser
// (not regular expressions) so comments and strings never count and nothing slips by as a string.
import ts from 'typescript';

/** Folders whose code must run in Node, deterministically: the rules and the file readers. */
export const PURE_FOLDERS = ['sim', 'tiled', 'level', 'run', 'story'] as const;

/** Which folder under src/ may import which. A folder not listed may import only itself. */
export const ALLOWED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  tiled: [],
  level: ['tiled'],
  sim: ['level', 'tiled'],
  run: ['sim', 'level', 'tiled'],
  story: ['sim'],
  platform: ['sim', 'level', 'tiled', 'run', 'story', 'assets'],
  view: ['sim', 'level', 'tiled', 'run', 'story', 'platform', 'assets', 'maps'],
  '.': ['view'],
};

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
const ALLOWED_PACKAGES = new Set(['easystarjs', 'fflate', 'fzstd']);

/** The files the checker reads: every script kind a bundler or tsx would run. */
export const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

export interface BoundaryViolation {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The src/ folder a path belongs to: `sim` for src/sim/a.ts, `.` for src/main.ts, `assets` for assets/a.json. */
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
        report(node, `src/${folder} may not import src/${target} (see CONTRIBUTING.md)`);
      }
    } else if (pure && !ALLOWED_PACKAGES.has(specifier)) {
      report(node, `src/${folder} must not import "${specifier}": it runs in Node and must stay deterministic (allowed: ${[...ALLOWED_PACKAGES].join(', ')})`);
    }
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
      && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) checkSpecifier(node, argument.text);
      else report(node, 'dynamic import with a computed path cannot be checked');
    } else if (pure && ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)
      && node.expression.text === 'Math') {
      if (!ALLOWED_MATH.has(node.name.text)) {
        report(node, `Math.${node.name.text} is not allowed in src/${folder}: it is unseeded or differs between browsers`);
      }
      // The name after the dot is checked; do not visit `Math` again as a bare identifier.
      return;
    } else if (pure && ts.isIdentifier(node) && node.text === 'Math' && isGlobalReference(node)) {
      report(node, `Math may be used in src/${folder} only as Math.${[...ALLOWED_MATH].join('/')}(...), not aliased or passed around`);
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
  if (ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isBindingElement(parent)) {
    return parent.name !== node;
  }
  return true;
}
