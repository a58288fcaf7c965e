export { balanceAfter, type BalanceAfter } from './balance-after.js';
export {
  addDays,
  checkCallWindow,
  kzNow,
  parseClockTime,
  parseSendAt,
  parseStartDate,
  timeInside,
  type CallWindowCheck,
  type ClockTimeResult,
  type KzNow,
  type SendAtResult,
  type StartDateResult,
} from './schedule.js';
export { countVariables, variableGaps, type ContactVariables, type VariableCounts, type VariableGap } from './variable-gaps.js';
