// LIKE patterns for the ACS's SQL (both engines).

/** Escapes LIKE wildcards so that a path prefix matches literally (with ESCAPE '\'). */
export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}
