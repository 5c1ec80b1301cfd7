import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { parse } from 'yaml';
import { contentDir } from '../config/build.ts';
import { EDITOR_PATH, editorBackend } from '../config/editor.ts';
import type { EditorData } from '../browser/editor.ts';
import { editorConfig } from '../lib/editor/editorConfig.ts';
import { EDITOR_SCRIPTS, editorPage } from '../lib/editor/editorPage.ts';
import { glossarySchema } from '../lib/schema/glossary.ts';
import { chosenLanguage, render, say } from '../i18n/messages/message.ts';

/**
 * Decap's requests to its local backend go here (`api/v1/`: the dev server, as the site, wants a trailing slash), on
 * the dev server, which passes them to decap-server.
 */
const LOCAL_API = 'api';

/** Decap CMS's bundle and the chunks it loads when asked (no source maps). */
const decapDir = dirname(createRequire(import.meta.url).resolve('decap-cms'));
const DECAP_FILES = readdirSync(decapDir).filter(
  (file) => file === EDITOR_SCRIPTS.decap || file.endsWith(`.${EDITOR_SCRIPTS.decap}`),
);

/** `import css from '…css?inline'`: the file's text, as Vite reads it. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** src/browser/editor.ts with what it imports (the converter, the Markdown pipeline), for /admin/ alone. */
async function editorScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../browser/editor.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    plugins: [inlineCss],
  });
  return result.outputFiles[0]!.text;
}

/** The glossary, for the preview's conversion; none when it does not read (the check reports why). */
function glossary(): EditorData['glossary'] {
  try {
    const parsed = glossarySchema.safeParse(parse(readFileSync(join(contentDir(), 'glossary.yaml'), 'utf8')));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

/**
 * The editor's data: its configuration and the glossary. `local`: `npm run edit` (GONGSHI_EDITOR=local), whose
 * decap-server works in the repository GIT_REPO_DIRECTORY (the project by default), where the content folder is.
 * None when the content folder is outside that repository (a test's or a preview's copy): the editor could not save it.
 */
function editorData(base: string, local: boolean): EditorData | undefined {
  const repository = process.env.GIT_REPO_DIRECTORY ?? process.cwd();
  const contentFolder = relative(repository, contentDir()).split(sep).join('/');
  if (contentFolder.startsWith('..') || isAbsolute(contentFolder)) return undefined;
  const backend = local
    ? {
        local: true as const,
        proxyUrl: `${base}${EDITOR_PATH}${LOCAL_API}/v1/`,
        // Saves go to the branch the office computer has checked out.
        branch: execFileSync('git', ['branch', '--show-current'], { cwd: repository, encoding: 'utf8' }).trim(),
      }
    : editorBackend();
  return { config: editorConfig({ contentFolder, backend }), glossary: glossary() };
}

/**
 * A request of the editor's to decap-server, and its answer back: the browser sees one origin. One sent by another
 * site's page (whose Origin is not this server's) is refused: it could write and commit files.
 */
async function passOn(request: IncomingMessage, response: ServerResponse, target: string): Promise<void> {
  const origin = request.headers.origin;
  if (origin && origin !== `http://${request.headers.host}`) {
    response.writeHead(403).end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const answer = await fetch(target, {
    method: request.method,
    headers: { 'Content-Type': request.headers['content-type'] ?? 'application/json' },
    body: request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.concat(chunks),
  });
  response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
  response.end(Buffer.from(await answer.arrayBuffer()));
}

function send(response: ServerResponse, type: string, body: string | Buffer): void {
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

/**
 * The office's web editor at /admin/ (Decap CMS, docs/editor.md), built into the site and served by `astro dev`:
 * its page, Decap's bundle and the editor script, all from the site's own origin. In local mode (`npm run edit`) the
 * dev server also passes the editor's requests to decap-server (GONGSHI_EDITOR_PROXY), so they stay on that origin
 * too: decap-server, which writes files and commits, listens on this computer alone.
 */
export function editor(): AstroIntegration {
  let base = '/';
  const local = process.env.GONGSHI_EDITOR === 'local';
  return {
    name: 'gongshi-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        let script: Promise<string> | undefined;
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://x').pathname;
          if (!path.startsWith(`${base}${EDITOR_PATH}`)) return next();
          const file = path.slice(`${base}${EDITOR_PATH}`.length);
          const proxy = process.env.GONGSHI_EDITOR_PROXY;
          if (local && proxy && file.startsWith(`${LOCAL_API}/`)) {
            passOn(request, response, `${proxy}/api/${file.slice(LOCAL_API.length + 1)}`).catch(next);
          } else if (file === '' || file === 'index.html') {
            const data = editorData(base, local);
            if (data) send(response, 'text/html; charset=utf-8', editorPage(data));
            else next();
          } else if (file === EDITOR_SCRIPTS.editor) {
            (script ??= editorScript()).then((code) => send(response, 'text/javascript', code), next);
          } else if (DECAP_FILES.includes(file)) {
            send(response, 'text/javascript', readFileSync(join(decapDir, file)));
          } else next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const data = editorData(base, false);
        if (!data) {
          logger.info(render(say('build.editorSkipped', { path: `/${EDITOR_PATH}` }), chosenLanguage()));
          return;
        }
        const out = join(fileURLToPath(dir), EDITOR_PATH);
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), editorPage(data));
        writeFileSync(join(out, EDITOR_SCRIPTS.editor), await editorScript());
        for (const file of DECAP_FILES) copyFileSync(join(decapDir, file), join(out, file));
      },
    },
  };
}
