import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';
import { ContentError } from '../lib/content/problem.ts';

/**
 * Validates all content before Astro does anything else, so a mistake stops the build with every problem listed
 * (file:line:column) and nothing half-built is published. `astro:config:setup` is the first hook: it runs before
 * the content layer syncs and before dist/ is emptied, so a failed build leaves the last good dist/ in place.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'gongshi:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        try {
          getSite();
        } catch (error) {
          // The problems are the whole message for staff: drop the stack trace pointing into our code.
          if (error instanceof ContentError) error.stack = error.message;
          throw error;
        }
      },
    },
  };
}
