//! Generates SAML responses for the sign-in check's tests: Azure AD's shape by default (as the
//! real 2015 response in tests/fixtures/responses/ and Microsoft's protocol documentation show
//! it: `samlp:` for the protocol, default namespaces for `Issuer` and `Assertion`, an unprefixed
//! `Signature` in the XML-DSig namespace), with real certificates from the fixtures, and each
//! field open to a wrong value. The signatures are not real: ssobridge never verifies them.
#![allow(dead_code, missing_docs, clippy::unwrap_used, clippy::expect_used)]

use base64::Engine as _;

pub const PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
pub const ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
pub const DS: &str = "http://www.w3.org/2000/09/xmldsig#";
pub const ACS: &str = "https://authentication.logmeininc.com/saml/acs";
pub const SP: &str = "https://authentication.logmeininc.com/saml/sp";
pub const EMAIL_FORMAT: &str = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
/// The entity ID of tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml.
pub const ENTITY_ID: &str = "https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/";
pub const METADATA: &str = "metadata/ggtristams-samlsso_federationmetadata.xml";
/// The two signing certificates of that metadata: 9B6A… (2022-09-28 to 2025-09-28) and 815D…
/// (2024-05-07 to 2027-05-07), the rollover pair.
pub const OLD_THUMBPRINT: &str = "9B6A4331329E0D853B20BD364CD7131D3652942F";
pub const NEW_THUMBPRINT: &str = "815D70419E644F95BE30F309616EBDA58C5B591B";

/// Base64 of the metadata's signing certificate `index` (0 = 9B6A…, 1 = 815D…).
pub fn metadata_certificate(index: usize) -> String {
    let bytes = std::fs::read(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures")
            .join(METADATA),
    )
    .unwrap();
    let parsed = ssobridge::inspect::parse(&bytes).unwrap();
    base64::engine::general_purpose::STANDARD.encode(parsed.signing[index].der())
}

/// How the XML spells its namespaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Today's Azure: `samlp:`, default namespaces for the assertion and the signature.
    Azure,
    /// Azure in 2015: `ds:Signature` with an unprefixed `KeyInfo` declaring the default namespace.
    Azure2015,
    /// Prefixes everywhere, declared on the root (`saml2p:`, `saml2:`, `ds:`), as other IdPs write.
    Prefixed,
    /// No prefix at all: the root declares the protocol namespace as the default.
    Unprefixed,
}

#[derive(Debug, Clone)]
pub struct Response {
    pub style: Style,
    pub issue_instant: u64,
    pub version: String,
    pub issuer: Option<String>,
    pub assertion_issuer: Option<String>,
    pub destination: Option<String>,
    pub status: String,
    pub second_status: Option<String>,
    pub status_message: Option<String>,
    /// Include the plain assertion.
    pub assertion: bool,
    /// Include an `EncryptedAssertion` (Azure's Token encryption).
    pub encrypted: bool,
    pub name_id: Option<String>,
    pub name_id_format: Option<String>,
    pub recipient: Option<String>,
    pub subject_not_on_or_after: Option<String>,
    pub not_before: Option<String>,
    pub not_on_or_after: Option<String>,
    pub audiences: Vec<String>,
    /// Base64 of the certificate in `KeyInfo`; `None` leaves `KeyInfo` out.
    pub certificate: Option<String>,
    pub sign_assertion: bool,
    pub sign_response: bool,
}

/// An instant as Azure writes it: RFC 3339 with milliseconds.
pub fn azure_instant(seconds: u64) -> String {
    ssobridge::time::rfc3339(seconds).replace('Z', ".637Z")
}

impl Response {
    /// What Azure posts to GoTo when both sides are set up right, issued at `issued`: the
    /// validity Azure gives (Conditions from 5 minutes before to an hour after,
    /// SubjectConfirmationData until 5 minutes after, as in the 2015 sample).
    pub fn azure(issued: u64, certificate: &str) -> Response {
        Response {
            style: Style::Azure,
            issue_instant: issued,
            version: "2.0".to_owned(),
            issuer: Some(ENTITY_ID.to_owned()),
            assertion_issuer: Some(ENTITY_ID.to_owned()),
            destination: Some(ACS.to_owned()),
            status: "Success".to_owned(),
            second_status: None,
            status_message: None,
            assertion: true,
            encrypted: false,
            name_id: Some("ann.lee@contoso.com".to_owned()),
            name_id_format: Some(EMAIL_FORMAT.to_owned()),
            recipient: Some(ACS.to_owned()),
            subject_not_on_or_after: Some(azure_instant(issued + 300)),
            not_before: Some(azure_instant(issued - 300)),
            not_on_or_after: Some(azure_instant(issued + 3600)),
            audiences: vec![SP.to_owned()],
            certificate: Some(certificate.to_owned()),
            sign_assertion: true,
            sign_response: false,
        }
    }

    /// The XML.
    pub fn xml(&self) -> String {
        let s = self.style;
        let (root, status_tags) = match s {
            Style::Azure | Style::Azure2015 => (
                format!(r#"<samlp:Response xmlns:samlp="{PROTOCOL}""#),
                "samlp:",
            ),
            Style::Prefixed => (
                format!(
                    r#"<saml2p:Response xmlns:saml2p="{PROTOCOL}" xmlns:saml2="{ASSERTION}" xmlns:ds="{DS}""#
                ),
                "saml2p:",
            ),
            Style::Unprefixed => (format!(r#"<Response xmlns="{PROTOCOL}""#), ""),
        };
        let p = status_tags;
        // Assertion-namespace elements that open a subtree declare it where Azure does.
        let (a, a_decl) = match s {
            Style::Prefixed => ("saml2:", String::new()),
            _ => ("", format!(r#" xmlns="{ASSERTION}""#)),
        };
        let mut x = format!(
            r#"{root} ID="_4fd8a2c1-7b3e-4a52-9c1d-1f0e9d3b6a21" Version="{}" IssueInstant="{}"{} InResponseTo="_gotoRequest1">"#,
            self.version,
            azure_instant(self.issue_instant),
            attr("Destination", &self.destination),
        );
        if let Some(issuer) = &self.issuer {
            x += &format!("<{a}Issuer{a_decl}>{issuer}</{a}Issuer>");
        }
        if self.sign_response {
            x += &self.signature("_4fd8a2c1-7b3e-4a52-9c1d-1f0e9d3b6a21");
        }
        x += &format!("<{p}Status>");
        let code = format!("urn:oasis:names:tc:SAML:2.0:status:{}", self.status);
        match &self.second_status {
            Some(second) => {
                x += &format!(
                    r#"<{p}StatusCode Value="{code}"><{p}StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:{second}"/></{p}StatusCode>"#
                )
            }
            None => x += &format!(r#"<{p}StatusCode Value="{code}"/>"#),
        }
        if let Some(message) = &self.status_message {
            x += &format!("<{p}StatusMessage>{message}</{p}StatusMessage>");
        }
        x += &format!("</{p}Status>");
        if self.encrypted {
            x += &format!(
                r#"<{a}EncryptedAssertion{a_decl}><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/><xenc:CipherData><xenc:CipherValue>q83vEjRWeJA=</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></{a}EncryptedAssertion>"#
            );
        }
        if self.assertion {
            x += &format!(
                r#"<{a}Assertion{a_decl} ID="_a7c3e9f2-51d4-4b8e-a0f6-2d9c8b7e1f30" IssueInstant="{}" Version="2.0">"#,
                azure_instant(self.issue_instant)
            );
            if let Some(issuer) = &self.assertion_issuer {
                x += &format!("<{a}Issuer>{issuer}</{a}Issuer>");
            }
            if self.sign_assertion {
                x += &self.signature("_a7c3e9f2-51d4-4b8e-a0f6-2d9c8b7e1f30");
            }
            x += &format!("<{a}Subject>");
            if let Some(name_id) = &self.name_id {
                x += &format!(
                    "<{a}NameID{}>{name_id}</{a}NameID>",
                    attr("Format", &self.name_id_format)
                );
            }
            x += &format!(
                r#"<{a}SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><{a}SubjectConfirmationData InResponseTo="_gotoRequest1"{}{}/></{a}SubjectConfirmation></{a}Subject>"#,
                attr("NotOnOrAfter", &self.subject_not_on_or_after),
                attr("Recipient", &self.recipient),
            );
            x += &format!(
                "<{a}Conditions{}{}>",
                attr("NotBefore", &self.not_before),
                attr("NotOnOrAfter", &self.not_on_or_after)
            );
            if !self.audiences.is_empty() {
                x += &format!("<{a}AudienceRestriction>");
                for audience in &self.audiences {
                    x += &format!("<{a}Audience>{audience}</{a}Audience>");
                }
                x += &format!("</{a}AudienceRestriction>");
            }
            x += &format!("</{a}Conditions>");
            // Attribute values may hold anything, an Issuer-like text included: never read.
            x += &format!(
                r#"<{a}AttributeStatement><{a}Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"><{a}AttributeValue>ann.lee@contoso.com</{a}AttributeValue></{a}Attribute></{a}AttributeStatement><{a}AuthnStatement AuthnInstant="{}" SessionIndex="_a7c3e9f2"><{a}AuthnContext><{a}AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</{a}AuthnContextClassRef></{a}AuthnContext></{a}AuthnStatement>"#,
                azure_instant(self.issue_instant)
            );
            x += &format!("</{a}Assertion>");
        }
        let close = match s {
            Style::Azure | Style::Azure2015 => "</samlp:Response>",
            Style::Prefixed => "</saml2p:Response>",
            Style::Unprefixed => "</Response>",
        };
        x + close
    }

    fn signature(&self, reference: &str) -> String {
        let (open, d, key_info) = match self.style {
            Style::Azure | Style::Unprefixed => (
                format!(r#"<Signature xmlns="{DS}">"#),
                "",
                "KeyInfo".to_owned(),
            ),
            Style::Azure2015 => (
                format!(r#"<ds:Signature xmlns:ds="{DS}">"#),
                "ds:",
                format!(r#"KeyInfo xmlns="{DS}""#),
            ),
            Style::Prefixed => (
                r#"<ds:Signature>"#.to_owned(),
                "ds:",
                "ds:KeyInfo".to_owned(),
            ),
        };
        let mut x = format!(
            r##"{open}<{d}SignedInfo><{d}CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><{d}SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><{d}Reference URI="#{reference}"><{d}Transforms><{d}Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><{d}Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></{d}Transforms><{d}DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><{d}DigestValue>bm90IGEgcmVhbCBkaWdlc3Q=</{d}DigestValue></{d}Reference></{d}SignedInfo><{d}SignatureValue>bm90IGEgcmVhbCBzaWduYXR1cmU=</{d}SignatureValue>"##
        );
        if let Some(certificate) = &self.certificate {
            let (x509data, close_key_info) = match self.style {
                Style::Azure2015 => ("", "KeyInfo"),
                Style::Prefixed => ("ds:", "ds:KeyInfo"),
                _ => ("", "KeyInfo"),
            };
            x += &format!(
                "<{key_info}><{x509data}X509Data><{x509data}X509Certificate>{certificate}</{x509data}X509Certificate></{x509data}X509Data></{close_key_info}>"
            );
        }
        x + &format!("</{d}Signature>")
    }

    /// The `SAMLResponse` value as a browser posts it: Base64 on one line.
    pub fn posted(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.xml())
    }
}

fn attr(name: &str, value: &Option<String>) -> String {
    value
        .as_ref()
        .map(|v| format!(r#" {name}="{v}""#))
        .unwrap_or_default()
}

/// Base64 wrapped at 76 columns with CRLF, as tools that copy a SAMLResponse out of a trace
/// write it.
pub fn wrapped(base64: &str) -> String {
    base64
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// `application/x-www-form-urlencoded` escaping of a value (what the browser sends).
pub fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
