import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/serve';

/** Every TypeScript file under core/, with the core/ files it imports (static and dynamic). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        const targets = [...text.matchAll(/(?:from\s+|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => {
          const resolved = path.resolve(path.dirname(full), m[1]!);
          return [`${resolved}.ts`, path.join(resolved, 'index.ts'), resolved].find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? resolved;
        });
        graph.set(full, targets.filter((t) => t.startsWith(path.join(ROOT, 'core') + path.sep)));
      }
    }
  };
  walk(path.join(ROOT, 'core'));
  return graph;
}

const rel = (file: string) => path.relative(ROOT, file);

describe('the layering of core/', () => {
  const graph = importGraph();

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps storage below the domain: core/store imports no article, glossary, translation or export code', () => {
    const upward = [...graph]
      .filter(([file]) => rel(file).startsWith('core/store/'))
      .flatMap(([file, targets]) => targets.filter((t) => /^core\/(article|glossary|translate|export)\//.test(rel(t))).map((t) => `${rel(file)} → ${rel(t)}`));
    expect(upward).toEqual([]);
  });

  it('keeps core/text a leaf that imports nothing of Glosa’s own', () => {
    const imports = [...graph].filter(([file]) => rel(file).startsWith('core/text/')).flatMap(([file, targets]) => targets.map((t) => `${rel(file)} → ${rel(t)}`));
    expect(imports).toEqual([]);
  });
});
