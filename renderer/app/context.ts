// Everything the app's logic works with, made once at start-up.
import type { Client, HostInfo } from "../../core/contract/index.js";
import type { Editor } from "../editor/index.js";
import type { PostList } from "../post-list/index.js";
import type { Preview, ScrollSync } from "../preview/index.js";
import type { Banners, StatusBar } from "../status/index.js";
import type { CountsView } from "../counts/index.js";
import type { ListHeader, SearchBox } from "../browse/index.js";
import type { TagEditor, TagPane } from "../tags/index.js";
import type { Browse } from "./browse.js";
import type { LayoutController } from "./layout.js";
import type { Shell } from "./shell.js";
import type { ThemeController } from "./theme.js";
import type { AppSettings } from "./app-settings.js";

/** The views and the host client. */
export interface AppContext {
  client: Client;
  host: HostInfo;
  shell: Shell;
  editor: Editor;
  preview: Preview;
  scrollSync: ScrollSync;
  list: PostList;
  status: StatusBar;
  counts: CountsView;
  banners: Banners;
  layout: LayoutController;
  theme: ThemeController;
  tagEditor: TagEditor;
  tagPane: TagPane;
  searchBox: SearchBox;
  listHeader: ListHeader;
  browse: Browse;
  /** The settings as stored, applied live. */
  settings: AppSettings;
}
