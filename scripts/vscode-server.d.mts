// Types for scripts/vscode-server.mjs, used by the TypeScript test driver.
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const CODE_SERVER_VERSION: string;
export const ROOT: string;
export const CACHE: string;
export const VSCODE_DIR: string;
export const SERVER_MAIN: string;
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export interface Profile { dir: string; userDataDir: string; extensionsDir: string }
export interface Server { port: number; child: ChildProcess; stop(): void; remote: string; base: string }
export function isInstalled(): boolean;
export function setup(opts?: { force?: boolean }): void;
export function freePort(): Promise<number>;
export function makeProfile(settings?: Record<string, unknown>): Profile;
export function installVsix(profile: Profile, vsix: string): void;
export function startServer(profile: Profile, opts?: { logFile?: string }): Promise<Server>;
export function workbenchUrl(server: Server, folder: string, payload?: [string, string][]): string;
export function launchBrowser(): Promise<Browser>;
