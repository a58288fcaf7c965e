/**
 * Public links the API hands out, served without a key like the real portal's: the audio behind a sound's
 * `playback_url`, and the card payment page behind `payment_url` (opening it completes the top-up).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { payTopUp } from '../actions/payments.js';
import { audioMime } from '../domain/audio-files.js';
import { voiceWav } from '../domain/wav.js';
import { advanceAccount } from '../life/index.js';
import type { World } from '../state/world.js';
import { jsonWire, MESSAGES, send } from './wire.js';

function serveSound(world: World, res: ServerResponse, token: string): void {
  const target = world.soundFiles.get(token);
  const sound = target ? world.account(target.key)?.sounds.get(target.id) : undefined;
  if (!sound) {
    send(res, jsonWire(404, { message: MESSAGES.notFound }));
    return;
  }
  const { source } = sound;
  const bytes = source.kind === 'upload' ? source.bytes : voiceWav(sound.seconds, `${world.seed}:sound:${token}`);
  send(res, { status: 200, headers: { 'Content-Type': source.kind === 'upload' ? audioMime(source.format) : 'audio/wav' }, body: bytes });
}

function servePayment(world: World, res: ServerResponse, order: string): void {
  const target = world.paymentOrders.get(order);
  const account = target ? world.account(target.key) : null;
  if (!target || !account) {
    send(res, jsonWire(404, { message: MESSAGES.notFound }));
    return;
  }
  const now = world.clock.now();
  advanceAccount(world, account, now);
  payTopUp({ world, account, now }, target.id);
  const page = '<!doctype html><meta charset="utf-8"><title>AutoCall sandbox</title><p>Оплата прошла успешно (песочница).</p>';
  send(res, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: Buffer.from(page) });
}

/** Serves `/storage/sounds/<token>.<ext>` and `/pay/<order>`; returns false for other paths. */
export function serveLink(world: World, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (req.method !== 'GET') return false;
  const sound = /^\/storage\/sounds\/([a-z0-9]+)\.(wav|ogg|mp3)$/.exec(url.pathname);
  if (sound?.[1]) {
    serveSound(world, res, sound[1]);
    return true;
  }
  const payment = /^\/pay\/([0-9a-f]+)$/.exec(url.pathname);
  if (payment?.[1]) {
    servePayment(world, res, payment[1]);
    return true;
  }
  return false;
}
