// Context: a browser page (tests/bench/inspect.html), a benchmark fixture only: the plain
// JavaScript competitor of the wasm `inspect` for `make bench` (tests/bench/inspect.mjs). The
// same job on the same bytes: SAML metadata or a certificate (PEM, Base64 or DER) → entity ID,
// sign-in and sign-out URLs, and for each signing certificate its PEM, SHA-1 and SHA-256
// thumbprints, subject and validity. Three variants, so that the wasm is compared with the best:
//   library  DOMParser + @peculiar/x509 (parse, subject, validity) + WebCrypto digests (async)
//   noble    DOMParser + @peculiar/x509 + @noble/hashes (synchronous digests)
//   lean     DOMParser + a 60-line DER walker for subject and validity + @noble/hashes: what a
//            JavaScript author would write to be fast, without a general X.509 library
// @peculiar/x509 is its UMD build (global `x509`), loaded by the page before this module.
import { sha1 } from '/node_modules/@noble/hashes/legacy.js';
import { sha256 } from '/node_modules/@noble/hashes/sha2.js';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());
const hex = (bytes) => {
  let out = '';
  for (const b of new Uint8Array(bytes)) out += HEX[b];
  return out;
};

function base64ToBytes(text) {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { bytes, clean };
}

function pemOf(clean) {
  const body = clean.replace(/=+$/, (pad) => pad); // already canonical Base64
  let pem = '-----BEGIN CERTIFICATE-----\n';
  for (let i = 0; i < body.length; i += 64) pem += `${body.slice(i, i + 64)}\n`;
  return `${pem}-----END CERTIFICATE-----\n`;
}

function bytesToBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const iso = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

// ---- Input → metadata fields and certificate bytes ----------------------------------------------

const utf8 = new TextDecoder('utf-8');
function text(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

/** Metadata: the IDPSSODescriptor's values and signing certificates (Base64), duplicates removed. */
function readMetadata(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('not XML');
  const idp = doc.getElementsByTagNameNS(MD, 'IDPSSODescriptor')[0];
  if (!idp) throw new Error('no IDPSSODescriptor');
  const entity = idp.parentElement;
  const result = { entityId: entity.getAttribute('entityID'), signInUrlRedirect: null, signInUrlPost: null, signOutUrl: null, certificates: [] };
  for (const sso of idp.getElementsByTagNameNS(MD, 'SingleSignOnService')) {
    const binding = sso.getAttribute('Binding');
    if (binding === REDIRECT) result.signInUrlRedirect ??= sso.getAttribute('Location');
    if (binding === POST) result.signInUrlPost ??= sso.getAttribute('Location');
  }
  const logout = [...idp.getElementsByTagNameNS(MD, 'SingleLogoutService')];
  result.signOutUrl = (logout.find((s) => s.getAttribute('Binding') === REDIRECT) ?? logout[0])?.getAttribute('Location') ?? null;
  result.signInUrl = result.signInUrlRedirect ?? result.signInUrlPost;
  const seen = new Set();
  for (const key of idp.getElementsByTagNameNS(MD, 'KeyDescriptor')) {
    if (key.getAttribute('use') === 'encryption') continue;
    for (const cert of key.getElementsByTagNameNS(DS, 'X509Certificate')) {
      const { bytes, clean } = base64ToBytes(cert.textContent);
      if (seen.has(clean)) continue;
      seen.add(clean);
      result.certificates.push({ der: bytes, base64: clean });
    }
  }
  return result;
}

/** A certificate file: PEM, bare Base64 or DER. */
function readCertificateFile(bytes) {
  if (bytes[0] === 0x30) return [{ der: bytes, base64: bytesToBase64(bytes) }];
  const body = text(bytes).replace(/-----[^-]+-----/g, '').split(/\r?\n/).filter((line) => !line.includes(':')).join('');
  const { bytes: der, clean } = base64ToBytes(body);
  return [{ der, base64: clean }];
}

function read(bytes) {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const head = text(bytes.subarray(start, start + 64)).trimStart();
  if (head.startsWith('<')) return { kind: 'metadata', ...readMetadata(text(bytes)) };
  return { kind: 'certificate', entityId: null, signInUrl: null, signOutUrl: null, certificates: readCertificateFile(bytes) };
}

// ---- Certificate details, three ways ------------------------------------------------------------

function viaX509(der) {
  const cert = new x509.X509Certificate(der);
  return { subject: cert.subject, notBefore: iso(cert.notBefore), notAfter: iso(cert.notAfter) };
}

// A minimal DER walker: TBSCertificate → subject (RFC 4514, short names), validity.
const SHORT = { '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU', '0.9.2342.19200300.100.1.25': 'DC' };
function tlv(der, at) {
  const tag = der[at];
  let len = der[at + 1];
  let head = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[at + 2 + i];
    head += n;
  }
  return { tag, start: at + head, end: at + head + len };
}
function children(der, node) {
  const out = [];
  for (let at = node.start; at < node.end;) {
    const child = tlv(der, at);
    out.push(child);
    at = child.end;
  }
  return out;
}
function oidString(der, node) {
  const parts = [];
  let value = 0;
  for (let i = node.start; i < node.end; i++) {
    value = value * 128 + (der[i] & 0x7f);
    if (!(der[i] & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}
function time(der, node) {
  const s = String.fromCharCode(...der.subarray(node.start, node.end));
  const full = node.tag === 0x17 ? `${Number(s.slice(0, 2)) < 50 ? '20' : '19'}${s}` : s;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}T${full.slice(8, 10)}:${full.slice(10, 12)}:${full.slice(12, 14)}Z`;
}
function nameString(der, node) {
  const rdns = [];
  for (const set of children(der, node)) {
    const atvs = children(der, set).map((seq) => {
      const [type, value] = children(der, seq);
      const oid = oidString(der, type);
      return `${SHORT[oid] ?? oid}=${utf8.decode(der.subarray(value.start, value.end)).replace(/[",+;<>\\]/g, '\\$&')}`;
    });
    rdns.push(atvs.join('+'));
  }
  return rdns.reverse().join(',');
}
function viaDer(der) {
  const certificate = tlv(der, 0);
  const tbs = children(der, certificate)[0];
  const fields = children(der, tbs);
  const offset = fields[0].tag === 0xa0 ? 1 : 0; // [0] version
  const validity = children(der, fields[offset + 3]);
  return { subject: nameString(der, fields[offset + 4]), notBefore: time(der, validity[0]), notAfter: time(der, validity[1]) };
}

function finish(read, details, digests) {
  return {
    kind: read.kind, entityId: read.entityId, signInUrl: read.signInUrl, signOutUrl: read.signOutUrl,
    certificates: read.certificates.map((c, i) => ({ pem: pemOf(c.base64), thumbprintSha1: digests[i][0], thumbprintSha256: digests[i][1], ...details[i] })),
  };
}

export const variants = {
  /** DOMParser + @peculiar/x509 + WebCrypto (`crypto.subtle.digest`, async). */
  async library(bytes) {
    const r = read(bytes);
    const details = r.certificates.map((c) => viaX509(c.der));
    const digests = await Promise.all(r.certificates.map(async (c) => {
      const [a, b] = await Promise.all([crypto.subtle.digest('SHA-1', c.der), crypto.subtle.digest('SHA-256', c.der)]);
      return [hex(a), hex(b)];
    }));
    return finish(r, details, digests);
  },
  /** DOMParser + @peculiar/x509 + @noble/hashes. */
  noble(bytes) {
    const r = read(bytes);
    return finish(r, r.certificates.map((c) => viaX509(c.der)), r.certificates.map((c) => [hex(sha1(c.der)), hex(sha256(c.der))]));
  },
  /** DOMParser + a minimal DER walker + @noble/hashes. */
  lean(bytes) {
    const r = read(bytes);
    return finish(r, r.certificates.map((c) => viaDer(c.der)), r.certificates.map((c) => [hex(sha1(c.der)), hex(sha256(c.der))]));
  },
};

/** The wasm result reduced to the fields the competitors produce, for the equality check. */
export function comparable(inspection) {
  return {
    kind: inspection.kind, entityId: inspection.entityId ?? null, signInUrl: inspection.signInUrl ?? null, signOutUrl: inspection.signOutUrl ?? null,
    certificates: inspection.certificates.map((c) => ({ pem: c.pem, thumbprintSha1: c.thumbprintSha1, thumbprintSha256: c.thumbprintSha256, subject: c.subject, notBefore: c.notBefore, notAfter: c.notAfter })),
  };
}
