// Markdown without raw HTML that is awkward for the pipeline's fast path (fast-sanitize.ts): values DOMPurify
// would trim or probe, URLs its own gate treats differently, markup the HTML parser restructures. Shared by
// the fast-path equivalence test and the browser-parity test.

/** Bodies without raw HTML, each exercising one edge of the fast path. */
export const FAST_PATH_EDGES: string[] = [
  '[a](https://example.com/ " padded title ") ![ padded alt ](a.png " t ")',
  "![a](DATA:IMAGE/PNG;base64,AAAA) ![b](data:image/png;base64,AAAA) ![c](Data:image/gif;base64,AA)",
  "![a](data:image/svg+xml;base64,AAAA) ![b](data:image/webp;base64,AA)",
  "[link with a footnote[^1] inside](https://example.com/)\n\n[^1]: note",
  "[link with an inline note^[inside]](https://example.com/)",
  "[a](HTTPS://EXAMPLE.COM/) [b](MAILTO:a@example.com) [c](//example.com/x) [d](/\\example.com)",
  "[a](#) [b](<>) [c]() [d](?q=1) [e](a/b:c) [f](日本語.md) [g](#a:b)",
  '[t](https://example.com/ "a --> b") [u](https://example.com/ "]> x") [v](https://example.com/ "a/>b")',
  '![t](a.png "</title>") ![u](a.png "x</style>")',
  "Line&#13;break entity &#0; nul &#x0C; form feed &#xA0; nbsp",
  "[cr](a&#13;b) ![cr](a&#13;b.png)",
  "```\n\nleading blank line in code\n```\n\n    \n    indented with blank first",
  '```ts "quoted"\nlet x = 1;\n```\n\n```ruby:app.rb\nputs 1\n```\n\n```   \nno info\n```',
  "| a | b |\n|:-:|---|\n| `|` | [x](https://e.example/ 'y') |\n\n| only header |\n|---|",
  "1. one\n2. two\n\n7) seven\n\n- [ ] open\n- [x] done\n  - [ ] nested\n\n* [ ]\n* [x]not a task",
  "> quote\n> - [ ] task in quote\n>\n> ```js\n> let a;\n> ```",
  "# Title\n\n# Title\n\n## 日本語 の 見出し\n\n### `code` *em* [link](https://e.example)\n\n#### ！？",
  "term[^a] and[^b] and[^a]\n\n[^a]: first\n[^b]: second with [link](https://example.com)\n\n    code in between",
  "https://example.com/パス と foo@example.com と mailto:bar@example.com",
  "~~strike~~ **bold *both***  \nhard break\\\nagain",
  "a\u2028b \u0001 \u001f \u007f \uFFFE text",
  "[ref]\n\n[ref]: https://example.com/ \"title with 'quotes'\"",
  "[ref][]\n\n[ref]: <https://example.com/a b>",
  "![![nested](a.png)](b.png) [![img](a.png)](https://example.com)",
  "<https://example.com/a?b=1&c=2> <mailto:a@b.c>",
  "\u3000全角スペースで始まる段落\u3000",
];
