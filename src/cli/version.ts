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

/** Where SARIF viewers link the tool: the homepage, else the repository, else its Marketplace page. */
export function informationUri(): string {
  if (info.homepage) return info.homepage;
  const repo = typeof info.repository === 'string' ? info.repository : info.repository?.url;
  if (repo && /^https?:\/\//.test(repo)) return repo.replace(/\.git$/, '');
  if (repo) {
    const m = /^(?:git\+)?(https?:\/\/.*?)(?:\.git)?$/.exec(repo) ?? /^github:(.+)$/.exec(repo);
    if (m) return m[1].startsWith('http') ? m[1] : `https://github.com/${m[1]}`;
  }
  return `https://marketplace.visualstudio.com/items?itemName=${info.publisher ?? info.name}.${info.name}`;
}
