import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/reports/svg.ts';
import type { FabricView } from '../../model/view.ts';
import { HOSTILE, PLAIN, SCRIPT_NAME, storyViews } from './fixtures.ts';

const [healthy, failedOver, crashed, stopped] = storyViews(PLAIN) as [FabricView, FabricView, FabricView, FabricView];

function count(svg: string, pattern: RegExp): number {
  return svg.match(pattern)?.length ?? 0;
}

describe('renderViewSvg', () => {
  it('draws each host with its FEs, their status and voter badge', () => {
    const svg = renderViewSvg(crashed, failedOver, 'step 2');
    expect(count(svg, /<g class="host[ "]/g)).toBe(2);
    expect(svg).toContain('<g class="host host-down changed">');
    expect(count(svg, /<g class="fe fe-down[ "]/g)).toBe(2);
    expect(count(svg, /<g class="fe fe-running[ "]/g)).toBe(2);
    expect(count(svg, /<g class="voter">/g)).toBe(4);
  });

  it('puts each replica on its FE with its role, and lists the routing groups with their service', () => {
    const svg = renderViewSvg(crashed, failedOver, 'step 2');
    expect(count(svg, /<g class="chip chip-/g)).toBe(6);
    expect(count(svg, /<g class="chip chip-P"/g)).toBe(2);
    expect(count(svg, /chip-down"/g)).toBe(3);
    expect(svg).toContain('<g class="rg rg-limited changed" data-rg="1">');
    expect(svg).toContain('<g class="rg rg-full changed" data-rg="2">');
  });

  it('says when a routing group has no replicas (1 or 2 FEs)', () => {
    const bare: FabricView = { ...healthy, pools: healthy.pools.map((p) => ({ ...p, routingGroups: p.routingGroups.map((rg) => ({ ...rg, replicas: [] })) })) };
    const svg = renderViewSvg(bare, undefined, 'x');
    expect(count(svg, />no replicas: FEs read the back end</g)).toBe(2);
    expect(svg).not.toContain('<g class="chip');
  });

  it('marks a hydrating replica', () => {
    const hydrating: FabricView = {
      ...healthy,
      pools: healthy.pools.map((p) => ({
        ...p,
        routingGroups: p.routingGroups.map((rg) => ({ ...rg, replicas: rg.replicas.map((r) => (r.role === 'idleSecondary' ? { ...r, upToDate: false } : r)) })),
      })),
    };
    const svg = renderViewSvg(hydrating, undefined, 'x');
    expect(count(svg, /chip-IS chip-hydrating/g)).toBe(2);
    expect(svg).toContain('idle secondary on fe3 (hydrating)');
  });

  it('shows who serves SQL and whether the SQL vote counts', () => {
    expect(renderViewSvg(healthy, undefined, 'x')).toContain('<g class="vote-counts">');
    const svg = renderViewSvg(failedOver, healthy, 'x');
    expect(svg).toContain('<g class="sql sql-up changed" data-sql="sql1">');
    expect(svg).toContain('<g class="sql sql-up sql-serving changed" data-sql="sql2">');
    expect(svg).toContain('<g class="vote-lost">');
  });

  it('tells a SQL principal without a seat (odd seed count) from one whose vote is lost', () => {
    const odd: FabricView = {
      ...failedOver,
      pools: failedOver.pools.map((p) => ({ ...p, frontEnds: p.frontEnds.map((fe, i) => ({ ...fe, voter: i < 3 })), votes: { up: 3, total: 3, needed: 2, functional: true } })),
    };
    expect(renderViewSvg(odd, undefined, 'x')).toContain('<g class="vote-none">');
    expect(renderViewSvg(failedOver, undefined, 'x')).toContain('>vote lost</text>');
  });

  it('shows votes x of y (need z), and no majority', () => {
    expect(renderViewSvg(healthy, undefined, 'x')).toContain('>5 of 5 votes, need 3</text>');
    const svg = renderViewSvg(crashed, failedOver, 'x');
    expect(svg).toContain('<g class="pool-header no-quorum">');
    expect(svg).toContain('>2 of 5 votes, need 3</text>');
    expect(count(svg, /class="vote-dot vote-up"/g)).toBe(2);
  });

  it('shows timers in minutes', () => {
    expect(renderViewSvg(crashed, failedOver, 'x')).toContain('>quorum-loss shutdown: 5 min</text>');
    expect(renderViewSvg(stopped, crashed, 'x')).not.toContain('quorum-loss shutdown');
  });

  it('outlines nothing without a previous step', () => {
    expect(renderViewSvg(crashed, undefined, 'x')).not.toContain('changed');
  });

  it('escapes every name, in text, tooltips and attributes', () => {
    const svg = renderViewSvg(storyViews(HOSTILE)[2] as FabricView, storyViews(HOSTILE)[1], SCRIPT_NAME);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(svg).toContain('data-fe="fe&amp;4&quot;&#39;&lt;"');
    expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
