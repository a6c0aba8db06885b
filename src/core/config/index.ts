// The project file, for every adapter: find, parse, validate, resolve per document.
export { CONFIG_FILE_NAMES, ProjectConfigSchema, RULE_IDS, type ProjectConfig } from './schema';
export { parseProjectConfig, type ConfigProblem } from './parse';
export { compileGlobs, type PathMatcher } from './glob';
export { ProjectConfigs, loadProjectConfig, resolveFor, relativeTo, toSlashes, type CitationStyle, type LoadedProjectConfig, type ReadText, type ResolvedConfig } from './resolve';
