import { createHash } from 'node:crypto';

/**
 * The shell's local page: one HTML file with its script and style inline, pinned by hash
 * in its Content-Security-Policy so nothing else can run in it, even though it loads
 * from a file:// URL where 'self' means little.
 */
export const localPageHtml = (script: string, style: string): string => {
  const hash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${hash(script)}'`,
    `style-src 'sha256-${hash(style)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // frame-ancestors is ignored in a <meta> policy (Chromium warns); nothing frames this page.
  ].join('; ');
  // "</script" inside the script would end the element early; the bundler never emits it,
  // but a string literal could, so refuse rather than emit a broken page.
  if (/<\/script/i.test(script) || /<\/style/i.test(style)) {
    throw new Error('local page script or style contains a closing tag');
  }
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OpenOPS</title>
<style>${style}</style>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script>${script}</script>
</body>
</html>
`;
};
