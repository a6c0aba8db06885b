// Loads ./core on first use (see core.ts for why).
export type Core = typeof import('./core');

let core: Core | undefined;

export function loadCore(): Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!core) core = require('./core') as Core;
  return core;
}
