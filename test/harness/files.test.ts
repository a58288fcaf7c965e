import { InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startPollingBot, type PollingBot } from './bot-fixture.js';

const CSV = new TextEncoder().encode('phone;name\n87011234567;Алия\n');

describe('files', () => {
  let running: PollingBot | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('keeps the bytes and name of a document the bot uploads', async () => {
    running = await startPollingBot((bot) => {
      bot.command('report', (ctx) =>
        ctx.replyWithDocument(new InputFile(CSV, 'отчёт кампании.csv'), { caption: '<b>Отчёт</b>', parse_mode: 'HTML' }),
      );
    });
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/report');
    const message = await alice.waitFor('Отчёт');
    expect(message.media?.file_name).toBe('отчёт кампании.csv');
    expect(new TextDecoder().decode(message.media?.bytes)).toBe('phone;name\n87011234567;Алия\n');
    expect(message.caption_entities).toEqual([{ type: 'bold', offset: 0, length: 5 }]);
    running.tg.expectNoViolations();
  });

  it('lets the bot download a file a user sent, through getFile', async () => {
    const downloaded: string[] = [];
    running = await startPollingBot((bot) => {
      bot.on('message:document', async (ctx) => {
        const file = await ctx.getFile();
        const response = await fetch(`${running?.tg.apiRoot ?? ''}/file/bot${ctx.api.token}/${file.file_path ?? ''}`);
        downloaded.push(`${ctx.message.document.file_name ?? ''}: ${await response.text()}`);
        await ctx.reply(`Получено ${file.file_size ?? 0} байт`);
      });
    });
    const alice = running.tg.user({ first_name: 'Алия' });
    const sent = await alice.sendDocument({ fileName: 'list.csv', bytes: CSV, mimeType: 'text/csv' });
    expect(sent.document).toMatchObject({ file_name: 'list.csv', mime_type: 'text/csv', file_size: CSV.byteLength });
    await alice.waitFor(`Получено ${CSV.byteLength} байт`);
    expect(downloaded).toEqual(['list.csv: phone;name\n87011234567;Алия\n']);
    running.tg.expectNoViolations();
  });

  it('sends a voice note and re-sends a stored file by file_id', async () => {
    running = await startPollingBot((bot) => {
      bot.on('message:voice', (ctx) => ctx.replyWithAudio(ctx.message.voice.file_id, { caption: 'Ваша запись' }));
    });
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.sendVoice({ bytes: new Uint8Array([79, 103, 103, 83]) });
    const echoed = await alice.waitFor('Ваша запись');
    expect(Array.from(echoed.media?.bytes ?? [])).toEqual([79, 103, 103, 83]);
    running.tg.expectNoViolations();
  });
});
