// Nothing in the build asks another host for anything: no script, stylesheet, preload, icon, image, frame or
// font on another host in the HTML (src=, srcset=, href= of <link>s that are fetched, url() in style), no url()
// or @import to another host in the CSS, and no fetch / import() / importScripts / Worker / WebSocket / wasm path
// on an absolute URL in the JavaScript. Links a reader follows (<a href>) and the canonical and hreflang
// addresses are not requests; the e2e test (tests/e2e/pages.test.ts) also records every request pages make.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../scripts/site-url.mjs';
import { builtFiles, builtPages, documentOf } from './helpers/built-site';

const SITE = new URL(siteUrl());
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Not the site's own address (an absolute URL on the site's origin would be a request to this host). */
const foreign = (href: string): boolean => {
  const value = href.trim();
  if (!ABSOLUTE.test(value)) return false;
  try {
    return new URL(value, SITE).origin !== SITE.origin;
  } catch {
    return true;
  }
};

/** <link rel> values the browser does not fetch. */
const NOT_FETCHED_LINK = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'help',
  'me',
  'next',
  'prev',
  'search',
]);

/** url(…) and @import "…" in CSS text. */
const cssUrls = (css: string): string[] => [
  ...[...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]),
  ...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]),
];

function fetchedByHtml(document: Document): string[] {
  const urls: string[] = [];
  for (const link of document.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (rels.length === 0 || rels.some((rel) => !NOT_FETCHED_LINK.has(rel))) urls.push(link.getAttribute('href')!);
  }
  for (const el of document.querySelectorAll('[src]')) urls.push(el.getAttribute('src')!);
  for (const el of document.querySelectorAll('object[data]')) urls.push(el.getAttribute('data')!);
  for (const el of document.querySelectorAll('[srcset]'))
    urls.push(
      ...el
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]),
    );
  for (const el of document.querySelectorAll('[poster]')) urls.push(el.getAttribute('poster')!);
  // SVG <image>/<use>/<feImage> load their href.
  for (const el of document.querySelectorAll('image, use, feImage'))
    urls.push(el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '');
  for (const el of document.querySelectorAll('style')) urls.push(...cssUrls(el.textContent ?? ''));
  for (const el of document.querySelectorAll('[style]')) urls.push(...cssUrls(el.getAttribute('style')!));
  for (const el of document.querySelectorAll('meta[http-equiv="refresh" i]'))
    urls.push(/url=(.*)$/i.exec(el.getAttribute('content') ?? '')?.[1] ?? '');
  for (const el of document.querySelectorAll('script:not([src])')) urls.push(...fetchedByScript(el.textContent ?? ''));
  return urls.filter(foreign);
}

/**
 * Absolute URLs a script would request: string literals passed to fetch, import(), importScripts, Worker,
 * SharedWorker, EventSource, WebSocket, sendBeacon, tfjs's setWasmPaths / model loaders, or assigned to .src.
 * (Other absolute URLs in the bundles are XML namespaces and links in error messages, which are not requests.)
 */
function fetchedByScript(js: string): string[] {
  const call =
    /\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|setWasmPaths|loadGraphModel|loadLayersModel)\s*\(\s*(["'`])((?:[a-z][a-z0-9+.-]*:)?\/\/[^"'`]+)\1/gi;
  const assigned = /\.(?:src|href)\s*=\s*(["'`])((?:https?:|wss?:)?\/\/[^"'`]+)\1/gi;
  return [...js.matchAll(call), ...js.matchAll(assigned)].map((m) => m[2]);
}

describe('no request to another host, read from the build', () => {
  it.each(builtPages().map((page) => [page.path, page] as const))(
    '%s: the HTML fetches only from this site',
    (_path, page) => {
      expect(fetchedByHtml(documentOf(page.file))).toEqual([]);
    },
  );

  it('the CSS fetches only from this site', () => {
    const found = builtFiles(['.css']).flatMap((file) =>
      cssUrls(readFileSync(file, 'utf8'))
        .filter(foreign)
        .map((url) => `${file}: ${url}`),
    );
    expect(found).toEqual([]);
  });

  it('the JavaScript (pages, workers) requests only from this site', () => {
    const files = builtFiles(['.js', '.mjs']).filter((file) => !/[/\\](chunks|pages)[/\\]/.test(file));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      fetchedByScript(readFileSync(file, 'utf8'))
        .filter(foreign)
        .map((url) => `${file}: ${url}`),
    );
    expect(found).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(
      fetchedByScript(
        'fetch("https://cdn.example/x.json");import(`//cdn.example/m.js`);a.src="https://x.example/i.png"',
      ),
    ).toHaveLength(3);
    expect(
      fetchedByScript('createElementNS("http://www.w3.org/2000/svg","g");throw Error("see https://github.com/x")'),
    ).toEqual([]);
    expect(cssUrls('a{background:url("https://x.example/a.png")}@import "https://y.example/b.css";')).toHaveLength(2);
  });
});
