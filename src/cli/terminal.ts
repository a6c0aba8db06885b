// The one sanitizer for what the CLI writes to a terminal. Text from a draft, a dataset
// file (entity, outlet, reported figure, unknown key names) or a file name can hold ESC,
// BEL and other control characters, and a terminal obeys them: they could recolour,
// retitle, hide or rewrite what a reader sees. On a terminal each is shown escaped
// ("\x1b"); output redirected to a file or a pipe keeps its text byte for byte.

// C0 controls but tab and line feed, DEL, and the C1 controls (0x9b is a one-byte CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `s` with each control character but tab and line feed written as `\xNN`. */
export function forTerminal(s: string): string {
  return s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The same I/O (io.ts's CliIO), with stdout passed through forTerminal when it is a terminal. */
export function terminalSafe<IO extends { isTTY: boolean; stdout(text: string): void }>(io: IO): IO {
  if (!io.isTTY) return io;
  return { ...io, stdout: (t) => io.stdout(forTerminal(t)) };
}
