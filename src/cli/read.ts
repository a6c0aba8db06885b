// Reading a file's bytes as text the way an editor would: UTF-8 (or UTF-16 with its byte
// order mark), the byte order mark itself dropped so columns match the editor's.
import { describeFsError, type CliIO } from './io';
import { displayPath } from './files';
import * as nodePath from 'node:path';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // TextDecoder drops a UTF-8 byte order mark and replaces invalid bytes with U+FFFD.
  return new TextDecoder('utf-8').decode(bytes);
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; error: string };

/** Reads a file, refusing one larger than `maxBytes` before reading it. */
export function readTextFile(abs: string, io: CliIO, maxBytes = Infinity): ReadOutcome {
  const shown = displayPath(abs, io.cwd);
  try {
    const st = io.fs.stat(abs);
    if (st.isDirectory()) return { ok: false, error: `${shown}: is a folder, not a file` };
    if (st.size > maxBytes) return { ok: false, error: `${shown}: skipped, ${st.size} bytes is over the ${maxBytes}-byte limit (--max-size)` };
    return { ok: true, text: decodeText(io.fs.readFile(abs)) };
  } catch (e) {
    return { ok: false, error: `${shown}: ${describeFsError(e)}` };
  }
}

/** Reads the --dataset files; each unreadable one is an error, the rest still load. */
export function readDatasetFiles(paths: readonly string[], io: CliIO): { files: { origin: string; text: string }[]; errors: string[] } {
  const files: { origin: string; text: string }[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    const abs = nodePath.resolve(io.cwd, p);
    // The dataset loader applies its own size cap and reports it as a dataset problem.
    const r = readTextFile(abs, io);
    if (r.ok) files.push({ origin: displayPath(abs, io.cwd), text: r.text });
    else errors.push(`dataset ${r.error}`);
  }
  return { files, errors };
}
