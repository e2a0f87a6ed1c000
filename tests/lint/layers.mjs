#!/usr/bin/env node
// Layer check for `npm test`: dependency-cruiser's rules (.dependency-cruiser.cjs: forbidden
// directions, module cycles) plus what it cannot express — a cycle between folders, e.g.
// lib/jobs → lib/undo → lib/jobs through different files. Prints every violation; exits 1 on any.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const cruise = spawnSync(
  path.join(root, 'node_modules', '.bin', 'depcruise'),
  ['lib', 'components', 'entrypoints', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let result;
try {
  result = JSON.parse(cruise.stdout);
} catch {
  console.error(cruise.stdout, cruise.stderr);
  console.error('layers: dependency-cruiser gave no report');
  process.exit(1);
}

const problems = [];
for (const v of result.summary.violations) {
  const via = v.cycle ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name ?? c)].join(' → ')})` : '';
  problems.push(`${v.rule.name}: ${v.from} → ${v.to}${via}`);
}
for (const m of result.modules) {
  for (const d of m.dependencies) {
    if (d.couldNotResolve && !d.coreModule && /^[@~.]/.test(d.module)) problems.push(`unresolved import: ${m.source} → ${d.module}`);
  }
}

// A layer is a folder: lib/<name>, lib/hubspot/<name>, components/<name>; files directly in
// lib/hubspot are one layer ("HubSpot facts"). Edges between layers must form no cycle.
const layerOf = (file) => {
  const parts = file.split('/');
  if (parts[0] === 'lib' && parts[1] === 'hubspot') return parts.length > 3 ? parts.slice(0, 3).join('/') : 'lib/hubspot';
  if (parts[0] === 'lib' && parts[1] === 'jobs') return parts.length > 3 ? parts.slice(0, 3).join('/') : 'lib/jobs';
  if (parts[0] === 'lib' || parts[0] === 'components') return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
  return parts[0];
};
const edges = new Map(); // layer → Map(layer → example "a.ts → b.ts")
for (const m of result.modules) {
  if (!/^(lib|components|entrypoints)\//.test(m.source)) continue;
  for (const d of m.dependencies) {
    if (!/^(lib|components|entrypoints)\//.test(d.resolved)) continue;
    const from = layerOf(m.source);
    const to = layerOf(d.resolved);
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${m.source} → ${d.resolved}`);
  }
}
// Tarjan's strongly connected components: any component of two or more layers is a cycle.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const strong = (v) => {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!idx.has(w)) {
      strong(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) {
      const inside = new Set(component);
      const links = component.flatMap((a) =>
        [...(edges.get(a) ?? [])].filter(([b]) => inside.has(b)).map(([, example]) => `    ${example}`),
      );
      problems.push(`folder cycle between ${component.sort().join(', ')}:\n${links.join('\n')}`);
    }
  }
};
for (const layer of edges.keys()) if (!idx.has(layer)) strong(layer);

if (problems.length > 0) {
  console.error(`layers: ${problems.length} problem(s)\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `layers: ${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports, no forbidden direction, no cycle`,
);
