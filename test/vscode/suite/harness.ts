// A small test harness for the extension host. Mocha is not installed here, and the
// driver only needs names, outcomes and messages, which it reads back from a JSON file.
export interface CaseResult {
  name: string;
  ok: boolean;
  skipped?: string;
  error?: string;
  ms: number;
}

type Body = () => Promise<void> | void;
interface Case {
  name: string;
  body: Body;
  timeoutMs: number;
  /** Returns a reason to skip, or null to run. */
  when?: () => string | null;
}

const cases: Case[] = [];

export function test(name: string, body: Body, opts: { timeoutMs?: number; when?: () => string | null } = {}): void {
  cases.push({ name, body, timeoutMs: opts.timeoutMs ?? 30_000, when: opts.when });
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function runAll(onResult?: (r: CaseResult) => void): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const began = Date.now();
    let r: CaseResult;
    const skip = c.when?.() ?? null;
    if (skip) {
      r = { name: c.name, ok: true, skipped: skip, ms: 0 };
    } else {
      try {
        await withTimeout(Promise.resolve().then(c.body), c.timeoutMs, c.name);
        r = { name: c.name, ok: true, ms: Date.now() - began };
      } catch (e) {
        r = { name: c.name, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e), ms: Date.now() - began };
      }
    }
    results.push(r);
    onResult?.(r);
  }
  return results;
}
