// How `--cache` tells that a file changed: by its size, modification time and inode (ESLint's
// default), or by a hash of its bytes, for checkouts that restore files with new times.
export const CACHE_STRATEGIES = ['metadata', 'content'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];
