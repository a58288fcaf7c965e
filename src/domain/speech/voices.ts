/**
 * The speech-synthesis voices of the contract (`POST /sounds` takes the first ten, `POST /autocalls` also
 * `filipp` and `alena`), with what a person choosing one wants to know: a female or male voice, and whose
 * engine speaks it. A test compares the ids with `spec/autocall-openapi.json`.
 */

export type VoiceGender = 'female' | 'male';
export type VoiceEngine = 'google' | 'yandex';

export interface Voice {
  readonly id: string;
  readonly gender: VoiceGender;
  readonly engine: VoiceEngine;
}

/** Voices of `POST /sounds`, in the contract's order. */
export const SOUND_VOICES: readonly Voice[] = [
  { id: 'ru-RU-Wavenet-A', gender: 'female', engine: 'google' },
  { id: 'ru-RU-Wavenet-B', gender: 'male', engine: 'google' },
  { id: 'ru-RU-Wavenet-C', gender: 'female', engine: 'google' },
  { id: 'ru-RU-Wavenet-D', gender: 'male', engine: 'google' },
  { id: 'alyss', gender: 'female', engine: 'yandex' },
  { id: 'jane', gender: 'female', engine: 'yandex' },
  { id: 'oksana', gender: 'female', engine: 'yandex' },
  { id: 'omazh', gender: 'female', engine: 'yandex' },
  { id: 'zahar', gender: 'male', engine: 'yandex' },
  { id: 'ermil', gender: 'male', engine: 'yandex' },
];

/** Voices of audio synthesized inside `POST /autocalls`. */
export const AUTOCALL_VOICES: readonly Voice[] = [
  ...SOUND_VOICES,
  { id: 'filipp', gender: 'male', engine: 'yandex' },
  { id: 'alena', gender: 'female', engine: 'yandex' },
];

/** A voice's name as shown on a button: `Wavenet-A`, `Jane`. */
export function voiceName(id: string): string {
  const bare = id.replace(/^ru-RU-/, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}
