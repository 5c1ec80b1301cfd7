// `npm run edit`: the web editor on this computer (docs/editor.md). Starts decap-server, which saves the editor's
// forms into the content folder and commits them to this git repository, and the dev server, which serves the editor
// at /admin/ (and passes its saves on to decap-server) and the site as it is being edited.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ASTRO = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const DECAP_SERVER = createRequire(import.meta.url).resolve('decap-server');

export interface EditingOptions {
  /** The git repository decap-server commits to, holding the content folder (GONGSHI_CONTENT_DIR). */
  repository: string;
  /** The dev server's port (the editor is at http://127.0.0.1:<port>/admin/). */
  port: number;
  /** decap-server's port: reached only through the dev server. */
  editorPort: number;
  /** The environment of both (GONGSHI_CONTENT_DIR, GONGSHI_CACHE_DIR…): this process's by default. */
  env?: Record<string, string | undefined>;
  /** Where the two servers' output goes: this terminal by default. */
  stdio?: 'inherit' | 'pipe';
}

export interface Editing {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** What the servers printed, when `stdio` is `pipe`. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts decap-server and the dev server, and waits until the editor's page answers. */
export async function startEditing({
  repository,
  port,
  editorPort,
  env = process.env,
  stdio = 'inherit',
}: EditingOptions): Promise<Editing> {
  if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: repository }).status !== 0)
    throw new Error(`${repository} 不是 git 仓库：编辑器保存时要提交（commit）到 git 仓库里。`);
  let printed = '';
  const start = (args: string[], extra: Record<string, string>): ChildProcess => {
    const child = spawn(process.execPath, args, {
      env: { ...env, GIT_REPO_DIRECTORY: repository, ...extra },
      stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (printed += chunk));
    child.stderr?.on('data', (chunk) => (printed += chunk));
    return child;
  };
  // `git` mode commits every save (`fs` would only write the file); only this computer may reach it.
  const decap = start([DECAP_SERVER], { MODE: 'git', PORT: String(editorPort), BIND_HOST: '127.0.0.1' });
  // --ignore-lock: in the foreground, tied to this process (not Astro's background server), beside any other.
  const dev = start([ASTRO, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    GONGSHI_EDITOR: 'local',
    GONGSHI_EDITOR_PROXY: `http://127.0.0.1:${editorPort}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const children = [decap, dev];
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill();
    await Promise.all(children.map((child) => child.exitCode === null && new Promise((r) => child.once('exit', r))));
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    const exited = children.find((child) => child.exitCode !== null);
    if (exited || waited > 120_000) {
      await stop();
      throw new Error(`编辑器没能启动${exited ? '（有一个服务退出了）' : '（两分钟内没有响应）'}：\n${printed}`);
    }
    const answered = await fetch(`${origin}/admin/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    await sleep(250);
  }
  return { origin, output: () => printed, stop };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  const editing = await startEditing({
    repository: process.env.GIT_REPO_DIRECTORY ?? process.cwd(),
    port,
    editorPort: Number(process.env.GONGSHI_EDITOR_PORT ?? 8081),
  });
  console.log(
    `\n编辑器已启动：用浏览器打开 ${editing.origin}/admin/ ，点“登录”。\n` +
      `保存的内容写进 content/ 并自动提交（commit）；网站预览在 ${editing.origin}/ 。按 Ctrl+C 结束。\n`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void editing.stop());
}
