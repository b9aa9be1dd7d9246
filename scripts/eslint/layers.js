// ESLint rule "tsuzuri/layers": an import may only cross layers the way the architecture allows.
// The layer of a file is decided by its folder; see LAYERS and ALLOWED below (README, "Architecture").
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Folder prefix (relative to the repo root) → layer name. First match wins. */
const LAYERS = [
  ["core/common/", "common"],
  ["core/contract/", "contract"],
  ["core/node/", "node"],
  ["electron/preload/", "preload"],
  ["electron/main/", "electron-main"],
  // Inside the renderer: dom (plain DOM helpers) and i18n under widgets (every feature folder),
  // widgets under app (start-up, session wiring, commands). A widget never reaches up into app/.
  ["renderer/dom/", "renderer-base"],
  ["renderer/i18n/", "renderer-base"],
  ["renderer/app/", "renderer-app"],
  ["renderer/main.ts", "renderer-app"],
  ["renderer/", "renderer"],
];

/** Which layers each layer may import from. */
const ALLOWED = {
  common: ["common"],
  contract: ["common", "contract"],
  node: ["common", "contract", "node"],
  "electron-main": ["common", "contract", "node", "electron-main"],
  preload: ["contract", "preload"],
  "renderer-base": ["common", "contract", "renderer-base"],
  renderer: ["common", "contract", "renderer-base", "renderer"],
  "renderer-app": ["common", "contract", "renderer-base", "renderer", "renderer-app"],
};

/** Packages (bare specifiers) each layer may not import. Node built-ins are matched by name. */
const NODE_BUILTINS =
  /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|http$|https$|net$|url$|stream$|events$|util$|worker_threads$|zlib$)/;
const FORBIDDEN_PACKAGES = {
  common: [NODE_BUILTINS, /^electron$/, /^jsdom$/, /^lowdb/, /^@codemirror\//, /^codemirror$/],
  contract: [NODE_BUILTINS, /^electron$/, /^jsdom$/],
  node: [/^electron$/, /^@codemirror\//, /^codemirror$/],
  "electron-main": [/^@codemirror\//, /^codemirror$/],
  preload: [NODE_BUILTINS],
  renderer: [NODE_BUILTINS, /^electron$/, /^jsdom$/, /^lowdb/],
};
FORBIDDEN_PACKAGES["renderer-base"] = FORBIDDEN_PACKAGES.renderer;
FORBIDDEN_PACKAGES["renderer-app"] = FORBIDDEN_PACKAGES.renderer;

/**
 * Modules of a layer that some layers may use for types only: the contract's zod schemas are for
 * hosts, so the preload and the renderer never bundle zod (they import core/contract/index.ts).
 */
const TYPES_ONLY = [
  { layers: ["preload", "renderer-base", "renderer", "renderer-app"], files: ["core/contract/schema", "core/contract/operations"] },
];

/** Folders a layer may not import from although their layer is allowed: hosts share core/node/host, never each other. */
const FORBIDDEN_FOLDERS = {
  "electron-main": ["core/node/serve/"],
};

function forbiddenFolder(from, resolved) {
  const rel = path.relative(ROOT, resolved).split(path.sep).join("/");
  return (FORBIDDEN_FOLDERS[from] ?? []).find((folder) => rel.startsWith(folder)) ?? null;
}

function typesOnlyViolation(from, resolved, node) {
  const rel = path
    .relative(ROOT, resolved)
    .split(path.sep)
    .join("/")
    .replace(/\.(js|ts)$/, "");
  const typeOnly = node.importKind === "type" || node.exportKind === "type";
  return !typeOnly && TYPES_ONLY.some((rule) => rule.layers.includes(from) && rule.files.includes(rel));
}

function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join("/");
  for (const [prefix, layer] of LAYERS) if (rel.startsWith(prefix)) return layer;
  return null;
}

export default {
  meta: {
    type: "problem",
    docs: { description: "enforce Tsuzuri's layering (core/common, core/node, contract, electron, renderer)" },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node, spec) {
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const resolved = path.resolve(path.dirname(file), spec);
        if (typesOnlyViolation(from, resolved, node)) {
          context.report({
            node,
            message: `layer "${from}" may import only types from ${spec} (the schemas are for hosts; use core/contract/index.ts)`,
          });
        }
        const folder = forbiddenFolder(from, resolved);
        if (folder)
          context.report({
            node,
            message: `layer "${from}" may not import from ${folder} (${spec}); shared host rules live in core/node/host`,
          });
        const to = layerOf(resolved);
        if (to && !ALLOWED[from].includes(to)) {
          context.report({ node, message: `layer "${from}" may not import from layer "${to}" (${spec})` });
        }
        return;
      }
      for (const re of FORBIDDEN_PACKAGES[from]) {
        if (re.test(spec)) context.report({ node, message: `layer "${from}" may not import "${spec}"` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments[0]?.type === "Literal") {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
