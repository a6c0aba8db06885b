// What one top-level block yields when read on its own: its segments' figures, its claims
// and the per-claim rules' findings, all with offsets relative to the block. The analyzer
// caches this by the block's text and moves it into place (analyze.ts, blockSlot.ts).
import type { Claim, Finding, Quantity, Segment, Span } from './types';
import type { DatasetIndex } from './dataset/lookup';
import type { Rule, RuleContext } from './rules/rule';
import type { Statement } from './types';
import { readBlock, type Directive } from './markdown';
import { readQuantitiesInto } from './read/figures/quantity';
import { readTableFigures } from './read/tableFigures';
import { readClaimsCarrying, type ClaimCarry } from './read/claim';
import { RULES } from './rules/index';
import { flatCopy } from './flatString';
import { quotedFixesByHand } from './quoted';

/** What one block yields, with offsets relative to the block and block index 0. */
export interface BlockWork {
  /** The block's text, the cache's key (a flat copy when the cache outlives the run). */
  key: string;
  segmentCount: number;
  quantities: Quantity[];
  claims: Claim[];
  findings: Finding[];
  directives: Directive[];
  /** The entity carried out; null means "whatever came in". */
  carry: ClaimCarry;
  /** A block without figures: its result does not depend on the entity carried in. */
  independent: boolean;
  /** The figures among its claims that the cross-reference rule compares (worked out when first asked). */
  statements?: readonly Statement[];
  /** The findings and directives as last moved into place (reused while the block stays there). */
  placedAt?: { start: number; findings: Finding[]; directives: Directive[] };
}

export function spanInside(s: Span | undefined, length: number): boolean {
  return !!s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.start >= 0 && s.end <= length && s.start <= s.end;
}

/** Runs a rule's per-claim check, guarded, into `into`: only findings whose spans lie in the text. */
function checkClaim(rule: Rule, claim: Claim, ctx: RuleContext, into: Finding[]): void {
  let out: Finding[] | undefined;
  try {
    out = rule.check?.(claim, ctx);
  } catch {
    return;
  }
  // Most checks find nothing: no copy and no closure per rule and claim.
  if (!Array.isArray(out)) return;
  const length = ctx.text.length;
  for (const f of out) if (f && spanInside(f.span, length) && (!f.fix || spanInside(f.fix.span, length))) into.push(flatWords(f));
}

/**
 * The finding with its words copied flat (flatString.ts): it is kept as long as its block's
 * work is, and the pieces its words were built from would take twice the memory.
 */
function flatWords(f: Finding): Finding {
  f.message = flatCopy(f.message);
  f.derivation = flatCopy(f.derivation);
  for (const r of f.related) r.message = flatCopy(r.message);
  return f;
}

/** A block's segments, comments and figures, relative to the block. */
function readFigures(blockText: string): { segments: Segment[]; directives: Directive[]; quantities: Quantity[] } {
  const { segments, directives } = readBlock(blockText, { index: 0, start: 0, end: blockText.length });
  const quantities: Quantity[] = [];
  // Indexed, into one list: no closure, and no array of its own per segment.
  for (let i = 0; i < segments.length; i++) readQuantitiesInto(segments[i].text, segments[i].start, i, quantities);
  // A table's caption and headers give its cells the units they leave out ("(In millions)").
  return { segments, directives, quantities: readTableFigures(segments, quantities) };
}

/**
 * Reads one block's text as if it were a whole document starting at offset 0. The
 * per-claim rules see the block's claims and text (their spans are relative to it).
 */
export function readBlockWork(blockText: string, dataset: DatasetIndex, carryIn: ClaimCarry): BlockWork {
  const { segments, directives, quantities } = readFigures(blockText);
  // Without figures there are no claims: only the entity it hands on matters, and that
  // is its own (or, when it names none, whatever came in).
  const independent = quantities.length === 0;
  const { claims, carry } = readClaimsCarrying(blockText, segments, quantities, dataset, independent ? { entity: null } : carryIn);
  let findings: Finding[] = [];
  if (claims.length) {
    const ctx: RuleContext = { claims, dataset, text: blockText, date: carryIn.date ?? null };
    for (const rule of RULES) if (rule.check) for (const claim of claims) checkClaim(rule, claim, ctx, findings);
    // Whether a figure is quoted is settled inside its block (a blank line ends a quote, and
    // blocks are separated by blank lines), so it is judged once with the block's work.
    findings = quotedFixesByHand(blockText, findings);
  }
  return workOf(blockText, segments.length, quantities, claims, findings, directives, carry, independent);
}

export function unreadable(key: string): BlockWork {
  return workOf(key, 0, [], [], [], [], { entity: null }, true);
}

/**
 * Every BlockWork is made here, with all its fields from the start and in one order, so V8
 * gives them all one hidden class: copies made by spreading another each got their own
 * (18,000 of them, ~8 MB of the CLI's peak memory, on the 10 MB benchmark draft).
 */
function workOf(
  key: string,
  segmentCount: number,
  quantities: Quantity[],
  claims: Claim[],
  findings: Finding[],
  directives: Directive[],
  carry: ClaimCarry,
  independent: boolean,
): BlockWork {
  // The fields filled in later are here from the start, so setting them keeps the class.
  return { key, segmentCount, quantities, claims, findings, directives, carry, independent, statements: undefined, placedAt: undefined };
}
