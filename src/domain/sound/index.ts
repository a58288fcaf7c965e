export { sniffAudio, type AudioFormat, type OtherAudioFormat, type SniffedAudio } from './audio-format.js';
export {
  checkSynthesisText,
  DEFAULT_PITCH,
  DEFAULT_SPEED,
  defaultSoundName,
  parsePitch,
  parseSpeed,
  PITCH_LIMITS,
  PITCH_PRESETS,
  SPEED_LIMITS,
  SPEED_PRESETS,
  SYNTHESIS_TEXT_MAX,
  type NumberInput,
} from './synthesis-input.js';
