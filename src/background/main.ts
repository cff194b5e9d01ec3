// Background entry: service worker in Chrome, event page in Firefox.
export {}
