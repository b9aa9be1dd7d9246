// ルビ (ruby) in the two notations Japanese writers type:
//   ｜漢字《かんじ》  Aozora Bunko / 小説家になろう / カクヨム: ｜ (full-width) opens the base, the
//                     reading is in 《》. Without ｜ the base is the run of kanji (漢字々〆ヶ〇) just before 《.
//   {漢字|かんじ}     でんでんマークダウン: one reading for the group; {漢字|かん|じ}, one reading per
//                     character (as many readings as characters), is mono ruby.
// Rendered as <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby> (readers without ruby show 漢字(かんじ)).
// Literal text: \《 keeps 《…》 as written, \｜ is a plain ｜, \{ a plain {. Anything that does not
// fit (an empty or too long base or reading, a line break, a count of readings that matches neither)
// stays as typed.
import type { MarkdownIt, StateInline } from "markdown-it";
import { RUBY_MAX_BASE, RUBY_MAX_READING } from "./constants.js";

const BAR = "｜";
const OPEN = "《";
const CLOSE = "》";
/** The characters markdown-it's own text rule stops at (its inline rules start there), plus ours. */
const STOPS = new Set([
  "\n",
  "!",
  "#",
  "$",
  "%",
  "&",
  "*",
  "+",
  "-",
  ":",
  "<",
  "=",
  ">",
  "@",
  "[",
  "\\",
  "]",
  "^",
  "_",
  "`",
  "{",
  "}",
  "~",
  BAR,
  OPEN,
]);
/** The next of those characters (searched from a position: far cheaper than testing each character). */
const NEXT_STOP = new RegExp(`[${[...STOPS].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("")}]`, "g");
/** The kanji run a reading in 《》 without ｜ belongs to. */
const KANJI_RUN = /[\p{Script=Han}々〆ヶ〇]+$/u;
const segmenter = new Intl.Segmenter("ja", { granularity: "grapheme" });

/** One base with its reading. */
type Pair = [base: string, reading: string];

/** Adds both ruby notations to `md` (a `ruby_open`, base text, `rt_open`, reading, `rt_close` … `ruby_close` tokens). */
export function useRuby(md: MarkdownIt): void {
  md.inline.ruler.before("text", "ruby", ruby);
  md.renderer.rules.ruby_open = () => "<ruby>";
  md.renderer.rules.ruby_close = () => "</ruby>";
  md.renderer.rules.rt_open = () => "<rp>(</rp><rt>";
  md.renderer.rules.rt_close = () => "</rt><rp>)</rp>";
}

function ruby(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  const ch = src[pos] ?? "";
  if (ch === "\\" && (src[pos + 1] === BAR || src[pos + 1] === OPEN)) {
    if (!silent) state.pending += src[pos + 1];
    state.pos += 2;
    return true;
  }
  if (ch === BAR) return explicitBase(state, silent) || plain(state, silent, 1);
  if (ch === OPEN) return kanjiBase(state, silent) || plain(state, silent, 1);
  if (ch === "{") return denden(state, silent);
  if (STOPS.has(ch)) return false;
  // Plain text up to the next character some rule starts at, as markdown-it's text rule takes it.
  NEXT_STOP.lastIndex = pos + 1;
  const stop = NEXT_STOP.exec(src)?.index ?? state.posMax;
  return plain(state, silent, Math.min(stop, state.posMax) - pos);
}

function plain(state: StateInline, silent: boolean, length: number): boolean {
  if (!silent) state.pending += state.src.slice(state.pos, state.pos + length);
  state.pos += length;
  return true;
}

/** `《reading》` at `at`: the reading and the position after 》, or null. */
function reading(state: StateInline, at: number): { text: string; end: number } | null {
  if (state.src[at] !== OPEN) return null;
  const close = state.src.indexOf(CLOSE, at + 1);
  if (close < 0 || close > state.posMax) return null;
  const text = state.src.slice(at + 1, close);
  return fits(text, RUBY_MAX_READING) && !text.includes(OPEN) ? { text, end: close + 1 } : null;
}

function fits(text: string, max: number): boolean {
  return text.length > 0 && text.length <= max && !/[\n\r]/.test(text);
}

/** ｜base《reading》 */
function explicitBase(state: StateInline, silent: boolean): boolean {
  const open = state.src.indexOf(OPEN, state.pos + 1);
  if (open < 0 || open > state.posMax) return false;
  const base = state.src.slice(state.pos + 1, open);
  // A 《 after a backslash is literal, so it closes no base.
  if (!fits(base, RUBY_MAX_BASE) || base.includes(BAR) || base.includes(CLOSE) || base.endsWith("\\")) return false;
  const r = reading(state, open);
  if (!r) return false;
  if (!silent) pushRuby(state, [[base, r.text]]);
  state.pos = r.end;
  return true;
}

/** 漢字《reading》: the base is the kanji run that ends the text before 《. */
function kanjiBase(state: StateInline, silent: boolean): boolean {
  const base = KANJI_RUN.exec(state.pending)?.[0];
  if (!base || base.length > RUBY_MAX_BASE) return false;
  const r = reading(state, state.pos);
  if (!r) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -base.length);
    pushRuby(state, [[base, r.text]]);
  }
  state.pos = r.end;
  return true;
}

/** {base|reading} or {base|reading|reading…}; `\|` inside is a | of the text (as in a table cell). */
function denden(state: StateInline, silent: boolean): boolean {
  const close = state.src.indexOf("}", state.pos + 1);
  if (close < 0 || close > state.posMax) return false;
  const inner = state.src.slice(state.pos + 1, close);
  const [base = "", ...readings] = inner.replace(/\\\|/g, "|").split("|");
  if (!fits(base, RUBY_MAX_BASE) || base.includes("{") || readings.length === 0) return false;
  if (!readings.every((r) => fits(r, RUBY_MAX_READING))) return false;
  const chars = Array.from(segmenter.segment(base), (s) => s.segment);
  let pairs: Pair[];
  if (readings.length === 1) pairs = [[base, readings[0] ?? ""]];
  else if (readings.length === chars.length) pairs = chars.map((c, i) => [c, readings[i] ?? ""]);
  else return false;
  if (!silent) pushRuby(state, pairs);
  state.pos = close + 1;
  return true;
}

function pushRuby(state: StateInline, pairs: Pair[]): void {
  state.push("ruby_open", "ruby", 1);
  for (const [base, reading] of pairs) {
    state.push("text", "", 0).content = base;
    state.push("rt_open", "rt", 1);
    state.push("text", "", 0).content = reading;
    state.push("rt_close", "rt", -1);
  }
  state.push("ruby_close", "ruby", -1);
}
