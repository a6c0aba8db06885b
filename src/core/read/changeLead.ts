// Words a writer puts between a stated change and the two figures it describes, or before
// the end figure, that do not change which figures the change connects.
//
//   "could spike more than threefold over the next four years, rising from 4.4% … to 12%"
//   "revenue jumped 25%, climbing from $4 billion to $5 billion"
//   "revenue jumped 25% over the past two years, from $4 billion to $5 billion"
//   "… rising from 4.4% of U.S. power demand in 2023 to as high as 12% in 2028"
//   "gross margin jumped from 22% in 2024 to an impressive 40% in 2025", "grew to a record $51.6 billion"
//
// A span of time ("over the next four years") and a participle restating the move (", rising")
// describe the same change; "as high as" marks the end figure as an upper bound of the same
// move. Anything else between them (a new subject, "while", "with revenue") still breaks the
// reading: a missed change costs a missed check, an invented one a false alarm.

/** "over the next four years", "in the past two quarters", "within five years": a span the change took. */
export const CHANGE_SPAN = String.raw`(?:(?:over|in|during|within)\s+(?:the\s+)?(?:next|past|last|coming|following|previous)?\s*(?:[\p{L}\p{N}-]+\s+)?(?:years?|months?|quarters?|decades?)\s*)`;

/** ", rising", ", falling", or a bare comma: the figures that follow restate the move. */
export const RESTATING_PARTICIPLE = String.raw`(?:,\s*(?:(?:rising|climbing|growing|jumping|increasing|surging|soaring|falling|dropping|declining|sliding|shrinking|going|moving)\s+)?)`;

/** "to as high as 12%", "to as much as $5 billion": an end figure written as the upper (or lower) end of the move. */
export const AS_FAR_AS = String.raw`(?:as\s+(?:high|much|many|low|little|few)\s+as\s+)`;

/**
 * "to a record $51.6 billion", "to an all-time high of 40%", "to a record low of 6.6%", "to an
 * impressive 40%": words of praise or of a record between "to" and the end figure, which is still
 * the level the move reached.
 */
export const AT_A_RECORD = String.raw`(?:(?:a|an|the|its|their)\s+(?:new\s+)?(?:record|all[- ]time|historic|unprecedented|impressive|whopping|staggering|stunning|remarkable|hefty)(?:\s+(?:high|low|level|peak))?(?:\s+of)?\s+)`;
