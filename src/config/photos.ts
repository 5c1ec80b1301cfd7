/**
 * Photos an article may show: saved beside it in content/articles/ and written `![说明](./name.jpg)`. The formats
 * are the ones phones and browsers share, each with the bytes its files start with, so a renamed file of another
 * kind is refused by the check rather than failing the build. SVG is left out on purpose: it is a program as much
 * as a picture and can carry script.
 */
export const PHOTO_FORMATS = [
  { extensions: ['jpg', 'jpeg'], name: 'JPEG', starts: [{ at: 0, bytes: [0xff, 0xd8, 0xff] }] },
  { extensions: ['png'], name: 'PNG', starts: [{ at: 0, bytes: [0x89, 0x50, 0x4e, 0x47] }] },
  { extensions: ['gif'], name: 'GIF', starts: [{ at: 0, bytes: [...'GIF8'].map((c) => c.charCodeAt(0)) }] },
  {
    extensions: ['webp'],
    name: 'WebP',
    starts: [
      { at: 0, bytes: [...'RIFF'].map((c) => c.charCodeAt(0)) },
      { at: 8, bytes: [...'WEBP'].map((c) => c.charCodeAt(0)) },
    ],
  },
  { extensions: ['avif'], name: 'AVIF', starts: [{ at: 4, bytes: [...'ftypavif'].map((c) => c.charCodeAt(0)) }] },
] as const;

/** Larger than any phone photo needs to be: a file this big is usually a scan or a camera's raw export. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
