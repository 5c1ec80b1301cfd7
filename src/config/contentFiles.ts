import { say, type Message } from '../i18n/messages/message.ts';
import { PHOTO_FORMATS } from './photos.ts';

/** A kind of file a content folder holds. */
export interface FileKind {
  extensions: readonly string[];
  /** What staff call one, with its article: "an article". */
  noun: Message;
  /** The same without its article: "article". */
  word: Message;
  /** The check reads each one. */
  read?: boolean;
  /** Its name is its web address (articles/nixi-masks.md → /articles/nixi-masks/), so it must be a valid one. */
  address?: boolean;
}

/**
 * The folders of content/ and the kinds of file each holds, directly in it (never in a subfolder, which neither the
 * check nor the site's pages read). Anything else found in them is reported, so nothing is silently ignored.
 */
export const CONTENT_FOLDERS: readonly { folder: string; kinds: readonly FileKind[] }[] = [
  {
    folder: 'articles',
    kinds: [
      {
        extensions: ['.md', '.mdx'],
        noun: say('noun.article'),
        word: say('noun.articleName'),
        read: true,
        address: true,
      },
      // Photos beside the articles that show them (src/lib/content/checkPhotos.ts).
      {
        extensions: PHOTO_FORMATS.flatMap((format) => format.extensions.map((extension) => `.${extension}`)),
        noun: say('noun.photo'),
        word: say('noun.photoName'),
      },
    ],
  },
  {
    folder: 'towns',
    kinds: [
      {
        extensions: ['.yaml', '.yml'],
        noun: say('noun.townFile'),
        word: say('noun.townFileName'),
        read: true,
        address: true,
      },
    ],
  },
  // Named after its article, which checkTallyFiles requires (and says how to rename it).
  {
    folder: 'tallies',
    kinds: [{ extensions: ['.yaml', '.yml'], noun: say('noun.tallyFile'), word: say('noun.tallyName'), read: true }],
  },
];

/** Files refused wherever they are, with the reason staff read. */
export const REFUSED_FILES: readonly { extensions: readonly string[]; message: Message; fix: Message }[] = [
  { extensions: ['.svg'], message: say('files.svg'), fix: say('fix.saveAsJpgPng') },
];
