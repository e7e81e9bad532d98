// `npm run openapi`: writes docs/openapi.json from the code (no database needed); commit it with the change.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApi, serializeOpenApi } from '../../api/src/openapi-document';

generateOpenApi().then(
  (doc) => {
    const target = join(__dirname, '../../../docs/openapi.json');
    writeFileSync(target, serializeOpenApi(doc));
    console.log(`docs/openapi.json: ${Object.keys(doc.paths).length} paths`);
  },
  (err: Error) => {
    console.error(`openapi failed: ${err.stack ?? err.message}`);
    process.exit(1);
  },
);
