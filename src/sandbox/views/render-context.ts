/** What views need besides the records: where the sandbox is reachable (for URLs) and the simulated now. */
export interface RenderContext {
  /** `http://host:port` as the client addressed it. */
  origin: string;
  now: number;
}

export function apiUrl(rc: RenderContext): string {
  return `${rc.origin}/api/v1`;
}
