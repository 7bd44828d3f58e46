import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/reports/markdown.ts';
import { buildReports } from '../../src/reports/report.ts';
import type { PropertyReport } from '../../src/reports/report.ts';
import { HOSTILE, lassoRun, PLAIN, storyRun } from './fixtures.ts';

function report(run = storyRun(PLAIN), index = 0): PropertyReport {
  const found = buildReports([run])[index];
  if (found === undefined) throw new Error('no report');
  return found;
}

describe('renderMarkdown', () => {
  const text = renderMarkdown(report(), 'reports/four-fe-two-hosts-survive-host-failure.json');

  it('starts with the verdict, the expectation and the rule with its source', () => {
    expect(text.startsWith('# ✗ survive-host-failure on four-fe-two-hosts\n')).toBe(true);
    expect(text).toContain('**Verdict: violated** (check `pool`, always property)');
    expect(text).toContain('Expected: violated, as the rule expects: the SQL vote stays with the primary');
    expect(text).toContain('## The rule\n\nThe pool survives what survive-host-failure says \\| \\*really\\*.\n\nSource: DOMAIN.md §2');
  });

  it('spells out what the source cites: the spec in docs/, the seed article by title', () => {
    expect(text).toContain("Where it comes from:\n\n- DOMAIN.md: fabric-check's domain specification, docs/DOMAIN.md in the fabric-check repository (§ are its sections)\n");
    expect(text).toContain('- seed 004: "Understanding how Windows Fabric Works (with regards to Lync)", TheArgyleMVP blog, October 29, 2013');
    const linked = renderMarkdown(report(), 'x.json', '../docs/DOMAIN.md');
    expect(linked).toContain("- DOMAIN.md: [fabric-check's domain specification, docs/DOMAIN.md in the fabric-check repository (§ are its sections)](../docs/DOMAIN.md)");
  });

  it('states the depth bound, or that there is none, never as "Infinity" or "undefined"', () => {
    expect(text).toContain('Bounds: at most 2 faults, depth 8');
    // The pool check has no depth bound unless the topology sets one (model/README.md): its reports say so.
    for (const maxDepth of [Infinity, undefined as unknown as number]) {
      const unbounded = renderMarkdown({ ...report(), maxDepth }, 'x.json');
      expect(unbounded).toContain('Bounds: at most 2 faults, no depth bound');
      expect(unbounded).not.toMatch(/Infinity|undefined/);
      // A cut search without a depth bound was cut by the state constraint, and says that instead.
      const cut = renderMarkdown({ ...report(storyRun(PLAIN), 3), maxDepth, exhaustive: false }, 'x.json');
      expect(cut).toContain('**Verdict: holds within the state constraint**');
      expect(cut).not.toMatch(/Infinity|undefined/);
    }
  });

  it('shows the topology: FEs by host, the back end', () => {
    expect(text).toContain('Pool **pool-a**: 4 front ends; back end principal sql1, mirror sql2, witness witness1');
    expect(text).toContain('| host1 | fe1, fe2 |\n| host2 | fe3, fe4 |');
  });

  it('numbers the steps with their event, clock and changes', () => {
    expect(text).toContain('## Counterexample: 3 steps, 5 min');
    expect(text).toContain('2. **crash host host1** · at 0 min\n   - **host host1 down (fe1, fe2)**\n');
    expect(text).toContain('3. **wait 5 min** · at 5 min\n');
    expect(text).toContain('   - timer quorum-loss shutdown fired\n   - *services on the remaining FEs shut down*');
  });

  it('shows the full state at step 0 and at the violating step only', () => {
    expect(text).toContain('### Step 0: initial state\n\n**pool-a** · serving users · 5 of 5 votes (need 3): functional');
    expect(text).toContain('### State at step 3, the violation\n\n**pool-a** · **not serving users** · 2 of 5 votes (need 3): **no majority**');
    expect(text).toContain('| 1 | fe3 | fe1 (down) | fe2 (down) | **disconnected** | 0 | 0 |');
    expect(text).toContain('SQL: principal sql1 (up, serving, holds the fabric vote) · mirror sql2 (up)');
    expect(text).toContain('SQL: principal sql1 (up, **fabric vote lost**) · mirror sql2 (up, serving) · witness witness1 (up)');
    expect(text.match(/\| RG \| Primary \|/g)).toHaveLength(2);
  });

  it('ends with the replay command', () => {
    expect(text.endsWith('```sh\nnpx fabric-check replay reports/four-fe-two-hosts-survive-host-failure.json\n```\n')).toBe(true);
  });

  it('flags a verdict the rule does not expect', () => {
    expect(renderMarkdown(report(storyRun(PLAIN), 1), 'x.json')).toContain('Expected: holds, ⚠ **not what the rule expects**');
  });

  it('marks where a lasso returns', () => {
    const lasso = renderMarkdown(report(lassoRun()), 'lasso.json');
    expect(lasso).toContain('1. **fail over SQL to sql2** · at 0 min · ↺ *the loop returns here*');
    expect(lasso).toContain('The last state is the state of step 1 again');
  });

  it('has no counterexample section for a result without a trace', () => {
    const unknown = renderMarkdown(report(storyRun(PLAIN), 2), 'x.json');
    expect(unknown).toContain('**Verdict: unknown**');
    expect(unknown).toContain('Why: depth bound 8 reached');
    expect(unknown).not.toContain('## Counterexample');
    expect(unknown).not.toContain('replay');
  });

  it('escapes names from the topology: no raw HTML, no emphasis, no table break', () => {
    const hostile = renderMarkdown(report(storyRun(HOSTILE)), 'x.json');
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('\\*\\*fe2\\*\\*');
    expect(hostile).toContain('| h\\|1 \\`x\\` | fe1, \\*\\*fe2\\*\\* |');
    expect(hostile).toContain('Pool **pool\\*\\_\\[a\\](b)**');
    expect(hostile).not.toMatch(/^#+ witness/m);
  });
});
