/**
 * One resource per wizard, whatever happens around the create: a double tap on Launch handled by two bot
 * processes at once, a crash right after the POST (the conversation then replays the step), a person coming back
 * to a wizard whose create already went through. The wizard id doubles as the resource's `client_id`, so what an
 * earlier attempt made can be found; a claim in the store keeps two attempts from racing.
 */
import type { KvRepo } from '../../store/index.js';

/** A claim outlives any single create; a process that died holding one frees it this soon. */
const CLAIM_MS = 2 * 60 * 1000;
/** The "already made" mark lasts longer than any wizard (they end after a day idle). */
const MADE_MS = 3 * 24 * 60 * 60 * 1000;

export type LaunchOutcome<T> =
  /** This attempt created it. */
  | { kind: 'created'; value: T }
  /** An earlier attempt did (or one running elsewhere just finished). */
  | { kind: 'found'; value: T }
  /** Another attempt holds the claim and nothing is there yet: it is being created right now. */
  | { kind: 'busy' };

export interface LaunchOnceOptions<T> {
  kv: KvRepo;
  wizardId: string;
  /** Sends the create with the wizard id as `client_id`. A failure releases the claim and is rethrown. */
  create: () => Promise<T>;
  /** Looks the resource up by the wizard id; undefined when there is none. */
  find: () => Promise<T | undefined>;
}

export async function launchOnce<T>({ kv, wizardId, create, find }: LaunchOnceOptions<T>): Promise<LaunchOutcome<T>> {
  const made = `${wizardId}:made`;
  const claim = `${wizardId}:launch`;
  if ((await kv.get(made)) !== null) {
    const value = await find();
    // Deleted since (a half-uploaded list removed by hand): a new one may be made.
    if (value !== undefined) return { kind: 'found', value };
  }
  if (!(await kv.setOnce(claim, '1', CLAIM_MS))) {
    const value = await find();
    return value === undefined ? { kind: 'busy' } : { kind: 'found', value };
  }
  let value: T;
  try {
    value = await create();
  } catch (error) {
    await kv.del(claim);
    throw error;
  }
  await kv.setOnce(made, '1', MADE_MS);
  return { kind: 'created', value };
}
