// Finding and showing the source of frames.
export { type GoEnv, goEnv } from "./go-env.js";
export { highlightGo, type Token, type TokenKind } from "./highlight.js";
export { type Snippet, SourceFinder, type SourceOptions, sameRelease } from "./locate.js";
export { defaultRoots } from "./roots.js";
