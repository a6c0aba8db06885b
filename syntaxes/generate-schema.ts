// Writes syntaxes/dataset.schema.json from the zod schema (src/core/dataset/schema.ts), so
// VS Code completes and checks a writer's dataset file as they type it (package.json
// contributes.jsonValidation). Run: node --import tsx syntaxes/generate-schema.ts
// test/vscode/schema-sync.test.ts fails when the file is out of date.
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { DatasetFile } from '../src/core/dataset/schema';

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetFile, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  schema.title = 'claimcheck dataset file';
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const SCHEMA_FILE = path.join(__dirname, 'dataset.schema.json');

if (require.main === module) {
  fs.writeFileSync(SCHEMA_FILE, datasetJsonSchema());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
