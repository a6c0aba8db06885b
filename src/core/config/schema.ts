// The project file (.claimcheck.jsonc / .claimcheck.json): one configuration the editor,
// the CLI and the language server all read, so a writer's editor and CI never disagree.
// The zod schema is the single source: syntaxes/claimcheck-config.schema.json is generated
// from it (syntaxes/generate-config-schema.ts) and a test keeps the two in sync.
import { z } from 'zod';
import type { RuleId } from '../types';

export const RULE_IDS: readonly RuleId[] = [
  'percent-change',
  'percentage-points',
  'share-of',
  'cagr',
  'table-total',
  'range-order',
  'sign',
  'impossible',
  'cross-reference',
  'dataset-mismatch',
  'scale-slip',
  'superseded',
];

export const CONFIG_FILE_NAMES: readonly string[] = ['.claimcheck.jsonc', '.claimcheck.json'];

const Level = z.enum(['off', 'info', 'warning', 'error']);

const Rules = z
  .strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, Level.optional().describe(`Level of the ${id} rule, or off.`)])) as Record<RuleId, z.ZodOptional<typeof Level>>)
  .describe('Severity per rule id, or "off".');

const Globs = z.array(z.string().min(1));

export const ProjectConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    rules: Rules.optional(),
    datasets: z.array(z.string().min(1)).optional().describe('Dataset files of your own (same schema as the bundled dataset), relative to this file.'),
    include: Globs.optional().describe('Globs (relative to this file) of the files to check. Default: every Markdown file.'),
    exclude: Globs.optional().describe('Globs (relative to this file) of files never to check.'),
    documentDate: z.iso.date().optional().describe('The date to read the documents as of (YYYY-MM-DD).'),
    citationStyle: z.enum(['link', 'footnote']).optional().describe('How the "cite the source" fix writes a source: a Markdown link after the figure, or a footnote.'),
    overrides: z
      .array(
        z.strictObject({
          files: Globs.min(1).describe('Globs, relative to this file, of the files these rules apply to.'),
          rules: Rules,
        }),
      )
      .optional()
      .describe('Rule levels for some files only; later entries win.'),
  })
  .describe('claimcheck project configuration');

export type ProjectConfig = z.infer<typeof ProjectConfigSchema>;
