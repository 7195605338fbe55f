// The page's entry: a few lines that start the bundled graph's download, then
// load the app. Kept apart from React and the app so the request leaves as soon
// as the page starts rather than after the whole app has loaded and mounted.
import { DEFAULT_GRAPH_URL, opensDefaultGraph, prefetchGraph } from "./data/prefetch.js";
import "./styles.css";

if (opensDefaultGraph(location.search)) prefetchGraph(DEFAULT_GRAPH_URL);
void import("./mount.js");
