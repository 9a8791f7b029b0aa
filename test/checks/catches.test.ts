// No silent catch (issue 20: 42 catches dropped errors without a trace): every catch in the server and
// simulator code rethrows, logs, uses the error it caught, answers (a return, a refused request), or
// says in a comment why the failure is the answer ("bad input, not a failure").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const HANDLES =
  /\bthrow\b|\breturn\b|\blog\w*\.|\bconsole\.|\.(warn|error)\(|\bdone\(|\breply\.|\bres\.|\breject\(/;

function silentCatches(file: string): number[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCatchClause(node)) {
      const body = node.block.getText(sf);
      const name = node.variableDeclaration?.name.getText(sf);
      const usesError = name !== undefined && new RegExp(`\\b${name}\\b`).test(body);
      const explained = /\/\/|\/\*/.test(body);
      if (!usesError && !explained && !HANDLES.test(body))
        lines.push(sf.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines;
}

describe('error handling', () => {
  it('no catch drops an error without a trace or a reason', () => {
    const silent: Record<string, number[]> = {};
    for (const file of [...sources('src'), ...sources('sim')]) {
      const lines = silentCatches(file);
      if (lines.length) silent[file] = lines;
    }
    expect(silent).toEqual({});
  });
});
