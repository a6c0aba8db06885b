// A copy of a string that shares no memory with the strings it was built or sliced from.
//
// V8 keeps a string made by `+` or a template literal as a tree of its pieces (a finding's
// 150-character message is a dozen 32-byte nodes over its pieces), and a slice keeps its
// whole parent alive. Both are right for a string used once and dropped; for one kept for a
// long time the copy is smaller: the cache outlives the document text its blocks were sliced
// from, and a streaming check holds every finding's words until the file's end (on the 10 MB
// benchmark draft, 240,000 tree nodes, ~8 MB).
//
// Concatenating then slicing makes the engine copy the characters once into one flat string.
export function flatCopy(s: string): string {
  return (' ' + s).slice(1);
}
