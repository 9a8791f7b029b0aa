// One text per action under a key prefix: a table written once, looked up as `prefix + action`.
export function keyedBy<P extends string, T extends Record<string, string>>(
  prefix: P,
  table: T,
): Record<`${P}${Extract<keyof T, string>}`, string> {
  return Object.fromEntries(Object.entries(table).map(([k, text]) => [`${prefix}${k}`, text])) as Record<
    `${P}${Extract<keyof T, string>}`,
    string
  >;
}
