/** `npm run admin:create -- --email E --name N`: see admin-create.ts. */
import { adminCreate } from './admin-create.js';

const code = await adminCreate(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) });
process.exit(code);
