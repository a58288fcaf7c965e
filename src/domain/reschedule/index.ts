export {
  CAMPAIGN_NAME_MAX,
  readCampaignName,
  scheduleProblem,
  scheduleUpdate,
  TRIES_INTERVALS,
  type CallSchedule,
  type Schedule,
  type ScheduleProblem,
  type ScheduleUpdate,
  type SmsSchedule,
  type TriesInterval,
} from './schedule-edit.js';
