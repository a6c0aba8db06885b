// A document's file name for messages, titles and the output channel.
import type * as vscode from 'vscode';

/** The last path segment of a URI ("draft.md"); the whole URI when it has none (untitled). */
export function basename(uri: vscode.Uri): string {
  const p = uri.path;
  return p.slice(p.lastIndexOf('/') + 1) || uri.toString(true);
}
