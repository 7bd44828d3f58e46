import { describe, expect, it } from 'vitest';
import schema from '../../model/topology/schema.json' with { type: 'json' };

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  definitions?: Record<string, Node>;
}

function undescribed(node: Node, path: string): string[] {
  const own = node.description === undefined ? [path] : [];
  const children = [
    ...Object.entries(node.properties ?? {}).map(([key, child]) => undescribed(child, `${path}.${key}`)),
    ...Object.entries(node.definitions ?? {}).map(([key, child]) => undescribed(child, `${path}#${key}`)),
    ...(node.items ? [undescribed(node.items, `${path}[]`)] : []),
  ];
  return [...own, ...children.flat()];
}

describe('schema.json', () => {
  it('describes every field for editors', () => {
    expect(undescribed(schema as Node, 'topology')).toEqual([]);
  });

  it('closes every object to unknown fields', () => {
    const open: string[] = [];
    const visit = (node: Record<string, unknown>, path: string): void => {
      if (node.type === 'object' && node.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(node))
        if (child !== null && typeof child === 'object') visit(child as Record<string, unknown>, `${path}/${key}`);
    };
    visit(schema as Record<string, unknown>, '');
    expect(open).toEqual([]);
  });
});
