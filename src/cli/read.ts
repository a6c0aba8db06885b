// Reading a file's bytes as text the way an editor would: UTF-8 (or UTF-16 with its byte
// order mark), the byte order mark itself dropped so columns match the editor's.
import { describeFsError, type CliIO } from './io';
import { displayPath } from './files';
import * as nodePath from 'node:path';
import { MAX_DATASET_CHARS, loadDatasets, type DatasetProblem } from '../core/dataset/load';
import type { DatasetIndex } from '../core/dataset/lookup';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // TextDecoder drops a UTF-8 byte order mark and replaces invalid bytes with U+FFFD.
  return new TextDecoder('utf-8').decode(bytes);
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; error: string; tooLarge?: boolean };

/** Reads a file, refusing one larger than `maxBytes` before reading it. */
export function readTextFile(abs: string, io: CliIO, maxBytes = Infinity): ReadOutcome {
  const shown = displayPath(abs, io.cwd);
  try {
    const st = io.fs.stat(abs);
    if (st.isDirectory()) return { ok: false, error: `${shown}: is a folder, not a file` };
    // A FIFO blocks for ever without a writer and a device like /dev/zero never ends.
    if (!st.isFile()) return { ok: false, error: `${shown}: not a regular file (a pipe, socket or device), so it was not read` };
    if (st.size > maxBytes) return { ok: false, tooLarge: true, error: `${shown}: skipped, ${st.size} bytes is over the ${maxBytes}-byte limit (--max-size)` };
    return { ok: true, text: decodeText(io.fs.readFile(abs)) };
  } catch (e) {
    return { ok: false, error: `${shown}: ${describeFsError(e)}` };
  }
}

export interface ReadDatasets {
  files: { origin: string; text: string }[];
  /** Files that could not be read at all (exit code 2). */
  errors: string[];
  /** Files refused for their size, reported like any other dataset problem. */
  problems: DatasetProblem[];
}

/** Reads the --dataset files; each unreadable or oversized one is reported, the rest still load. */
export function readDatasetFiles(paths: readonly string[], io: CliIO, maxBytes = MAX_DATASET_CHARS): ReadDatasets {
  const out: ReadDatasets = { files: [], errors: [], problems: [] };
  for (const p of paths) {
    const abs = nodePath.resolve(io.cwd, p);
    const origin = displayPath(abs, io.cwd);
    // Refused before reading: a 50 MB file is a mistake, and reading it is the slow part.
    let size = 0;
    try {
      size = io.fs.stat(abs).size;
    } catch {
      // readTextFile below reports why.
    }
    if (size > maxBytes) {
      out.problems.push({ file: origin, entry: '', field: '', message: `file is ${size} bytes, over the ${maxBytes}-byte limit for a dataset; nothing loaded from it`, line: 1, column: 1 });
      continue;
    }
    const r = readTextFile(abs, io);
    if (r.ok) out.files.push({ origin, text: r.text });
    else out.errors.push(`dataset ${r.error}`);
  }
  return out;
}

export interface LoadedDatasets {
  /** The bundled dataset with the --dataset files over it. */
  index: DatasetIndex;
  /** Every problem: files refused for their size, then entries that did not validate. */
  problems: DatasetProblem[];
  /** Files that could not be read at all (exit code 2). */
  errors: string[];
  /** How many --dataset files contributed entries (for "bundled + 2 files"). */
  loadedFiles: number;
}

/** Reads and loads the --dataset files, the way every command needs them. */
export function loadDatasetFiles(paths: readonly string[], io: CliIO): LoadedDatasets {
  const read = readDatasetFiles(paths, io);
  const loaded = loadDatasets(read.files);
  const origins = new Set(read.files.map((f) => f.origin));
  return {
    index: loaded.index,
    problems: [...read.problems, ...loaded.problems],
    errors: read.errors,
    loadedFiles: loaded.parts.filter((p) => origins.has(p.origin)).length,
  };
}
