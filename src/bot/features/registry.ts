/**
 * Every feature of the bot, in the order their handlers are tried. A feature is one folder under `features/`;
 * adding one here is what makes its commands, wizards and menu entries exist.
 */
import { accountsFeatureEntry } from './accounts/index.js';
import { alertsFeatureEntry } from './alerts/index.js';
import { auditFeature } from './audit/index.js';
import { flashFeature } from './flash/index.js';
import { groupsFeature } from './groups/index.js';
import { scheduleFeature } from './schedule/index.js';
import { verifyNumberFeature } from './verify-number/index.js';
import { languageFeatureEntry } from './basics/language.js';
import { launchFeature } from './launch/index.js';
import { listsFeature } from './lists/index.js';
import { soundsFeature } from './sounds/index.js';
import { scenariosFeature } from './scenarios/index.js';
import { moneyFeature } from './money/index.js';
import { publicFeatureEntry } from './public/index.js';
import { settingsFeature } from './settings/index.js';
import { callerIdsFeature } from './caller-ids/index.js';
import { bulksFeature } from './bulks/index.js';
import { campaignsFeature } from './campaigns/index.js';
import { contentWizardsFeature } from './content-wizards/index.js';
import type { Feature } from './feature.js';
import { onboardingFeature } from './onboarding/start.js';
import { teamFeatureEntry } from './team/index.js';
import { topUpFeature } from './topup/index.js';

export function productFeatures(): Feature[] {
  return [onboardingFeature, accountsFeatureEntry, teamFeatureEntry, languageFeatureEntry, campaignsFeature, bulksFeature, topUpFeature, moneyFeature, publicFeatureEntry, settingsFeature, callerIdsFeature, alertsFeatureEntry, listsFeature, soundsFeature, scenariosFeature, launchFeature, flashFeature, groupsFeature, auditFeature, scheduleFeature, verifyNumberFeature, contentWizardsFeature];
}
