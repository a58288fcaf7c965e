/**
 * Names of the audit actions features record, in the person's language. Features name their actions freely
 * (`area.verb`); one without a name here is shown as written, so a new action is never hidden.
 */
import type { BotContext } from '../../context.js';

const LABELS: Readonly<Record<string, string>> = {
  'flash.send': 'audit-action-flash-send',
  'flash.digits': 'audit-action-flash-digits',
  'campaign.launch': 'audit-action-campaign-launch',
  'campaign.delete': 'audit-action-campaign-delete',
  'campaign.relaunch': 'audit-action-campaign-relaunch',
  'campaign.reschedule': 'audit-action-campaign-reschedule',
  'sms.launch': 'audit-action-sms-launch',
  'bulk.delete': 'audit-action-bulk-delete',
  'bulk.reschedule': 'audit-action-bulk-reschedule',
  'list.delete': 'audit-action-list-delete',
  'sound.delete': 'audit-action-sound-delete',
  'callerid.rent': 'audit-action-callerid-rent',
  'callerid.release': 'audit-action-callerid-release',
  'topup.link': 'audit-action-topup-link',
  'team.invite': 'audit-action-team-invite',
  'team.join': 'audit-action-team-join',
  'team.role': 'audit-action-team-role',
  'team.remove': 'audit-action-team-remove',
  'team.leave': 'audit-action-team-leave',
  'key.link': 'audit-action-key-link',
  'key.relink': 'audit-action-key-relink',
  'key.unlink': 'audit-action-key-unlink',
  'group.bind': 'audit-action-group-bind',
  'group.unbind': 'audit-action-group-unbind',
  'number.verify': 'audit-action-number-verify',
};

/** Plain text (escape it for HTML like any other text). */
export function actionLabel(ctx: BotContext, action: string): string {
  const key = LABELS[action];
  return key ? ctx.t(key) : action;
}
