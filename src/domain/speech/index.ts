export { AUTOCALL_VOICES, SOUND_VOICES, voiceName, type Voice, type VoiceEngine, type VoiceGender } from './voices.js';
