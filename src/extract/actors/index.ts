// The "mentions" stage: finds the people an article names or refers to, and
// merges them across the corpus. See find.ts for how one article is read.
export { buildActorIndex, type ActorIndex } from "./actor-index.js";
export { findActors } from "./find.js";
export { collectActors } from "./collect.js";
