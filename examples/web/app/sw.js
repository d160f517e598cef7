// Service worker of the web app: every file of the site is cached on install,
// then every answer from the network refreshes it and the cache answers when
// the network does not: the app works offline after one visit.
const CACHE = 'backrelief-v1';
const FILES = ['./', 'index.html', 'app.js', 'app.css', 'manifest.webmanifest', 'icon.svg',
  'backrelief.mjs', 'backrelief_wasm.mjs', 'backrelief_wasm.wasm'];

self.addEventListener('install', (ev) => {
  ev.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (ev) => {
  ev.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
// Network first (a fresh build is seen at once), the cache when offline.
self.addEventListener('fetch', (ev) => {
  if (ev.request.method !== 'GET') return;
  ev.respondWith(fetch(ev.request).then((res) => {
    if (res.ok && new URL(ev.request.url).origin === location.origin) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(ev.request, copy));
    }
    return res;
  }).catch(() => caches.match(ev.request, { ignoreSearch: true })));
});
