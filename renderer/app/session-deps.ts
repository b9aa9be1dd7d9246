// What the window's editing session works with: the few operations of the host and the views it
// drives, as small ports (the real views satisfy them; unit tests pass stand-ins).
import type { EditorState } from "@codemirror/state";
import type { Client, PostSummary } from "../../core/contract/index.js";
import type { PostList } from "../post-list/index.js";
import type { Preview } from "../preview/index.js";
import type { Banners, StatusBar } from "../status/index.js";

/** The editor as the session uses it: states per post, the live text, IME composition. */
export interface SessionEditor {
  readonly composing: boolean;
  readonly state: EditorState;
  readonly view: { readonly scrollDOM: { scrollTop: number } };
  createState(body: string, cursor?: number): EditorState;
  setState(state: EditorState): void;
  text(): string;
  whenNotComposing(run: () => void): void;
  focus(): void;
}

/** The narrow dependencies of `Session`, passed to its constructor. */
export interface SessionDeps {
  client: Pick<Client, "readPost" | "savePost" | "updateSettings">;
  editor: SessionEditor;
  /** The title field. */
  title: { value: string; focus(): void };
  /** The tag editor of the open post. */
  tags: { readonly tags: string[]; setTags(tags: string[]): void };
  preview: Pick<Preview, "schedule" | "setTitle" | "setPost">;
  list: Pick<PostList, "get" | "upsert" | "remove" | "setCurrent" | "revealCurrent" | "size">;
  status: Pick<StatusBar, "setSave">;
  banners: Pick<Banners, "show" | "hide">;
  /** Shows the empty state (`true`) or the post view. */
  showEmpty(empty: boolean): void;
  /** Sets the window's title. */
  windowTitle(text: string): void;
  /** A save or a details write went through: the filters follow (`before` is the post as it was). */
  saved(before: PostSummary, post: PostSummary): void;
}
