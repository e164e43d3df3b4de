// Removes the comments from the JavaScript an assembled extension ships (tools/assemble.py):
// they explain the sources, which stay as they are, and cost every page ssobridge's content
// scripts load into a parse of twice the text (content.js is half comments). TypeScript's own
// printer does it, so the code is reprinted from a real parse, never cut by pattern. The printer
// indents by four spaces; the lines lose that indentation, except inside a string or template
// that spans them (found in a parse of the printed text): 1.6 KB of the shell's 30 gzipped. The
// code itself is left as written (no renaming, no minification: reviewers read what runs).
//
//   node tools/strip-comments.mjs DIR...   every .js and .mjs file under each DIR, in place
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const OPTIONS = {
  compilerOptions: {
    allowJs: true,
    removeComments: true,
    // What the sources are written in, so nothing is rewritten for an older language level.
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    // Each file keeps its own imports, even of what only a JSDoc type names.
    verbatimModuleSyntax: true,
  },
  reportDiagnostics: true,
};

/** The .js and .mjs files under `dir`. */
function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.m?js$/.test(name) ? [path] : [];
  });
}

/** `text` without each line's leading spaces, but where a literal spans the line break. */
function unindented(text, path) {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  /** @type {[number, number][]} literals spanning lines, in order */
  const spans = [];
  const visit = (node) => {
    if (ts.isTemplateLiteral(node) || ts.isStringLiteral(node)) {
      const start = node.getStart(file);
      if (text.slice(start, node.end).includes('\n')) spans.push([start, node.end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let next = 0;
  let lineStart = 0;
  return text.split('\n').map((line) => {
    const at = lineStart;
    lineStart += line.length + 1;
    while (next < spans.length && spans[next][1] <= at) next++;
    const inside = next < spans.length && spans[next][0] < at;
    return inside ? line : line.replace(/^ +/, '');
  }).join('\n');
}

let failed = false;
for (const dir of process.argv.slice(2)) {
  for (const path of scripts(dir)) {
    const source = readFileSync(path, 'utf8');
    const out = ts.transpileModule(source, { ...OPTIONS, fileName: path });
    const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length > 0) {
      failed = true;
      for (const d of errors) console.error(`${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      continue;
    }
    writeFileSync(path, unindented(out.outputText, path));
  }
}
if (failed) process.exit(1);
