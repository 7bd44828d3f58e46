/** The one-line notes a report prints under a pairing state: what is in flight, what was lost, where the CMS is. */
import { partnerOf } from './config.ts';
import { cmsAvailable } from './facts.ts';
import { minutes } from './minutes.ts';
import { exportStatus, importStatus } from './status.ts';
import type { PairConfig } from './config.ts';
import type { PairState } from './state.ts';

/** An age at its cap only says "at least this old". */
function age(config: PairConfig, seconds: number, interrupted: boolean): string {
  const cap = interrupted ? config.interruptedAgeCap : config.uninterruptedAgeCap;
  return seconds >= cap ? `${minutes(seconds)} or more` : minutes(seconds);
}

export function notes(config: PairConfig, s: PairState): string[] {
  const out: string[] = [];
  for (const pool of [0, 1] as const) {
    const p = s.pools[pool];
    const name = config.names[pool];
    const partner = config.names[partnerOf(pool)];
    if (p.syncDue) out.push(`${name}: the SyncInterval export is due now`);
    if (p.pending > 0) {
      out.push(
        `${name}: ${p.pending} change(s) wait in ${partner}'s share, oldest ${age(config, p.pendingAge, p.pendingInterrupted)}; ` +
          `${partner} imports ${importStatus(s, partnerOf(pool)) === 'NormalState' ? 'them now' : 'nothing'}, ` +
          `${name} reports ${exportStatus(config, s, pool)}`,
      );
    }
    if (p.unexported > 0) {
      out.push(`${name}: ${p.unexported} change(s) not exported yet, oldest ${age(config, p.unexportedAge, p.unexportedInterrupted)}`);
    }
    if (p.outage > 0) out.push(`${name}: its store cannot export, for ${age(config, p.outage, true)} so far`);
    if (p.failedOver) out.push(`${name} is failed over to ${partner}`);
    if (p.lost > 0) out.push(`${name}: this failover lost ${p.lost} change(s), oldest ${age(config, p.lostAge, p.lostAge > p.lostUninterruptedAge)}`);
  }
  if (s.cmsAt !== -1) out.push(`the CMS is in ${config.names[s.cmsAt]}${cmsAvailable(s) ? '' : ' and unavailable'}`);
  if (s.cmsLost > 0) out.push(`this CMS failover lost the CMS data among ${s.cmsLost} change(s) its new pool had not imported`);
  return out;
}
