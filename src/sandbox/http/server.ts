/** The node:http server: `/_sandbox/` control, public links, and the API. */
import { createServer, type Server } from 'node:http';
import type { Sandbox } from '../sandbox-types.js';
import { serveApi, type ApiDeps } from './api.js';
import { serveControl } from './control.js';
import { serveLink } from './links.js';
import { jsonWire, MESSAGES, send } from './wire.js';

export function createSandboxServer(deps: ApiDeps, sandbox: () => Sandbox): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const served = url.pathname.startsWith('/_sandbox/')
      ? serveControl(sandbox(), req, res, url)
      : serveLink(deps.world, req, res, url)
        ? Promise.resolve()
        : serveApi(deps, req, res, url);
    served.catch((error: unknown) => {
      deps.onError(error);
      if (!res.headersSent) send(res, jsonWire(500, { message: MESSAGES.serverError }));
      else res.destroy();
    });
  });
}
