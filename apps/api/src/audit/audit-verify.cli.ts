/** `npm run audit:verify -- <file>`: see audit-verify.ts. */
import { auditVerify } from './audit-verify.js';

const code = await auditVerify(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) });
process.exit(code);
