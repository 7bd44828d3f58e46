/**
 * The shape check: ajv against schema.json, with ajv's errors rewritten as one message per problem that
 * names the field and says what is allowed there.
 */
import { Ajv, type ErrorObject } from 'ajv';
import schema from './schema.json' with { type: 'json' };
import { joinPath, pointerSegments, shown } from './field-path.ts';
import type { TopologyProblem } from './types.ts';

interface FieldSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
}

const definitions = schema.definitions as unknown as Readonly<Record<string, FieldSchema>>;

/** What each name pattern means, so that messages never show a regular expression. */
const patternMeaning: Readonly<Record<string, string>> = {
  [definitions.name?.pattern ?? '']: "letters, digits, '.', '-' and '_', starting with a letter or digit",
  [definitions.sqlName?.pattern ?? '']:
    "a server name (letters, digits, '.', '-' and '_', starting with a letter or digit), optionally followed by \\INSTANCE",
};

const validateShape = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);

export interface ShapeCheck {
  readonly problems: readonly TopologyProblem[];
  /**
   * The top-level field passed the schema (an absent optional field does), so semantic checks can read it
   * even when another field failed.
   */
  sound(field: string): boolean;
}

export function shapeCheck(json: unknown): ShapeCheck {
  if (validateShape(json)) return { problems: [], sound: () => true };
  const errors = validateShape.errors ?? [];
  const problems: TopologyProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = translate(error);
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  const broken = new Set(errors.map(brokenField));
  return { problems, sound: (field) => !broken.has(field) && !broken.has(wholeFile) };
}

const wholeFile = '';

/** The top-level field an error breaks: the file as a whole when it is not an object at all. */
function brokenField(error: ErrorObject): string {
  const [field] = pointerSegments(error.instancePath);
  if (field !== undefined) return String(field);
  if (error.keyword === 'required') return String((error.params as { missingProperty: string }).missingProperty);
  // An unknown top-level field breaks nothing the checks read; a file that is not an object breaks all.
  return error.keyword === 'additionalProperties' ? String((error.params as { additionalProperty: string }).additionalProperty) : wholeFile;
}

function translate(error: ErrorObject): TopologyProblem {
  const parent = error.parentSchema as FieldSchema;
  const segments = pointerSegments(error.instancePath);
  const at = joinPath(segments);
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent.properties ?? {}).join(', ');
      return {
        path: joinPath([...segments, field]),
        message: `unknown field; the fields allowed ${at === 'topology' ? 'at the top level' : `in ${at}`} are ${allowed}`,
      };
    }
    case 'required': {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      const fieldSchema = parent.properties?.[field];
      return {
        path: joinPath([...segments, field]),
        message: `is required; it must be ${fieldSchema ? describe(fieldSchema) : 'given'}`,
      };
    }
    default:
      return { path: at, message: `must be ${describe(parent)} (got ${shown(error.data)})` };
  }
}

/** What a field allows, in words: drawn from its schema so that messages and schema cannot disagree. */
function describe(fieldSchema: FieldSchema): string {
  const resolved = resolve(fieldSchema);
  if (resolved.enum) return `one of ${resolved.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (resolved.type === 'integer') return `a whole number from ${resolved.minimum} to ${resolved.maximum}`;
  if (resolved.type === 'string') {
    if (resolved.pattern === undefined) return 'a string';
    return `a string of ${resolved.minLength} to ${resolved.maxLength} characters: ${patternMeaning[resolved.pattern]}`;
  }
  if (resolved.type === 'array') return `a list of ${resolved.minItems} to ${resolved.maxItems} entries`;
  const required = resolved.required ?? [];
  const fields = Object.keys(resolved.properties ?? {}).map((field) =>
    required.includes(field) ? `${field} (required)` : field,
  );
  return `an object with the fields ${fields.join(', ')}`;
}

function resolve(fieldSchema: FieldSchema): FieldSchema {
  if (fieldSchema.$ref === undefined) return fieldSchema;
  const target = definitions[fieldSchema.$ref.replace('#/definitions/', '')];
  return target ? resolve(target) : fieldSchema;
}
