// Where the real texts are: POLICY_CLI_CORPUS (set by scripts/eval.mjs from its argument), else ../shared beside the
// repo. Each eval file skips itself when what it reads is missing; scripts/eval.mjs says so on stderr.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = resolve(REPO, process.env.POLICY_CLI_CORPUS ?? '../shared');

/** The path of `sub` inside the shared folder (`corpus`, `eval/cluener-dev.json`, `realnews`). */
export const shared = (sub: string): string => join(SHARED, sub);
export const hasShared = (sub: string): boolean => existsSync(shared(sub));
