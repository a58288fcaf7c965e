export {
  CODE_LENGTH,
  codeLength,
  parseCodeLength,
  parseFlashCommand,
  parseOwnCode,
  readCodeAnswer,
  readFlashNumber,
  spokenCode,
  type CodeArg,
  type CodeChoice,
  type FlashCommand,
  type NumberArg,
} from './flash-command.js';
export { attemptWait, FLASH_ATTEMPTS, type AttemptWindow } from './attempts.js';
