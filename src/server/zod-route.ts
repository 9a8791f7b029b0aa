// Moved to src/http (the HTTP toolkit); kept until the last importer has moved.
export * from '../http/zod-route.js';
