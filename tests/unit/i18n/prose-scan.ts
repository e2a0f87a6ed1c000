import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds text written for people in shipped code (lib/, components/, entrypoints/), so that every
 * such sentence goes through the catalogue (lib/i18n) and reaches Danish and Dutch readers too.
 * "Prose" is a heuristic: two letter-words separated by a space, or an ending in . ! ? or …
 * What is skipped, and why, is listed beside each rule below.
 */
export interface ProseHit {
  /** Path from the repository root, with forward slashes. */
  file: string;
  line: number;
  /** The literal's text; a template's `${…}` parts are written as `{…}`. */
  text: string;
}

const ROOTS = ['lib', 'components', 'entrypoints'];
/** The catalogue itself, and modules that hold only CSS. */
const SKIPPED_FILE = /^lib\/i18n\/|-style\.ts$|\.d\.ts$/;
/** Calls whose string arguments are code, not text: logging, DOM queries and attribute names. */
const CODE_CALLS = new Set([
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'toggleAttribute',
  'createElement',
  'addEventListener',
  'removeEventListener',
  'getElementById',
  'defineItem',
  // Symbol descriptions name private properties for debuggers.
  'Symbol',
]);
/** Attributes a person reads or hears; every other attribute (class, data-*, role…) is code. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);

/**
 * Two letter-words with a space between ("Select all"), or a sentence's end ("Stopped.") on text
 * that reads like a sentence: a capital first letter or a space. Code such as 'gdprDelete.' (a
 * prefix) or 'crm.lists.' is neither.
 */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (/\p{L}{2,}[ \u00a0]+\p{L}/u.test(trimmed)) return true;
  return /\p{L}[.!?…]$/u.test(trimmed) && (/^\p{Lu}/u.test(trimmed) || /\s/.test(trimmed));
}

export function scanProse(root: string): ProseHit[] {
  const hits: ProseHit[] = [];
  for (const dir of ROOTS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (SKIPPED_FILE.test(relative)) continue;
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, scriptKind(file));
      visit(source, source, relative, hits);
    }
  }
  return hits;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const scriptKind = (file: string) => (file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function visit(node: ts.Node, source: ts.SourceFile, file: string, hits: ProseHit[]): void {
  if (isCode(node)) return;
  if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && isCodeCall(node)) {
    // Only the call's own string arguments are code; a callback passed to it is searched as usual.
    if (isConsole(node)) return;
    for (const argument of node.arguments ?? []) if (literalText(argument) === null) visit(argument, source, file, hits);
    return;
  }
  const text = literalText(node);
  if (text !== null && looksLikeProse(text)) {
    hits.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() });
    return;
  }
  ts.forEachChild(node, (child) => visit(child, source, file, hits));
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `{…}${span.literal.text}`).join('');
  if (ts.isJsxText(node)) return node.containsOnlyTriviaWhiteSpaces ? null : node.text;
  return null;
}

/** Subtrees that hold code, never text for people. */
function isCode(node: ts.Node): boolean {
  // Module paths, types (string literal types such as 'delete' | 'gdprDelete') and object keys.
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return true;
  if (ts.isLiteralTypeNode(node) || ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) return true;
  if (node.parent && (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) && node.parent.name === node)
    return true;
  if (ts.isElementAccessExpression(node.parent ?? node) && (node.parent as ts.ElementAccessExpression).argumentExpression === node)
    return true;
  // Comments are not nodes; JSDoc is skipped by the walker. Tagged templates (css`…`) are code.
  if (ts.isTaggedTemplateExpression(node)) return true;
  if (ts.isJsxAttribute(node)) return !READ_ATTRIBUTES.has(node.name.getText());
  return false;
}

/** console.log(…), console.warn(…): developer output. */
function isConsole(call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console';
}

function isCodeCall(call: ts.CallExpression | ts.NewExpression): boolean {
  if (isConsole(call)) return true;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  if (CODE_CALLS.has(name)) return true;
  // setAttribute('data-crmx-box', 'x') is code; setAttribute('aria-label', 'Select all') is text.
  if (name === 'setAttribute') {
    const attribute = call.arguments?.[0];
    return !(attribute && ts.isStringLiteral(attribute) && READ_ATTRIBUTES.has(attribute.text));
  }
  return false;
}
