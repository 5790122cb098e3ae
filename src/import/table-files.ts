// Which files are tables: decided where targets are resolved (src/workspace/table-files.ts), named here for the importer.
export * from '../workspace/table-files.js';
