// Entry point of the renderer (bundled to dist/renderer/app.js): connect to the host and start.
import { startApp } from "./app/index.js";
import { connect } from "./host/index.js";

const root = document.getElementById("app") ?? document.body;
void startApp(root, connect());
