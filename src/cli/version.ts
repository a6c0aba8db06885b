// The version and home page, read from package.json at build time (esbuild inlines it).
import pkg from '../../package.json';

interface PackageInfo {
  name: string;
  version: string;
  publisher?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const info = pkg as PackageInfo;

export const VERSION: string = info.version;

/**
 * Where SARIF viewers link the tool: the homepage, else the repository. Undefined when
 * package.json names neither: SARIF makes it optional, and a guessed address would be invented.
 */
export function informationUri(): string | undefined {
  if (info.homepage) return info.homepage;
  const repo = typeof info.repository === 'string' ? info.repository : info.repository?.url;
  if (repo && /^https?:\/\//.test(repo)) return repo.replace(/\.git$/, '');
  if (repo) {
    const m = /^(?:git\+)?(https?:\/\/.*?)(?:\.git)?$/.exec(repo) ?? /^github:(.+)$/.exec(repo);
    if (m) return m[1].startsWith('http') ? m[1] : `https://github.com/${m[1]}`;
  }
  return undefined;
}
