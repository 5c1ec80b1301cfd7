import type { EditorData } from '../../browser/editor.ts';

/** The scripts /admin/ loads, beside its page: Decap CMS's bundle (with React) and the site's own editor script. */
export const EDITOR_SCRIPTS = { decap: 'decap-cms.js', editor: 'editor.js' } as const;

/**
 * The editor's page at /admin/: kept out of search engines (noindex) and out of the site's search index (no
 * data-pagefind-body). The data goes in as JSON with `<` escaped, so no text in it (a glossary entry) can end the
 * <script> element.
 */
export function editorPage(data: EditorData): string {
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>内容编辑</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
</head>
<body>
<script>window.CMS_MANUAL_INIT = true;</script>
<script id="editor-data" type="application/json">${json}</script>
<script src="${EDITOR_SCRIPTS.decap}"></script>
<script src="${EDITOR_SCRIPTS.editor}"></script>
</body>
</html>
`;
}
