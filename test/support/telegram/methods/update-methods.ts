import { z } from 'zod';
import type { MethodHandler } from '../api/bot-api-core.js';
import { badRequest, conflict, fail, ok } from '../api/bot-api-error.js';
import { boolParam, intParam, jsonParam, parseParams } from '../api/params.js';

const getMe: MethodHandler = (core) => ok(core.world.bot);

const getUpdatesSchema = z.looseObject({
  offset: intParam.optional(),
  limit: intParam.optional(),
  timeout: intParam.optional(),
  allowed_updates: jsonParam(z.array(z.string())).optional(),
});

const getUpdates: MethodHandler = async (core, request) => {
  const params = parseParams(getUpdatesSchema, request.params);
  if (!params.ok) return params;
  if (core.webhook.config !== undefined) {
    return fail(conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
  }
  const result = await core.queue.poll({
    ...(params.value.offset === undefined ? {} : { offset: params.value.offset }),
    limit: Math.min(100, Math.max(1, params.value.limit ?? 100)),
    timeoutSeconds: Math.max(0, params.value.timeout ?? 0),
    ...(params.value.allowed_updates === undefined ? {} : { allowedUpdates: params.value.allowed_updates }),
    signal: request.signal,
  });
  return result.kind === 'updates'
    ? ok(result.updates)
    : fail(conflict('terminated by other getUpdates request; make sure that only one bot instance is running'));
};

const setWebhookSchema = z.looseObject({
  url: z.string(),
  secret_token: z.string().optional(),
  max_connections: intParam.optional(),
  allowed_updates: jsonParam(z.array(z.string())).optional(),
  drop_pending_updates: boolParam.optional(),
});

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Telegram only pushes to HTTPS on ports 443, 80, 88 and 8443; the fake server also accepts plain HTTP on loopback,
 * where test bots listen.
 */
function checkWebhookUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'bad webhook: Failed to resolve host: Name or service not known';
  }
  if (LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.protocol !== 'https:') return 'bad webhook: An HTTPS URL must be provided for webhook';
  if (!['', '443', '80', '88', '8443'].includes(url.port)) return 'bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443';
  return undefined;
}

const setWebhook: MethodHandler = (core, request) => {
  const params = parseParams(setWebhookSchema, request.params);
  if (!params.ok) return params;
  const { url, secret_token: secretToken, max_connections: maxConnections } = params.value;
  if (params.value.drop_pending_updates === true) core.queue.dropPending();
  core.queue.setAllowedUpdates(params.value.allowed_updates);
  if (url === '') {
    core.webhook.stop();
    return ok(true);
  }
  const urlError = checkWebhookUrl(url);
  if (urlError !== undefined) return fail(badRequest(urlError));
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
    return fail(badRequest('secret token contains unallowed characters'));
  }
  core.webhook.set({ url, ...(secretToken === undefined ? {} : { secretToken }), maxConnections: maxConnections ?? 40 });
  return ok(true);
};

const deleteWebhook: MethodHandler = (core, request) => {
  const params = parseParams(z.looseObject({ drop_pending_updates: boolParam.optional() }), request.params);
  if (!params.ok) return params;
  core.webhook.stop();
  if (params.value.drop_pending_updates === true) core.queue.dropPending();
  return ok(true);
};

const getWebhookInfo: MethodHandler = (core) => {
  const config = core.webhook.config;
  const lastError = core.webhook.lastError;
  const allowed = core.queue.allowedUpdates();
  return ok({
    url: config?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: core.queue.pending().length,
    ...(config === undefined ? {} : { max_connections: config.maxConnections, ip_address: '127.0.0.1' }),
    ...(lastError === undefined ? {} : { last_error_date: lastError.date, last_error_message: lastError.message }),
    ...(allowed === undefined ? {} : { allowed_updates: allowed }),
  });
};

export const updateMethods: Readonly<Record<string, MethodHandler>> = {
  getMe,
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
};
