import { z } from 'zod';
import type { MethodHandler } from '../api/bot-api-core.js';
import { badRequest, fail, ok } from '../api/bot-api-error.js';
import { jsonParam, parseParams } from '../api/params.js';

const scopeSchema = z.looseObject({
  type: z.enum(['default', 'all_private_chats', 'all_group_chats', 'all_chat_administrators', 'chat', 'chat_administrators', 'chat_member']),
  chat_id: z.union([z.number(), z.string()]).optional(),
  user_id: z.number().optional(),
});

const scopeParams = {
  scope: jsonParam(scopeSchema).optional(),
  language_code: z.string().optional(),
};

/** The parts of a BotCommandScope that tell lists apart. */
export interface CommandScopeKey {
  readonly type: string;
  readonly chat_id?: number | string | undefined;
  readonly user_id?: number | undefined;
}

/** The key a command list is stored under: Telegram keeps one list per scope and language. */
export function commandListKey(scope: CommandScopeKey | undefined, languageCode: string | undefined): string {
  return [scope?.type ?? 'default', scope?.chat_id ?? '', scope?.user_id ?? '', languageCode ?? ''].join('|');
}

const commandSchema = z.looseObject({ command: z.string(), description: z.string() });

const setMyCommands: MethodHandler = (core, request) => {
  const params = parseParams(z.looseObject({ commands: jsonParam(z.array(commandSchema)), ...scopeParams }), request.params);
  if (!params.ok) return params;
  const commands = params.value.commands;
  if (commands.length > 100) return fail(badRequest('too many commands'));
  if (commands.some((c) => !/^[a-z0-9_]{1,32}$/.test(c.command))) return fail(badRequest('BOT_COMMAND_INVALID'));
  if (commands.some((c) => c.description.trim() === '' || c.description.length > 256)) {
    return fail(badRequest('BOT_COMMAND_DESCRIPTION_INVALID'));
  }
  const key = commandListKey(params.value.scope, params.value.language_code);
  core.world.commands.set(key, commands.map(({ command, description }) => ({ command, description })));
  return ok(true);
};

const getMyCommands: MethodHandler = (core, request) => {
  const params = parseParams(z.looseObject(scopeParams), request.params);
  if (!params.ok) return params;
  return ok(core.world.commands.get(commandListKey(params.value.scope, params.value.language_code)) ?? []);
};

const deleteMyCommands: MethodHandler = (core, request) => {
  const params = parseParams(z.looseObject(scopeParams), request.params);
  if (!params.ok) return params;
  core.world.commands.delete(commandListKey(params.value.scope, params.value.language_code));
  return ok(true);
};

export const commandMethods: Readonly<Record<string, MethodHandler>> = { setMyCommands, getMyCommands, deleteMyCommands };
