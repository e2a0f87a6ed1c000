/**
 * The inline browser scripts. They live as plain .js files in ./client (readable, and free of the
 * helpers a TS transpiler would inject into `fn.toString()`), are read once, and are wrapped in
 * one closure that first parses the page's JSON config block. Pages embed them inline: the sandbox
 * serves no script files, so a page is a single request, like HubSpot's server-rendered shell.
 */
import { readFileSync } from 'node:fs';
import { jsonForScript } from './html';

const sources = new Map<string, string>();

function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(new URL(`./client/${file}`, import.meta.url), 'utf8');
    sources.set(file, text);
  }
  return text;
}

/** Element ID of the JSON block every page script reads its config from. */
export const CONFIG_ELEMENT_ID = 'crm-page-config';

/** One closure: `config` (the page's JSON block) and `classes` (hashed class names) are in scope. */
function wrap(files: readonly string[]): string {
  return `(function () {
'use strict';
var config = JSON.parse(document.getElementById('${CONFIG_ELEMENT_ID}').textContent);
var classes = config.classes || {};
${files.map(source).join('\n')}
})();`;
}

/** Table view, list page, recycle bin. */
export function dataTableScript(): string {
  return wrap(['dialog.js', 'data-table.js']);
}

/** HubSpot's restore page (restore-page.ts). */
export function restorePageScript(): string {
  return wrap(['dialog.js', 'restore-page.js']);
}

/** Pipeline board. */
export function boardScript(): string {
  return wrap(['board.js']);
}

/** The JSON config block the wrapped script parses; `<` is escaped so data cannot end the block. */
export function configBlock(value: unknown): string {
  return `<script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForScript(value)}</script>`;
}

/** Hashed class names the table and dialog scripts put on nodes they create. */
export const DATA_TABLE_CLASSES = [
  'row-selected',
  'dialog-backdrop',
  'dialog',
  'dialog-title',
  'dialog-body',
  'dialog-footer',
  'button',
  'button-danger',
  'button-primary',
  'input',
  'result-error',
  'toast',
] as const;
