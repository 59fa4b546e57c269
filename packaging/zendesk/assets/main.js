// Entry of the Zendesk ticket-sidebar app: the wasm sidebar on the ZAF client.
import { start } from "./boot.js";
import { createHost } from "./hosts/zendesk.js";

start(() => createHost(window));
