//! Certificates in every form an admin meets (PEM, bare Base64, DER) → the one form GoTo wants
//! (RFC 7468 PEM) plus what an admin checks: thumbprints, names, validity and status.

use crate::error::{Error, Result};
use crate::text;
use crate::time::{UnixSeconds, format_date_time};
use crate::x509::CertificateRef;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use der::Decode as _;
use serde::{Deserialize, Serialize};
use sha1::{Digest as _, Sha1};
use sha2::Sha256;

/// Certificates expiring within this many days are flagged (SPEC section 7).
pub const EXPIRING_WITHIN_DAYS: u64 = 60;

/// Where a certificate stands at a given instant.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Valid now and for more than 60 days.
    Valid,
    /// Valid now, but notAfter is within 60 days (inclusive).
    Expiring,
    /// notAfter has passed.
    Expired,
    /// notBefore is still ahead.
    NotYetValid,
}

/// One parsed X.509 certificate, kept as its DER bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    der: Vec<u8>,
    not_before: UnixSeconds,
    not_after: UnixSeconds,
    details: Details,
}

/// What an admin reads of a certificate; every surface shows exactly these.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Details {
    /// SHA-1 over the DER, upper-case hex without separators: Azure's "Thumbprint".
    pub thumbprint_sha1: String,
    /// SHA-256 over the DER, upper-case hex without separators.
    pub thumbprint_sha256: String,
    /// Subject distinguished name (RFC 4514).
    pub subject: String,
    /// Issuer distinguished name (RFC 4514).
    pub issuer: String,
    /// Serial number, upper-case hex.
    pub serial: String,
    /// Start of validity, RFC 3339 UTC.
    pub not_before: String,
    /// End of validity, RFC 3339 UTC.
    pub not_after: String,
    /// `RSA`, `EC` or the algorithm's OID.
    pub key_algorithm: String,
    /// Key size in bits where known (RSA modulus, EC curve).
    pub key_bits: Option<u32>,
    /// The certificate as RFC 7468 PEM (64 columns, LF, BEGIN/END lines).
    pub pem: String,
}

/// [`Details`] plus the status at a given instant: what surfaces serialise.
///
/// Read back (from the stored state) as one plain struct of all its fields: a derived
/// `Deserialize` with `flatten` buffers every field into serde's `Content` first and brings
/// that machinery into the wasm module.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The static details.
    #[serde(flatten)]
    pub details: Details,
    /// Status at the instant the report was made.
    pub status: Status,
}

/// [`Report`] as it is written: [`Details`]' fields and `status` side by side.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ReportFields {
    thumbprint_sha1: String,
    thumbprint_sha256: String,
    subject: String,
    issuer: String,
    serial: String,
    not_before: String,
    not_after: String,
    key_algorithm: String,
    key_bits: Option<u32>,
    pem: String,
    status: Status,
}

impl<'de> Deserialize<'de> for Report {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Report, D::Error> {
        let f = ReportFields::deserialize(deserializer)?;
        Ok(Report {
            details: Details {
                thumbprint_sha1: f.thumbprint_sha1,
                thumbprint_sha256: f.thumbprint_sha256,
                subject: f.subject,
                issuer: f.issuer,
                serial: f.serial,
                not_before: f.not_before,
                not_after: f.not_after,
                key_algorithm: f.key_algorithm,
                key_bits: f.key_bits,
                pem: f.pem,
            },
            status: f.status,
        })
    }
}

impl Status {
    /// The status as the product writes it (`valid`, `expiring`, `expired`, `not-yet-valid`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Expiring => "expiring",
            Status::Expired => "expired",
            Status::NotYetValid => "not-yet-valid",
        }
    }
}

impl Certificate {
    /// Parses DER bytes of an X.509 certificate.
    pub fn from_der(der: &[u8]) -> Result<Self> {
        // `der` decodes strict DER only and refuses bytes after the certificate, so the bytes
        // hashed below are exactly one certificate (crate/tests/bad_input.rs).
        let cert = CertificateRef::from_der(der).map_err(|err| Error::NotACertificate {
            detail: err.to_string(),
        })?;
        let tbs = &cert.tbs_certificate;
        let validity = &tbs.validity;
        let not_before = validity.not_before.to_unix_duration().as_secs();
        let not_after = validity.not_after.to_unix_duration().as_secs();
        let (key_algorithm, key_bits) = key_description(&tbs.subject_public_key_info);
        let pem = pem_rfc7468::encode_string("CERTIFICATE", pem_rfc7468::LineEnding::LF, der)
            .map_err(|err| Error::NotACertificate {
                detail: err.to_string(),
            })?;
        let details = Details {
            thumbprint_sha1: upper_hex(&Sha1::digest(der)),
            thumbprint_sha256: upper_hex(&Sha256::digest(der)),
            subject: crate::distinguished_names::distinguished_name(&tbs.subject),
            issuer: crate::distinguished_names::distinguished_name(&tbs.issuer),
            serial: serial_hex(tbs.serial_number.as_bytes()),
            not_before: format_date_time(&validity.not_before.to_date_time()),
            not_after: format_date_time(&validity.not_after.to_date_time()),
            key_algorithm,
            key_bits,
            pem,
        };
        Ok(Self {
            der: der.to_vec(),
            not_before,
            not_after,
            details,
        })
    }

    /// Parses the text of a metadata `X509Certificate` element or a bare Base64 paste:
    /// Base64 with any white space.
    pub fn from_base64(text: &str) -> Result<Self> {
        // Byte by byte where the text is ASCII (metadata always is): the same white space as
        // `char::is_whitespace` in that range, without decoding characters.
        let compact: Vec<u8> = if text.is_ascii() {
            text.bytes()
                .filter(|b| !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
                .collect()
        } else {
            text.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .into_bytes()
        };
        let der = STANDARD
            .decode(&compact)
            .map_err(|err| Error::InvalidBase64 {
                detail: err.to_string(),
            })?;
        Self::from_der(&der)
    }

    /// The DER bytes (what Azure's "Certificate (Raw)" download holds).
    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// The static details.
    pub fn details(&self) -> &Details {
        &self.details
    }

    /// SHA-1 thumbprint as Azure shows it.
    pub fn thumbprint_sha1(&self) -> &str {
        &self.details.thumbprint_sha1
    }

    /// Start of validity.
    pub fn not_before(&self) -> UnixSeconds {
        self.not_before
    }

    /// End of validity.
    pub fn not_after(&self) -> UnixSeconds {
        self.not_after
    }

    /// Status at `now`.
    pub fn status(&self, now: UnixSeconds) -> Status {
        status_between(self.not_before, self.not_after, now)
    }

    /// True when valid at `now` (expiring counts as valid).
    pub fn is_current(&self, now: UnixSeconds) -> bool {
        matches!(self.status(now), Status::Valid | Status::Expiring)
    }

    /// Details plus status at `now`.
    pub fn report(&self, now: UnixSeconds) -> Report {
        Report {
            details: self.details.clone(),
            status: self.status(now),
        }
    }
}

fn status_between(not_before: UnixSeconds, not_after: UnixSeconds, now: UnixSeconds) -> Status {
    if now < not_before {
        Status::NotYetValid
    } else if now > not_after {
        Status::Expired
    } else if not_after - now <= EXPIRING_WITHIN_DAYS * 86_400 {
        Status::Expiring
    } else {
        Status::Valid
    }
}

/// Status at `now` of a certificate known only by its details (a stored capture is checked
/// again at fill time). Dates that do not parse count as expired: never fill on a guess.
pub fn status_at(details: &Details, now: UnixSeconds) -> Status {
    match (
        crate::time::parse_rfc3339(&details.not_before),
        crate::time::parse_rfc3339(&details.not_after),
    ) {
        (Some(not_before), Some(not_after)) => status_between(not_before, not_after, now),
        _ => Status::Expired,
    }
}

/// Parses every certificate-only input form: DER, PEM (one or more blocks, any line length,
/// LF or CRLF, with or without byte-order mark) or bare Base64.
pub fn parse_certificates(bytes: &[u8]) -> Result<Vec<Certificate>> {
    text::check_size(bytes)?;
    if bytes.first() == Some(&0x30) {
        return Ok(vec![Certificate::from_der(bytes)?]);
    }
    let text = text::decode(bytes).ok_or(Error::UnrecognisedInput)?;
    parse_certificate_text(&text)
}

/// Parses PEM or bare Base64 text.
pub fn parse_certificate_text(text: &str) -> Result<Vec<Certificate>> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if text.is_empty() {
        return Err(Error::EmptyInput);
    }
    if text.contains("-----BEGIN ") {
        return parse_pem_blocks(text);
    }
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=') || c.is_whitespace())
    {
        return Ok(vec![Certificate::from_base64(text)?]);
    }
    Err(Error::UnrecognisedInput)
}

fn parse_pem_blocks(text: &str) -> Result<Vec<Certificate>> {
    let mut certificates = Vec::new();
    for block in pem_blocks(text)? {
        let label =
            pem_rfc7468::decode_label(block.as_bytes()).map_err(|err| Error::InvalidPem {
                detail: err.to_string(),
            })?;
        match label {
            "CERTIFICATE" | "X509 CERTIFICATE" => certificates.push(decode_pem_certificate(block)?),
            "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => {
                return Err(Error::CertificateRequest);
            }
            label if label.ends_with("PRIVATE KEY") => return Err(Error::PrivateKey),
            // Other blocks (public keys, parameters) are not certificates; skip them so that a
            // bundle holding a certificate still works.
            _ => {}
        }
    }
    if certificates.is_empty() {
        return Err(Error::NotACertificate {
            detail: "the PEM text holds no CERTIFICATE block".to_owned(),
        });
    }
    Ok(certificates)
}

/// Splits text into PEM blocks, each from its `-----BEGIN` line to the matching `-----END` line.
/// Only the boundaries are located here; decoding is pem-rfc7468's.
fn pem_blocks(text: &str) -> Result<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN ") {
        let from_begin = &rest[start..];
        let end_marker = from_begin
            .find("-----END ")
            .ok_or_else(|| Error::InvalidPem {
                detail: "no -----END line".to_owned(),
            })?;
        let after_end = &from_begin[end_marker + "-----END ".len()..];
        let close = after_end.find("-----").ok_or_else(|| Error::InvalidPem {
            detail: "the -----END line is incomplete".to_owned(),
        })?;
        let block_len = end_marker + "-----END ".len() + close + "-----".len();
        blocks.push(&from_begin[..block_len]);
        rest = &from_begin[block_len..];
    }
    Ok(blocks)
}

/// Strict RFC 7468 first; Azure's own downloads wrap at 76 columns and hand edits vary, so a
/// block pem-rfc7468 rejects for its layout alone is decoded as Base64 between its boundaries.
fn decode_pem_certificate(block: &str) -> Result<Certificate> {
    if let Ok(mut decoder) = pem_rfc7468::Decoder::new_detect_wrap(block.as_bytes()) {
        let mut der = Vec::new();
        if decoder.decode_to_end(&mut der).is_ok() {
            return Certificate::from_der(&der);
        }
    }
    let body: String = block
        .lines()
        .filter(|line| !line.trim_start().starts_with("-----"))
        .filter(|line| !line.contains(':')) // RFC 1421 headers ("Proc-Type: …")
        .collect();
    Certificate::from_base64(&body).map_err(|err| match err {
        Error::InvalidBase64 { detail } => Error::InvalidPem { detail },
        other => other,
    })
}

fn key_description(spki: &spki::SubjectPublicKeyInfoRef<'_>) -> (String, Option<u32>) {
    const RSA: der::oid::ObjectIdentifier =
        der::oid::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
    const EC: der::oid::ObjectIdentifier =
        der::oid::ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
    let algorithm = spki.algorithm.oid;
    if algorithm == RSA {
        let bits = spki
            .subject_public_key
            .as_bytes()
            .and_then(|key| pkcs1::RsaPublicKeyRef::from_der(key).ok())
            .map(|key| bit_length(key.modulus.as_bytes()));
        return ("RSA".to_owned(), bits);
    }
    if algorithm == EC {
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|params| params.decode_as::<der::oid::ObjectIdentifier>().ok());
        let bits = curve.and_then(|oid| match oid.to_string().as_str() {
            "1.2.840.10045.3.1.7" => Some(256),
            "1.3.132.0.34" => Some(384),
            "1.3.132.0.35" => Some(521),
            _ => None,
        });
        return ("EC".to_owned(), bits);
    }
    (algorithm.to_string(), None)
}

fn bit_length(big_endian: &[u8]) -> u32 {
    let significant = big_endian
        .iter()
        .position(|&byte| byte != 0)
        .map_or(&[][..], |first| &big_endian[first..]);
    match significant.first() {
        Some(&top) => {
            let whole_bytes = u32::try_from(significant.len() - 1).unwrap_or(u32::MAX / 8);
            whole_bytes * 8 + (8 - top.leading_zeros())
        }
        None => 0,
    }
}

fn serial_hex(bytes: &[u8]) -> String {
    // The DER sign byte is not part of the number as admins see it (openssl, Windows).
    let trimmed = match bytes {
        [0, rest @ ..] if !rest.is_empty() => rest,
        _ => bytes,
    };
    upper_hex(trimmed)
}

/// Upper-case hex without separators, as Azure shows thumbprints.
pub fn upper_hex(bytes: &[u8]) -> String {
    // A table rather than one `format!` per byte: a fifth of a certificate's instructions.
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}
