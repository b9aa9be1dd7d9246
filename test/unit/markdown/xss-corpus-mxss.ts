// Mutation XSS: markup that is harmless as the sanitiser parses it but becomes active when the result is
// parsed again (namespace confusion between HTML, SVG and MathML, raw-text elements, comments, CDATA,
// parser-restructured tables and forms). The ideas follow the published DOMPurify bypasses; the strings are
// Tsuzuri's own.
import { vectors } from "./xss-vector.js";

export const MXSS_VECTORS = vectors("mxss", [
  ["svg closes p, style holds an attribute with markup", '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ["svg p style", '<svg><p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  [
    "math mtext table mglyph style comment",
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  ],
  ["nested forms in math (DOMPurify CVE-2020-26870)", "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"],
  [
    "math mi table svg textarea path id",
    '<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  ],
  ["noscript holds style holding an img", "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>"],
  ["svg style holds an img", "<svg><style><img src=x onerror=alert(1)></style></svg>"],
  ["svg title style img", "<svg><title><style><img src=x onerror=alert(1)>"],
  ["svg desc CDATA script", "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>"],
  ["svg CDATA inside an attribute", '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(1)//"></svg>'],
  [
    "math annotation-xml text/html style",
    '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>',
  ],
  ["table math mi table", "<table><math><mi><table></math><img src=x onerror=alert(1)>"],
  ["xmp holds a p whose title closes it", '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>'],
  ["noembed title breakout", '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>'],
  ["noframes title breakout", '<noframes><img title="</noframes><img src=x onerror=alert(1)>"></noframes>'],
  ["iframe content title breakout", '<iframe><img title="</iframe><img src=x onerror=alert(1)>"></iframe>'],
  ["textarea title breakout", '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>'],
  ["title element breakout", '<title><img title="</title><img src=x onerror=alert(1)>"></title>'],
  ["style element breakout", '<style><img title="</style><img src=x onerror=alert(1)>"></style>'],
  ["plaintext swallows the rest", "<plaintext><img src=x onerror=alert(1)>"],
  ["select template style", "<select><template><style><img src=x onerror=alert(1)></style></template></select>"],
  ["template div closes", "<template><div></template><img src=x onerror=alert(1)>"],
  ["escaped markup in a title stays text", '<a href="x" title="&lt;img src=x onerror=alert(1)&gt;">x</a>'],
  ["alt holds <, title closes the tag", '<img alt="<x" title="/><img src=x onerror=alert(1)>">'],
  ["p id holds a closing tag", '<p id="</p><img src=x onerror=alert(1)>">x</p>'],
  ["comment closed by --!>", "<!-- --!><img src=x onerror=alert(1)> -->"],
  ["comment inside an attribute", '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ["processing instruction", '<? foo="><script>alert(1)</script>">'],
  ["CDATA outside foreign content", "<![CDATA[<img src=x onerror=alert(1)>]]>"],
  ["svg foreignObject p style", "<svg><foreignObject><p><style><img src=x onerror=alert(1)></style></p></foreignObject></svg>"],
  [
    "math mtext h1 a h6 mglyph svg style (DOMPurify 2.2.2)",
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  ],
  [
    "svg annotation-xml foreignobject style comment",
    "<svg><annotation-xml><foreignobject><style><!--</style><p id=\"--><img src='x' onerror='alert(1)'>\">",
  ],
  ["table td svg desc td", "<table><tr><td><svg><desc><td></desc><img src=x onerror=alert(1)>"],
  ["div title holds escaped markup", '<div title="&lt;/div&gt;&lt;img src=x onerror=alert(1)&gt;">x</div>'],
  ["svg style holds escaped markup", "<svg><style>&lt;img src=x onerror=alert(1)&gt;</style></svg>"],
  ["table with a stray img (foster parenting)", "<table><img src=x onerror=alert(1)><tr><td>x</td></tr></table>"],
  ["a in a (adoption agency)", '<a href="#"><p><a href="javascript:alert(1)">x</a></p></a>'],
  ["noscript p title (jsdom runs without scripting)", '<noscript><p title="</noscript><svg onload=alert(1)>"></p></noscript>'],
  ["math style in mtext", "<math><mtext><style><img src=x onerror=alert(1)></style></mtext></math>"],
  ["svg in table in math", "<math><mtext><table><svg><style><img src=x onerror=alert(1)>"],
  ["nested noscript", "<noscript><noscript></noscript><img src=x onerror=alert(1)></noscript>"],
]);
