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
    expect(count(svg, />no replicas \(back end only\)</g)).toBe(2);
    expect(svg).toContain('<title>RG 1: full service; no replicas: its FEs read the back end directly</title>');
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

  it('makes plain who is principal now: after a failover the topology principal is the mirror now', () => {
    const server = (svg: string, name: string) => svg.slice(svg.indexOf(`data-sql="${name}"`), svg.indexOf('</g></g>', svg.indexOf(`data-sql="${name}"`)));
    const before = renderViewSvg(healthy, undefined, 'x');
    expect(server(before, 'sql1')).toContain('>topology principal</text>');
    expect(server(before, 'sql1')).toContain('>PRINCIPAL</text>');
    expect(server(before, 'sql2')).toContain('>MIRROR</text>');
    const after = renderViewSvg(failedOver, healthy, 'x');
    expect(server(after, 'sql1')).toContain('>MIRROR</text>');
    expect(server(after, 'sql2')).toContain('>topology mirror</text>');
    expect(server(after, 'sql2')).toContain('>PRINCIPAL</text>');
    expect(after.match(/>PRINCIPAL<\/text>/g)).toHaveLength(1);
  });

  it('tells a SQL principal without a seat (odd seed count) from one whose vote is lost', () => {
    const odd: FabricView = {
      ...failedOver,
      pools: failedOver.pools.map((p) => ({ ...p, frontEnds: p.frontEnds.map((fe, i) => ({ ...fe, voter: i < 3 })), votes: { up: 3, total: 3, needed: 2, functional: true } })),
    };
    expect(renderViewSvg(odd, undefined, 'x')).toContain('<g class="vote-none">');
    expect(renderViewSvg(odd, undefined, 'x')).not.toContain('vote-sql');
    expect(renderViewSvg(failedOver, undefined, 'x')).toContain('>vote lost</text>');
  });

  it('names each voter, draws the SQL vote as its own diamond, and says how many votes there are and are needed', () => {
    const svg = renderViewSvg(healthy, undefined, 'x');
    expect(count(svg, /<g class="voter-token vote-up">/g)).toBe(4);
    expect(svg).toContain('<g class="voter-token vote-up vote-sql"><title>SQL sql1, the topology&#39;s principal: its tie-breaking vote counts</title>');
    expect(svg).toContain('<title>fe1: seed FE, its vote is up</title>');
    expect(svg).toMatch(/transform="rotate\(45 /);
    expect(svg).toContain('>5 of 5 votes up, 3 needed: a majority</text>');
  });

  it('keeps the up votes of a pool without a majority apart from the down ones: "not enough", not "down"', () => {
    const svg = renderViewSvg(crashed, failedOver, 'x');
    expect(svg).toContain('<g class="votes no-quorum changed">');
    expect(svg).toContain('>2 of 5 votes up, 3 needed: not enough, quorum lost</text>');
    expect(count(svg, /<g class="voter-token vote-up">/g)).toBe(2);
    expect(count(svg, /<g class="voter-token vote-down[ "]/g)).toBe(3);
    expect(svg).toContain('<title>fe1: seed FE, its vote is down</title>');
  });

  it('leaves the voters unnamed when the view\'s counts do not match its voter flags', () => {
    const odd: FabricView = { ...healthy, pools: healthy.pools.map((p) => ({ ...p, votes: { ...p.votes, total: 7 } })) };
    const svg = renderViewSvg(odd, undefined, 'x');
    expect(svg).toContain('>vote 7</text>');
    expect(svg).not.toContain('<title>fe1: seed FE');
  });

  it('shows each timer whole, time first, wrapping a long name rather than cutting it', () => {
    expect(renderViewSvg(crashed, failedOver, 'x')).toContain('>in 5 min · quorum-loss shutdown</text>');
    expect(renderViewSvg(stopped, crashed, 'x')).not.toContain('quorum-loss shutdown');
    const name = 'pool-a.contoso.com services shut down (quorum loss) on every front end server that is still running in the pool';
    const long: FabricView = { ...crashed, timers: [{ name, dueInMinutes: 5 }] };
    const svg = renderViewSvg(long, undefined, 'x');
    const shown = [...svg.matchAll(/<g class="timer">.*?<\/g>/g)][0]![0].match(/>([^<]+)<\/text>/g)!.map((t) => t.slice(1, -7));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.join(' ')).toBe(`in 5 min · ${name}`);
  });

  it('draws the pairing notes about a pool in its pairing box, so that a step that only changes them changes the picture', () => {
    const backup = { serviceRunning: true, exportStatus: 'SteadyState', importStatus: 'NormalState', pendingAtPartner: 0 } as const;
    const paired = (notes: string[]): FabricView => ({ ...healthy, pools: healthy.pools.map((p) => ({ ...p, backup })), notes });
    const quiet = paired(['the CMS is elsewhere']);
    const written = paired(['pool-a: 1 change(s) not exported yet, oldest 0 min', 'the CMS is elsewhere']);
    const svg = renderViewSvg(written, quiet, 'x');
    expect(svg).not.toBe(renderViewSvg(quiet, quiet, 'x'));
    expect(svg).toContain('<g class="backup changed">');
    expect(svg).toContain('>• 1 change(s) not exported yet, oldest 0 min</text>');
    expect(svg).toContain('>0 changes exported, waiting in the partner&#39;s share</text>');
    // A note naming no pool is drawn once, under Notes.
    expect(count(svg, />• the CMS is elsewhere<\/text>/g)).toBe(1);
    expect(renderViewSvg(quiet, quiet, 'x')).toContain('<g class="backup">');
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
