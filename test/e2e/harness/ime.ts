// Japanese input through real IME composition, driven over the Chrome DevTools Protocol.
//
// Input.imeSetComposition opens/updates a composition exactly as an IME does (compositionstart,
// compositionupdate, beforeinput/input with inputType insertCompositionText), and Input.insertText
// during a composition commits it (a last compositionupdate, then compositionend). Between the two
// a user presses a key to confirm the conversion (Enter, or Tab/Space in some IMEs). In Chrome that
// key reaches the page as keydown with keyCode 229 and isComposing = true, before compositionend;
// the matching keyup comes after compositionend with the real keyCode and isComposing = false.
//
// CDP's Input.dispatchKeyEvent has no isComposing field, but it does not need one: Blink computes
// KeyboardEvent.isComposing itself from the frame's live composition, so a key event dispatched
// while an imeSetComposition composition is open arrives with isComposing = true. We send it as
// "rawKeyDown" (a keydown with no char/keypress event: an IME-consumed key types nothing) with
// windowsVirtualKeyCode 229, which is what Chrome reports for keys the IME handled. `key` stays
// "Enter"/"Tab" as on macOS (Windows/Linux say "Process"), the stricter case for a page that checks
// only `event.key`. Verified against this Chromium with an event log:
//   keydown key=Enter keyCode=229 isComposing=true → compositionupdate → input → compositionend
//   → keyup key=Enter keyCode=13 isComposing=false
// which is the order Chrome gives with a Japanese IME. A keydown with keyCode 229 also does not
// trigger Blink's own Tab focus navigation, as with a real IME.
import type { CDPSession, Page } from "playwright";

/** One conversion: the kana typed (`reading`) and the text it is converted to and committed as. */
export interface ImeSegment {
  reading: string;
  text: string;
}

/** How a composition is committed. */
export type ConfirmKey = "none" | "Enter" | "Tab";

/** Options of imeType. */
export interface ImeOptions {
  /** The conversions to make, in order; their texts must add up to `text`. Default: see imeType. */
  segments?: ImeSegment[];
  /** The key pressed to confirm each conversion (default "none": commit without a key event). */
  confirm?: ConfirmKey;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The page's CDP session (one per page). */
export function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const KEY_CODES: Record<Exclude<ConfirmKey, "none">, number> = { Enter: 13, Tab: 9 };
const ASCII_RUN = /[\x20-\x7e]+/g;

/**
 * Types `text` into the focused field as a Japanese user does. Runs of printable ASCII are typed
 * with the keyboard (one key event per character); every other run is composed with the IME: the
 * reading grows one character at a time, is converted, then committed. Without `segments`, each
 * non-ASCII run is its own segment with the text itself as the reading. Never types newlines.
 */
export async function imeType(page: Page, text: string, options: ImeOptions = {}): Promise<void> {
  if (text.includes("\n")) throw new Error("imeType types one line; press Enter yourself between lines");
  const segments = options.segments ?? splitRuns(text);
  const joined = segments.map((s) => s.text).join("");
  if (joined !== text) throw new Error(`imeType: segments make ${JSON.stringify(joined)}, not ${JSON.stringify(text)}`);
  for (const segment of segments) {
    if (/^[\x20-\x7e]+$/.test(segment.text) && segment.reading === segment.text) await page.keyboard.type(segment.text);
    else await compose(page, segment, options.confirm ?? "none");
  }
}

/** Splits text into ASCII runs (typed) and other runs (composed, reading = text). */
function splitRuns(text: string): ImeSegment[] {
  const out: ImeSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(ASCII_RUN)) {
    if (m.index > at) out.push({ reading: text.slice(at, m.index), text: text.slice(at, m.index) });
    out.push({ reading: m[0], text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ reading: text.slice(at), text: text.slice(at) });
  return out;
}

/** Composes one segment and commits it, optionally with the key that confirms it. */
export async function compose(page: Page, segment: ImeSegment, confirm: ConfirmKey = "none"): Promise<void> {
  await startComposition(page, segment.reading);
  if (segment.text !== segment.reading) await updateComposition(page, segment.text); // the conversion (Space)
  await commitComposition(page, segment.text, confirm);
}

/** Opens a composition and grows it to `reading`, one character at a time; leaves it open. */
export async function startComposition(page: Page, reading: string): Promise<void> {
  const chars = [...reading];
  for (let i = 1; i <= chars.length; i++) await updateComposition(page, chars.slice(0, i).join(""));
}

/** Replaces the open composition's text (the caret at its end). */
export async function updateComposition(page: Page, text: string): Promise<void> {
  const cdp = await cdpOf(page);
  const end = text.length; // UTF-16 offsets, as CDP expects
  await cdp.send("Input.imeSetComposition", { text, selectionStart: end, selectionEnd: end });
}

/**
 * Commits the open composition as `text`. With `confirm` Enter or Tab, first sends that key as the
 * IME-consumed keydown (keyCode 229, isComposing), then the commit, then the key's keyup.
 */
export async function commitComposition(page: Page, text: string, confirm: ConfirmKey = "none"): Promise<void> {
  const cdp = await cdpOf(page);
  if (confirm !== "none") {
    await cdp.send("Input.dispatchKeyEvent", {
      type: "rawKeyDown",
      key: confirm,
      code: confirm,
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
  }
  await cdp.send("Input.insertText", { text });
  if (confirm !== "none") {
    const keyCode = KEY_CODES[confirm];
    await cdp.send("Input.dispatchKeyEvent", {
      type: "keyUp",
      key: confirm,
      code: confirm,
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
    });
  }
}

/** A keydown as the page saw it. */
export interface SeenKey {
  key: string;
  keyCode: number;
  isComposing: boolean;
}

/**
 * Starts recording every keydown the page sees (capture phase, before the app's handlers), so a test
 * can prove the confirming key really reached the page as an IME key. Returns a reader.
 */
export async function recordKeydowns(page: Page): Promise<() => Promise<SeenKey[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __e2eKeys?: SeenKey[] };
    if (w.__e2eKeys) return;
    const seen: SeenKey[] = (w.__e2eKeys = []);
    document.addEventListener("keydown", (e) => seen.push({ key: e.key, keyCode: e.keyCode, isComposing: e.isComposing }), true);
  });
  return () => page.evaluate(() => (window as unknown as { __e2eKeys: SeenKey[] }).__e2eKeys.splice(0));
}
