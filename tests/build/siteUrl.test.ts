/**
 * Without SITE_URL the site's QR codes and links lead to a placeholder: the build says so, and the deploy workflow
 * publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import config from '../../astro.config.mjs';
import { PLACEHOLDER_SITE_URL } from '../../src/config/siteUrl.ts';

const WARNING = '未设置网站地址 SITE_URL';

describe('a build without SITE_URL', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('warns, in Chinese, saying what to set and where (the seed site was built without it)', () => {
    const output = inject('buildOutput');
    expect(output).toContain(WARNING);
    expect(output).toContain(PLACEHOLDER_SITE_URL);
    expect(output).toContain('SITE_URL=https://');
    expect(output).toContain('docs/publishing.md');
  });

  /** What the config's setup hook logs as warnings for `command`, with SITE_URL as given. */
  function warnings(command: 'build' | 'dev', siteUrl: string | undefined): string[] {
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
    const said: string[] = [];
    const logger = { warn: (text: string) => said.push(text) } as unknown as AstroIntegrationLogger;
    const integration = config
      .integrations!.flat()
      .find((i): i is AstroIntegration => Boolean(i) && (i as AstroIntegration).name === 'site-url')!;
    const setup = integration.hooks['astro:config:setup'] as (options: object) => void;
    setup({ command, logger });
    return said;
  }

  it('and no warning with SITE_URL set, nor outside a build', () => {
    expect(warnings('build', undefined).join()).toContain(WARNING);
    expect(warnings('build', 'https://www.example.gov.cn')).toEqual([]);
    expect(warnings('dev', undefined)).toEqual([]);
  });
});

describe('the deploy workflow', () => {
  const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/deploy.yml'), 'utf8')) as {
    jobs: { build: { steps: { name?: string; uses?: string; run?: string }[] } };
  };
  const steps = workflow.jobs.build.steps;
  const check = steps.find((step) => step.name?.includes('SITE_URL'))!;

  it('checks the address before it builds and uploads anything', () => {
    const at = (found: (step: (typeof steps)[number]) => boolean | undefined) => steps.findIndex(found);
    expect(at((step) => step === check)).toBeGreaterThan(-1);
    expect(at((step) => step === check)).toBeLessThan(at((step) => step.name === 'Build'));
    expect(at((step) => step === check)).toBeLessThan(at((step) => step.uses?.includes('upload-pages-artifact')));
  });

  it('whose check fails with a clear message on an empty or placeholder address, and passes a real one', () => {
    const run = (siteUrl: string) =>
      spawnSync('bash', ['-e', '-c', check.run!], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, SITE_URL: siteUrl },
      });
    for (const bad of ['', PLACEHOLDER_SITE_URL]) {
      const result = run(bad);
      expect(result.status).not.toBe(0);
      expect(result.stdout).toContain('::error');
      expect(result.stdout).toContain('SITE_URL');
    }
    expect(run('https://www.example.gov.cn').status).toBe(0);
  });
});
