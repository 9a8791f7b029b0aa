// The MongoDB-style queries GenieACS's NBI takes (`?query={"_tags":"lab"}`), evaluated on plain
// documents: equality, $ne, $in, $nin, $regex (with $options), $gt/$gte/$lt/$lte, $exists, and
// $and / $or / $nor. A parameter path compares its `_value`, as in GenieACS. Date fields compare
// as instants whatever form (ISO text, epoch ms) the query gives.

export type Query = Record<string, unknown>;

export class QueryError extends Error {}

const DATE_FIELDS = /(^|\.)_(lastInform|registered|lastBoot|lastBootstrap|timestamp)$|^timestamp$/;
const OPERATORS = new Set([
  '$eq',
  '$ne',
  '$in',
  '$nin',
  '$regex',
  '$options',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$exists',
]);

/** The value at a dotted path; a parameter node (an object with `_value`) yields its value. */
export function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && '_value' in node)
    return (node as { _value: unknown })._value;
  return node;
}

function comparable(v: unknown, date: boolean): unknown {
  if (!date) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? v : t;
  }
  return v;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Values arrive as text from routers: "1" matches 1 and "true" matches true.
  if ((typeof a === 'number' || typeof a === 'boolean') && typeof b === 'string') return String(a) === b;
  if ((typeof b === 'number' || typeof b === 'boolean') && typeof a === 'string') return String(b) === a;
  return false;
}

/** Equality as MongoDB does it on arrays: an array field matches when one element does. */
function equals(field: unknown, wanted: unknown): boolean {
  if (Array.isArray(field) && !Array.isArray(wanted)) return field.some((x) => same(x, wanted));
  if (wanted === null) return field === undefined || field === null;
  return same(field, wanted);
}

function order(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && Number.isFinite(Number(b)))
    return a - Number(b);
  if (typeof a === 'string' && typeof b === 'number' && a.trim() !== '' && Number.isFinite(Number(a)))
    return Number(a) - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function regexOf(pattern: unknown, options: unknown): RegExp {
  if (typeof pattern !== 'string' || pattern.length > 256)
    throw new QueryError('$regex needs a pattern of at most 256 characters');
  // A quantified group that itself repeats can take exponential time (ReDoS): refused.
  if (/\([^)]*[+*}][^)]*\)\s*[+*{]/.test(pattern))
    throw new QueryError('$regex with a repeated group that repeats inside is not allowed');
  const flags = typeof options === 'string' ? options.replace(/[^imsu]/g, '') : '';
  try {
    return new RegExp(pattern, flags);
  } catch {
    throw new QueryError(`invalid $regex ${pattern}`);
  }
}

function matchField(doc: unknown, path: string, cond: unknown): boolean {
  const date = DATE_FIELDS.test(path);
  const raw = valueAt(doc, path);
  const field = comparable(raw, date);
  if (
    cond === null ||
    typeof cond !== 'object' ||
    Array.isArray(cond) ||
    !Object.keys(cond).some((k) => k.startsWith('$'))
  ) {
    return equals(field, comparable(cond, date));
  }
  const ops = cond as Record<string, unknown>;
  for (const [op, arg] of Object.entries(ops)) {
    if (!OPERATORS.has(op)) throw new QueryError(`unsupported operator ${op}`);
    const v = comparable(arg, date);
    switch (op) {
      case '$eq':
        if (!equals(field, v)) return false;
        break;
      case '$ne':
        if (equals(field, v)) return false;
        break;
      case '$in':
      case '$nin': {
        if (!Array.isArray(arg)) throw new QueryError(`${op} needs an array`);
        const hit = arg.some((x) => equals(field, comparable(x, date)));
        if (hit !== (op === '$in')) return false;
        break;
      }
      case '$regex': {
        const re = regexOf(arg, ops.$options);
        const values = Array.isArray(field) ? field : [field];
        if (!values.some((x) => x !== undefined && x !== null && re.test(String(x)))) return false;
        break;
      }
      case '$options':
        break;
      case '$exists':
        if ((raw !== undefined) !== Boolean(arg)) return false;
        break;
      default: {
        const c = order(field, v);
        if (c === null) return false;
        if (op === '$gt' && !(c > 0)) return false;
        if (op === '$gte' && !(c >= 0)) return false;
        if (op === '$lt' && !(c < 0)) return false;
        if (op === '$lte' && !(c <= 0)) return false;
      }
    }
  }
  return true;
}

export function matches(doc: unknown, query: Query): boolean {
  for (const [key, cond] of Object.entries(query)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(cond)) throw new QueryError(`${key} needs an array`);
      const results = cond.map((q) => matches(doc, q as Query));
      if (key === '$and' && !results.every(Boolean)) return false;
      if (key === '$or' && !results.some(Boolean)) return false;
      if (key === '$nor' && results.some(Boolean)) return false;
    } else if (key.startsWith('$')) {
      throw new QueryError(`unsupported operator ${key}`);
    } else if (!matchField(doc, key, cond)) {
      return false;
    }
  }
  return true;
}

/** Every field path a query names (to load only the parameters it needs). */
export function fieldsOf(query: Query): string[] {
  const out: string[] = [];
  for (const [key, cond] of Object.entries(query)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (Array.isArray(cond)) for (const q of cond) out.push(...fieldsOf(q as Query));
    } else if (!key.startsWith('$')) {
      out.push(key);
    }
  }
  return out;
}

export function parseQuery(text: string | undefined): Query {
  if (text === undefined || text.trim() === '') return {};
  let q: unknown;
  try {
    q = JSON.parse(text);
  } catch {
    throw new QueryError('query is not JSON');
  }
  if (q === null || typeof q !== 'object' || Array.isArray(q))
    throw new QueryError('query must be a JSON object');
  return q as Query;
}
