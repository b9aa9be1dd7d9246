import tseslint from "typescript-eslint";
import layers from "./scripts/eslint/layers.js";

// Globals that exist only in a browser, or only in Node: core/ may use neither kind.
const DOM_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "location",
  "HTMLElement",
  "Element",
  "DOMParser",
  "fetch",
  "XMLHttpRequest",
  "EventSource",
];
const NODE_GLOBALS = ["process", "Buffer", "__dirname", "__filename", "require", "global"];
const restrict = (names, why) => names.map((name) => ({ name, message: why }));

export default tseslint.config(
  { ignores: ["dist/**", "release/**", "node_modules/**", "test-results/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { tsuzuri: { rules: { layers } } },
    rules: {
      "tsuzuri/layers": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["core/common/**", "core/contract/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...restrict([...DOM_GLOBALS, ...NODE_GLOBALS], "core/common runs anywhere: no DOM and no Node globals"),
      ],
    },
  },
  {
    files: ["core/node/**", "electron/main/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...restrict(
          DOM_GLOBALS.filter((g) => g !== "fetch"),
          "no DOM outside the renderer",
        ),
      ],
    },
  },
  {
    files: ["renderer/**"],
    rules: { "no-restricted-globals": ["error", ...restrict(NODE_GLOBALS, "the renderer is a web page: no Node globals")] },
  },
);
