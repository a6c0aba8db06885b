// A fresh nonce per render for the webview's Content-Security-Policy (Web Crypto, which
// both Node and a web extension host provide).
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}
