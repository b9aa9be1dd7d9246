// Cheaper token making for markdown-it. The published build of markdown-it 15 sets every class field
// through a transpiler helper (`_defineProperty`: Object.defineProperty after a typeof/toPrimitive
// dance), so making a token costs eight property definitions; the profile of a site export spent a
// fifth of its rendering there. This gives one instance tokens and inline states made by plain
// assignment: the same fields in the same order, the same prototypes (a token is still
// `instanceof Token` and has its methods), so parsing gives the same tokens and the same HTML
// (test/unit/markdown/fast-tokens.test.ts compares the token streams with markdown-it's own).
import type { Delimiter, Env, MarkdownIt, StateBlock, StateInline, Token } from "markdown-it";

type Nesting = 1 | 0 | -1;
/** What the inline state keeps of an opening token (markdown-it's TokenMeta). */
type TokenMeta = { delimiters: Delimiter[] };
type TokenClass = new (type: string, tag: string, nesting: Nesting) => Token;

/** A token constructor that makes exactly what `Token` makes, without the helper. */
function fastTokenClass(Original: TokenClass): TokenClass {
  function FastToken(this: Token, type: string, tag: string, nesting: Nesting): void {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = "";
    this.markup = "";
    this.info = "";
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  FastToken.prototype = Original.prototype;
  return FastToken as unknown as TokenClass;
}

/** Gives `md` (and only it) the cheaper tokens and inline states; its output stays the same. */
export function useFastTokens(md: MarkdownIt): void {
  const Token = new md.core.State("", md, {}).Token as unknown as TokenClass;
  const FastToken = fastTokenClass(Token);
  const CoreState = md.core.State;
  const BlockState = md.block.State;
  const InlineState = md.inline.State;

  // Core state: made once a parse; its tokens (core rules and plugins make some) the cheaper ones.
  class FastCoreState extends CoreState {
    constructor(src: string, mdi: MarkdownIt, env: Env) {
      super(src, mdi, env);
      this.Token = FastToken as unknown as typeof this.Token;
    }
  }

  // Block state: made once a parse (its constructor scans the lines: kept); only push is replaced.
  class FastBlockState extends BlockState {
    constructor(src: string, mdi: MarkdownIt, env: Env, tokens: Token[]) {
      super(src, mdi, env, tokens);
      this.Token = FastToken as unknown as typeof this.Token;
    }
    override push(type: string, tag: string, nesting: Nesting): Token {
      const token = new FastToken(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  }

  // Inline state: made for every inline token, so its constructor too.
  function FastInlineState(this: StateInline, src: string, mdi: MarkdownIt, env: Env, outTokens: Token[]): void {
    const self = this as unknown as Record<string, unknown>;
    self.pos = 0;
    self.level = 0;
    self.pending = "";
    self.pendingLevel = 0;
    self.cache = {};
    self.backticks = {};
    self.backticksScanned = false;
    self.skipHtmlSpecial = false;
    self.linkLevel = 0;
    self.delimiters = [];
    self._prev_delimiters = [];
    self.Token = FastToken;
    self.src = src;
    self.env = env;
    self.md = mdi;
    self.tokens = outTokens;
    self.tokens_meta = Array(outTokens.length);
    self.posMax = src.length;
  }
  const inline = Object.create(InlineState.prototype) as StateInline & { _prev_delimiters: Delimiter[][] };
  inline.pushPending = function (this: StateInline): Token {
    const token = new FastToken("text", "", 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = "";
    return token;
  };
  inline.push = function (this: StateInline & { _prev_delimiters: Delimiter[][] }, type, tag, nesting): Token {
    if (this.pending) this.pushPending();
    const token = new FastToken(type, tag, nesting);
    let meta: TokenMeta | undefined = undefined;
    if (nesting < 0) {
      this.level--;
      // As markdown-it: an unbalanced close leaves no delimiters list.
      this.delimiters = this._prev_delimiters.pop() as Delimiter[];
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    (this.tokens_meta as (TokenMeta | undefined)[]).push(meta);
    return token;
  };
  FastInlineState.prototype = inline;

  md.core.State = FastCoreState as unknown as typeof CoreState;
  md.block.State = FastBlockState as unknown as typeof StateBlock;
  md.inline.State = FastInlineState as unknown as typeof StateInline;
}
