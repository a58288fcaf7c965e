/**
 * The voice answers a call recorded (steps of type `record` in an interactive scenario), found in the call's
 * `data`. The contract leaves `data` to the scenario ("results of the scenario"), so this does not assume one
 * shape: a `file` field anywhere, or any value that is a bare audio file name, is an answer, in the order met.
 */

const AUDIO_FILE = /^[\w.-]+\.(?:wav|mp3|ogg|oga|opus|m4a)$/i;

export function voiceAnswerFiles(data: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key: string | null): void => {
    if (typeof value === 'string') {
      const name = value.trim();
      if ((key === 'file' && name !== '' && !name.includes('/')) || AUDIO_FILE.test(name)) {
        if (!found.includes(name)) found.push(name);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, null);
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, name);
    }
  };
  visit(data, null);
  return found;
}
