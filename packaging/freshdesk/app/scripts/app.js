// Entry of the Freshdesk ticket-sidebar app: the wasm sidebar on the Freshworks client.
import { start } from "./boot.js";
import { createHost } from "./freshdesk.js";

start(() => createHost(window));
