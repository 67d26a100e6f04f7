/**
 * Prints the mutation score of each file and folder from StrykerJS's report
 * (reports/mutation/mutation.json), the share of changes some test noticed.
 *
 * Changes to the initialisers of module-level tables (a Set of abbreviations, a list of
 * element names: code that runs once, when the module loads) are listed apart and left out
 * of the score. Stryker marks them `static`, and its Vitest runner turns such a mutant on
 * after the module has loaded and runs only the one test that happened to load it, so they
 * count as survivors whatever the suite does (stryker-js issues 6144, 6209); `ignoreStatic`
 * means to leave them out. Every other change counts, including static ones inside functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

type Mutant = { status: string; static?: boolean; location: { start: { line: number; column: number } } };
type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

/** The character ranges of every function body in a source file. */
function functionRanges(source: string): [number, number][] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const ranges: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) ranges.push([node.getStart(file), node.getEnd()]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = source.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

const file = process.argv[2] ?? path.join(import.meta.dirname, '..', 'reports', 'mutation', 'mutation.json');
const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;

type Tally = { killed: number; survived: number; staticSurvived: number; staticKilled: number };
const empty = (): Tally => ({ killed: 0, survived: 0, staticSurvived: 0, staticKilled: 0 });
const byFile = new Map<string, Tally>();
const byFolder = new Map<string, Tally>();
for (const [name, { source, mutants }] of Object.entries(report.files)) {
  const functions = functionRanges(source);
  const atTopLevel = (m: Mutant) => {
    const at = offsetOf(source, m.location.start.line, m.location.start.column);
    return !functions.some(([start, end]) => at >= start && at < end);
  };
  const folder = path.dirname(name);
  const tallies = [byFile.get(name) ?? empty(), byFolder.get(folder) ?? empty()];
  byFile.set(name, tallies[0]!);
  byFolder.set(folder, tallies[1]!);
  for (const m of mutants) {
    const killed = m.status === 'Killed' || m.status === 'Timeout';
    const survived = m.status === 'Survived' || m.status === 'NoCoverage';
    for (const t of tallies) {
      if (m.static && atTopLevel(m)) {
        if (killed) t.staticKilled++;
        if (survived) t.staticSurvived++;
      } else {
        if (killed) t.killed++;
        if (survived) t.survived++;
      }
    }
  }
}

const score = (t: Tally) => (t.killed + t.survived ? ((100 * t.killed) / (t.killed + t.survived)).toFixed(1) : '—');
const line = (name: string, t: Tally) =>
  `  ${name.padEnd(40)} ${score(t).padStart(6)} %   ${String(t.killed).padStart(5)} killed ${String(t.survived).padStart(5)} survived   (module-level tables, not scored: ${t.staticKilled + t.staticSurvived})`;
console.log('Mutation score (target 80 %), by folder:');
for (const [name, t] of [...byFolder].sort()) console.log(line(name, t));
console.log('by file:');
for (const [name, t] of [...byFile].sort()) console.log(line(name, t));
