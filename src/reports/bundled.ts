/** Checks every topology bundled in `topologies/`: the input of the committed `reports/` folder. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../engine/check.ts';
import { fabricChecks } from '../fabric/checks.ts';
import { parseTopology } from '../../model/topology/validate.ts';
import type { CheckRun, TopologyRun } from './report.ts';

/** In file-name order (code units, not locale), each check to its own depth bound, every property to a verdict. */
export async function checkBundledTopologies(topologiesDir: string): Promise<TopologyRun[]> {
  const files = (await readdir(topologiesDir)).filter((name) => name.endsWith('.json')).sort();
  const runs: TopologyRun[] = [];
  for (const file of files) {
    const parsed = parseTopology(JSON.parse(await readFile(path.join(topologiesDir, file), 'utf8')));
    if (!parsed.ok) {
      throw new Error(`${file} is not a valid topology: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    }
    const checks: CheckRun[] = [];
    for (const fabricCheck of fabricChecks(parsed.topology)) {
      const { model, properties } = fabricCheck.subject;
      const result = await check(model, properties, { stopAtFirstViolation: false, maxDepth: fabricCheck.maxDepth });
      checks.push({ check: fabricCheck, result });
    }
    runs.push({ name: file.slice(0, -'.json'.length), topology: parsed.topology, checks });
  }
  return runs;
}
