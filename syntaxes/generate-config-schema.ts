// Writes syntaxes/claimcheck-config.schema.json from the zod schema of the project file
// (src/core/config/schema.ts), so VS Code completes and checks .claimcheck.jsonc as it is
// typed (package.json contributes.jsonValidation). Run:
//   node --import tsx syntaxes/generate-config-schema.ts
// test/unit/config-schema-sync.test.ts fails when the file is out of date.
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { ProjectConfigSchema } from '../src/core/config/schema';

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(ProjectConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  schema.title = 'claimcheck project file (.claimcheck.jsonc)';
  // JSONC: VS Code accepts comments anyway; trailing commas need saying.
  schema.allowTrailingCommas = true;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const CONFIG_SCHEMA_FILE = path.join(__dirname, 'claimcheck-config.schema.json');

if (require.main === module) {
  fs.writeFileSync(CONFIG_SCHEMA_FILE, configJsonSchema());
  process.stdout.write(`wrote ${path.relative(process.cwd(), CONFIG_SCHEMA_FILE)}\n`);
}
