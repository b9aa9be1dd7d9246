#!/usr/bin/env node
// Part of `npm run lint`: fails when modules of core/, electron/ or renderer/ import each other in a
// circle (type-only imports count: a circle of types is still two concepts that cannot be read apart).
// The layer rules (scripts/eslint/layers.js) keep arrows pointing down between folders; this keeps
// them from looping inside one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.{1,2}\/[^"]+)"/gms;

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const files = ["core", "electron", "renderer"].flatMap((d) => sources(path.join(root, d)));
const known = new Set(files);
/** @type {Map<string, string[]>} */
const graph = new Map();
for (const f of files) {
  const deps = [...readFileSync(f, "utf8").matchAll(IMPORT)].map((m) => path.resolve(path.dirname(f), m[1].replace(/\.js$/, ".ts")));
  graph.set(
    f,
    deps.filter((d) => known.has(d)),
  );
}

// Tarjan's strongly connected components: each component of more than one module is a circle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
function visit(v) {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    onStack.delete(w);
    component.push(path.relative(root, w));
  } while (w !== v);
  if (component.length > 1) circles.push(component.sort());
}
for (const f of files) if (!index.has(f)) visit(f);

if (circles.length) {
  for (const c of circles) console.error(`import circle: ${c.join(" ↔ ")}`);
  console.error(`${circles.length} import circle(s): move what both sides need into a file of its own, or pass it in.`);
  process.exit(1);
}
console.log(`no import circles among ${files.length} modules`);
