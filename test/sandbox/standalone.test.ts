/** `npm run sandbox` starts the sandbox as its own process, reading its settings from the environment. */
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so stopping it also stops npm's child (tsx).
  return spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

function output(child: ChildProcess, until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const read = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (until.test(text)) resolve(text);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => (until.test(text) ? resolve(text) : reject(new Error(`exited early:\n${text}`))));
  });
}

describe('npm run sandbox', () => {
  it('prints its base URLs and answers with the keys it was given', async () => {
    const child = start('npm', ['run', '--silent', 'sandbox'], { PORT: '0', SANDBOX_KEYS: 'demo, second', SANDBOX_SPEED: '60' });
    try {
      const text = await output(child, /Public API: +http:\S+\n/);
      const apiUrl = /API v1: +(http:\S+)/.exec(text)?.[1];
      expect(text).toMatch(/Public API: +http:\/\/127\.0\.0\.1:\d+\/api\/public/);
      expect(text).toMatch(/clock ×60/);
      for (const key of ['demo', 'second']) {
        const response = await fetch(`${apiUrl}/balance`, { headers: { Authorization: `Bearer ${key}` } });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ balance: 25000, currency: '₸' });
      }
      expect((await fetch(`${apiUrl}/balance`, { headers: { Authorization: 'Bearer third' } })).status).toBe(401);
    } finally {
      stop(child);
    }
  });

  it('refuses a bad environment with a message naming the variable', async () => {
    const child = start('npx', ['tsx', 'src/sandbox/main.ts'], { PORT: '0', SANDBOX_SPEED: 'fast' });
    const text = await output(child, /SANDBOX_SPEED/);
    const code = await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(child.exitCode)));
    expect(text).toMatch(/SANDBOX_SPEED/);
    expect(code).toBe(1);
  });
});
