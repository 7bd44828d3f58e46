/**
 * Malformed topology files, each with the field a good error message must name. Every case is invalid
 * by construction: a value of the wrong type or outside what schema.json allows, a required field
 * removed, an unknown field added, or a rule across fields broken (sizes, duplicate names, back ends).
 */
import fc from 'fast-check';

export interface Malformed {
  readonly what: string;
  /** The file's bytes. */
  readonly text: string;
  /** The field path the message must name (`topology` for the whole file), or null for "the file". */
  readonly path: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A valid topology with every optional section, so that every field can be broken. */
export function validBase(): { [key: string]: Json } {
  return {
    product: 'lync2013',
    pool: {
      name: 'pool-a.contoso.com',
      frontEnds: [1, 2, 3].map((i) => ({ name: `fe-a${i}`, host: `host-a${i}` })),
      backend: { principal: 'sql-a1', mirror: 'sql-a2', witness: 'sql-aw' },
      routingGroups: 1,
    },
    pairedPool: {
      name: 'pool-b.contoso.com',
      frontEnds: [1, 2, 3].map((i) => ({ name: `fe-b${i}`, host: `host-b${i}` })),
      backend: { principal: 'sql-b1' },
    },
    backupService: { syncIntervalSeconds: 120 },
    cms: 'pool-a.contoso.com',
    registrar: { backupStoreUnavailableThresholdMinutes: 30 },
    settings: { seedOrder: 'topology', sqlWitnessVote: 'even-seeds', hydrationMinutes: 30, quorumLossShutdownMinutes: 5 },
    bounds: { maxFaults: 1, maxDepth: 4 },
  };
}

type Segment = string | number;
type Kind = 'object' | 'array' | 'name' | 'sqlName' | 'enum' | 'integer';

interface Field {
  readonly at: readonly Segment[];
  readonly kind: Kind;
}

const enums = new Set(['product', 'seedOrder', 'sqlWitnessVote']);
const sqlNames = new Set(['principal', 'mirror', 'witness']);
const optional = new Set(['mirror', 'witness', 'routingGroups', 'pairedPool', 'backupService', 'cms', 'registrar', 'settings', 'bounds',
  'seedOrder', 'sqlWitnessVote', 'hydrationMinutes', 'quorumLossShutdownMinutes', 'maxFaults', 'maxDepth']);

function fieldsOf(value: Json, at: Segment[] = []): Field[] {
  const last = at.at(-1);
  if (Array.isArray(value)) return [{ at, kind: 'array' }, ...value.flatMap((v, i) => fieldsOf(v, [...at, i]))];
  if (value !== null && typeof value === 'object') {
    return [{ at, kind: 'object' }, ...Object.entries(value).flatMap(([k, v]) => fieldsOf(v, [...at, k]))];
  }
  if (typeof value === 'number') return [{ at, kind: 'integer' }];
  if (typeof last === 'string' && enums.has(last)) return [{ at, kind: 'enum' }];
  return [{ at, kind: typeof last === 'string' && sqlNames.has(last) ? 'sqlName' : 'name' }];
}

export const fields = fieldsOf(validBase());

/** The path as the validator prints it: `pool.frontEnds[2].host`. */
export function pathOf(at: readonly Segment[]): string {
  const path = at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
  return path === '' ? 'topology' : path;
}

function set(root: { [key: string]: Json }, at: readonly Segment[], value: Json | undefined): Json {
  if (at.length === 0) return value ?? null;
  const copy = structuredClone(root);
  let parent: any = copy;
  for (const segment of at.slice(0, -1)) parent = parent[segment];
  const key = at.at(-1)!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

const long = (n: number) => 'a'.repeat(n);
const deep = (n: number): Json => JSON.parse('['.repeat(n) + ']'.repeat(n));
const badName = fc.constantFrom<Json>('', ' ', '-fe', '.fe', '_fe', 'fe 1', 'fe/1', '../etc', 'fe\u0000', '<script>alert(1)</script>',
  '$(rm -rf ~)', '`id`', 'fé', '\u202efe', 'fe\n1', long(65), long(100_000), 'fe\\inst');
const badInteger = fc.oneof(
  fc.constantFrom<Json>(-1, 0.5, 1e300, -1e300, 2 ** 53 + 2, 1e21, 100_000, '1', '', true, null, [], {}),
  fc.integer({ min: 20_000, max: 2 ** 31 }),
  fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
);
const notObject = fc.constantFrom<Json>(null, 0, 'x', true, [], [{}], long(100_000));
const notArray = fc.constantFrom<Json>(null, 0, 'fe1', {}, { 0: { name: 'fe1', host: 'h1' } });
const wrongScalar = fc.constantFrom<Json>(null, 1, true, [], {}, ['fe1'], { name: 'fe1' });

function badValue(kind: Kind): fc.Arbitrary<Json> {
  switch (kind) {
    case 'object':
      return notObject;
    case 'array':
      return notArray;
    case 'integer':
      return badInteger;
    case 'enum':
      return fc.oneof(wrongScalar, fc.constantFrom<Json>('', 'Lync2013', 'sfb2016', 'TOPOLOGY', long(1000)));
    case 'name':
      return fc.oneof(wrongScalar, badName);
    case 'sqlName':
      // `server\INSTANCE` is a valid SQL Server name.
      return fc.oneof(wrongScalar, badName.filter((name) => name !== 'fe\\inst'));
  }
}

/** Integers that are whole and in JSON range but outside what a field allows. */
const outOfRange: Readonly<Record<string, readonly number[]>> = {
  routingGroups: [0, 5],
  syncIntervalSeconds: [4, 10_801],
  backupStoreUnavailableThresholdMinutes: [0, 1441],
  hydrationMinutes: [0, 121],
  quorumLossShutdownMinutes: [0, 61],
  maxFaults: [-1, 9],
  maxDepth: [0, 61],
};

const wrongValue: fc.Arbitrary<Malformed> = fc
  .constantFrom(...fields.filter((f) => f.at.length > 0))
  .chain((field) => {
    const key = field.at.at(-1);
    const range = typeof key === 'string' ? outOfRange[key] : undefined;
    const values = range === undefined ? badValue(field.kind) : fc.oneof(badValue(field.kind), fc.constantFrom(...range));
    return values.map((value) => ({
      what: `${pathOf(field.at)} = ${JSON.stringify(value)?.slice(0, 60)}`,
      text: JSON.stringify(set(validBase(), field.at, value)),
      path: pathOf(field.at),
    }));
  });

const missing: fc.Arbitrary<Malformed> = fc
  .constantFrom(...fields.filter((f) => typeof f.at.at(-1) === 'string' && !optional.has(f.at.at(-1) as string)))
  .map((field) => ({ what: `${pathOf(field.at)} removed`, text: JSON.stringify(set(validBase(), field.at, undefined)), path: pathOf(field.at) }));

/** Keys that must stay data: prototype names, code, odd characters. */
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$ref', 'frontends', 'Name', '', ' ',
    '../x', '<script>', '${process.exit(9)}', long(10_000)),
  fc.string({ maxLength: 20 }),
);

const unknownField: fc.Arbitrary<Malformed> = fc
  .tuple(fc.constantFrom(...fields.filter((f) => f.kind === 'object')), unknownKey, fc.jsonValue({ maxDepth: 2 }))
  .filter(([field, key]) => !Object.hasOwn(pick(validBase(), field.at) as object, key) && !schemaFieldNames.has(key))
  .map(([field, key, value]) => {
    // Built as text: `__proto__` must arrive as a JSON key, not set a prototype here.
    const inner = JSON.stringify(pick(validBase(), field.at));
    const withKey = `{${JSON.stringify(key)}:${JSON.stringify(value)}${inner === '{}' ? '' : `,${inner.slice(1, -1)}`}}`;
    const text = field.at.length === 0 ? withKey : replaceAt(field.at, withKey);
    const name = key === '' || !/^[A-Za-z_$][\w$]*$/.test(key) ? `[${JSON.stringify(key)}]` : `.${key}`;
    const parent = pathOf(field.at);
    return { what: `unknown field ${JSON.stringify(key).slice(0, 40)} in ${parent}`, text, path: parent === 'topology' ? name.replace(/^\./, '') : `${parent}${name}` };
  });

/** Every field name the schema knows anywhere: adding one where it is not allowed is still unknown there, but the
 * message paths get ambiguous, so such keys are left to the crafted cases. */
const schemaFieldNames = new Set(fields.flatMap((f) => f.at.filter((s): s is string => typeof s === 'string')));

function pick(root: Json, at: readonly Segment[]): Json {
  let value: any = root;
  for (const segment of at) value = value[segment];
  return value;
}

/** The base as text with the value at `at` replaced by raw JSON text. */
function replaceAt(at: readonly Segment[], raw: string): string {
  const marker = '@@replaced-by-raw-json@@';
  return JSON.stringify(set(validBase(), at, marker)).replace(`"${marker}"`, () => raw);
}

const fe = (name: string, host = `h-${name}`) => ({ name, host });
const pool = (patch: { [key: string]: Json }) => ({ ...validBase(), pool: { ...(validBase().pool as object), ...patch } });
const json = (value: unknown) => JSON.stringify(value);

/** Rules across fields, and files that are not JSON at all. */
export const crafted: readonly Malformed[] = [
  { what: 'empty file', text: '', path: null },
  { what: 'whitespace only', text: ' \n\t', path: null },
  { what: 'BOM only', text: '\uFEFF', path: null },
  { what: 'truncated', text: json(validBase()).slice(0, 50), path: null },
  { what: 'trailing comma', text: json(validBase()).replace(/}$/, ',}'), path: null },
  { what: 'comments', text: `// topology\n${json(validBase())}`, path: null },
  { what: 'YAML', text: 'product: lync2013\npool:\n  name: p\n', path: null },
  { what: 'JavaScript', text: 'module.exports = { product: "lync2013" }; process.exit(9)', path: null },
  { what: 'two documents', text: `${json(validBase())}\n${json(validBase())}`, path: null },
  { what: 'binary', text: '\u0000\u0001\u0002\u00ff\u00fe', path: null },
  { what: 'NaN', text: json(validBase()).replace('"maxDepth":4', '"maxDepth":NaN'), path: null },
  { what: 'single quotes', text: json(validBase()).replace(/"/g, "'"), path: null },
  { what: 'null', text: 'null', path: 'topology' },
  { what: 'a number', text: '42', path: 'topology' },
  { what: 'a string', text: '"lync2013"', path: 'topology' },
  { what: 'an array of the topology', text: json([validBase()]), path: 'topology' },
  { what: 'empty object', text: '{}', path: 'product' },
  { what: 'deeply nested top level', text: '['.repeat(100_000) + ']'.repeat(100_000), path: 'topology' },
  { what: 'deeply nested pool name', text: replaceAt(['pool', 'name'], '['.repeat(20_000) + ']'.repeat(20_000)), path: 'pool.name' },
  { what: 'deeply nested front end', text: replaceAt(['pool', 'frontEnds', 0], '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)), path: 'pool.frontEnds[0].a' },
  { what: 'deeply nested routing groups', text: replaceAt(['pool', 'routingGroups'], '['.repeat(20_000) + ']'.repeat(20_000)), path: 'pool.routingGroups' },
  { what: 'huge number', text: json(validBase()).replace('"maxDepth":4', `"maxDepth":1${'0'.repeat(400)}`), path: 'bounds.maxDepth' },
  { what: 'huge front-end list', text: json(pool({ frontEnds: Array.from({ length: 10_000 }, (_, i) => fe(`fe${i}`)) })), path: 'pool.frontEnds' },
  { what: 'megabyte name', text: json(pool({ name: long(1_000_000) })), path: 'pool.name' },
  { what: 'no front ends', text: json(pool({ frontEnds: [] })), path: 'pool.frontEnds' },
  { what: '17 front ends (sfb2019)', text: json({ ...pool({ frontEnds: Array.from({ length: 17 }, (_, i) => fe(`fe${i}`)) }), product: 'sfb2019' }), path: 'pool.frontEnds' },
  { what: '13 front ends (lync2013)', text: json(pool({ frontEnds: Array.from({ length: 13 }, (_, i) => fe(`fe${i}`)) })), path: 'pool.frontEnds' },
  { what: '2 front ends (sfb2019)', text: json({ ...pool({ frontEnds: [fe('fe1'), fe('fe2')], routingGroups: undefined as never }), product: 'sfb2019', pairedPool: undefined as never, backupService: undefined as never, cms: undefined as never }), path: 'pool.frontEnds' },
  { what: 'duplicate front-end names', text: json(pool({ frontEnds: [fe('fe1'), fe('fe2'), fe('fe1')] })), path: 'pool.frontEnds[2].name' },
  { what: 'duplicate names, other case', text: json(pool({ frontEnds: [fe('fe1'), fe('fe2'), fe('FE1')] })), path: 'pool.frontEnds[2].name' },
  { what: 'same front end in both pools', text: json({ ...validBase(), pairedPool: { ...(validBase().pairedPool as object), frontEnds: [fe('fe-a1', 'hb1'), fe('fe-b2'), fe('fe-b3')] } }), path: 'pairedPool.frontEnds[0].name' },
  { what: 'host is another front end', text: json(pool({ frontEnds: [fe('fe1'), fe('fe2', 'fe1'), fe('fe3')] })), path: 'pool.frontEnds[1].host' },
  { what: 'host is the SQL principal', text: json(pool({ frontEnds: [fe('fe1', 'sql-a1'), fe('fe2'), fe('fe3')] })), path: 'pool.frontEnds[0].host' },
  { what: 'empty host name', text: json(pool({ frontEnds: [fe('fe1', ''), fe('fe2'), fe('fe3')] })), path: 'pool.frontEnds[0].host' },
  { what: 'host with a slash', text: json(pool({ frontEnds: [fe('fe1', 'rack/1'), fe('fe2'), fe('fe3')] })), path: 'pool.frontEnds[0].host' },
  { what: 'mirror equals principal', text: json(pool({ backend: { principal: 'sql1', mirror: 'sql1' } })), path: 'pool.backend.mirror' },
  { what: 'mirror on the principal server', text: json(pool({ backend: { principal: 'sql1\\rtc', mirror: 'SQL1\\rtc2' } })), path: 'pool.backend.mirror' },
  { what: 'witness without mirror', text: json(pool({ backend: { principal: 'sql1', witness: 'sqlw' } })), path: 'pool.backend.witness' },
  { what: 'witness equals principal', text: json(pool({ backend: { principal: 'sql1', mirror: 'sql2', witness: 'sql1' } })), path: 'pool.backend.witness' },
  { what: 'principal is a front end', text: json(pool({ backend: { principal: 'fe-a1' } })), path: 'pool.backend.principal' },
  { what: 'routing groups in a 2-FE pool', text: json({ product: 'lync2013', pool: { name: 'p', frontEnds: [fe('fe1'), fe('fe2')], backend: { principal: 's' }, routingGroups: 2 } }), path: 'pool.routingGroups' },
  { what: 'cms names no pool', text: json({ ...validBase(), cms: 'pool-c.contoso.com' }), path: 'cms' },
  { what: 'backupService without a paired pool', text: json({ ...validBase(), pairedPool: undefined, cms: undefined }), path: 'backupService' },
  { what: 'pool paired with itself', text: json({ ...validBase(), pairedPool: { ...(validBase().pairedPool as object), name: 'POOL-A.contoso.com' } }), path: 'pairedPool.name' },
  { what: 'paired pools share a back end', text: json({ ...validBase(), pairedPool: { ...(validBase().pairedPool as object), backend: { principal: 'sql-a2' } } }), path: 'pairedPool.backend.principal' },
  { what: 'paired pools share a host', text: json({ ...validBase(), pairedPool: { ...(validBase().pairedPool as object), frontEnds: [fe('fe-b1', 'host-a1'), fe('fe-b2'), fe('fe-b3')] } }), path: 'pairedPool.frontEnds[0].host' },
  { what: '__proto__ at the top level', text: json(validBase()).replace(/^{/, '{"__proto__":{"polluted":true},'), path: '__proto__' },
  { what: 'constructor in a front end', text: json(validBase()).replace('{"name":"fe-a1"', '{"constructor":{"prototype":{"polluted":true}},"name":"fe-a1"'), path: 'pool.frontEnds[0].constructor' },
  { what: 'JavaScript in a name', text: json(pool({ name: '"+process.exit(9)+"' })), path: 'pool.name' },
  { what: 'shell in a name', text: json(pool({ name: '$(touch /tmp/fabric-check-pwned)' })), path: 'pool.name' },
];

/** The generated kinds (the crafted cases run one by one), weighted by how many fields each can break. */
export const malformed: fc.Arbitrary<Malformed> = fc.oneof(
  { arbitrary: wrongValue, weight: 5 },
  { arbitrary: missing, weight: 2 },
  { arbitrary: unknownField, weight: 2 },
);
