import { writeFileSync } from 'node:fs';
import { ispOpenApiYaml } from './openapi.js';

// Writes docs/isp-http-api.yaml from the contract (run from the repository root).
writeFileSync('docs/isp-http-api.yaml', ispOpenApiYaml());
console.log('wrote docs/isp-http-api.yaml');
