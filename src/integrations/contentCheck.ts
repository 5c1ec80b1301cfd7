import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';

/**
 * Validates all content before Astro renders a single page, so a mistake stops the build with every problem
 * listed (file:line:column) and nothing half-built is published.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'gongshi:content-check',
    hooks: {
      'astro:build:start': () => {
        getSite();
      },
    },
  };
}
