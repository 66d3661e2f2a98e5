import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchemaSdl } from './build-schema.js';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.gql');

writeFileSync(SCHEMA_FILE, await buildSchemaSdl());
console.log(`Wrote ${SCHEMA_FILE}`);
