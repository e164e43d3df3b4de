//! The X.509 certificate structure (RFC 5280 section 4.1), decoded with der's derive into types
//! that borrow from the DER. x509-cert's `Certificate` owns every part it decodes (names as sets
//! of owned values, extensions as owned octet strings); borrowing, the same structure weighs
//! 1.5 KB less gzipped in the module (issue 22). Every field is still decoded as strictly (der's
//! DER rules; x509-cert's own `Version`, `SerialNumber` and `Validity`); the parts nobody shows
//! (signature, unique ids, extension values) are checked for shape and left as bytes. One
//! difference, stricter: a name's SET OF out of DER order is refused, where x509-cert 0.3
//! sorts it while reading.

use core::cmp::Ordering;
use der::asn1::{AnyRef, BitStringRef, ObjectIdentifier, OctetStringRef};
use der::{
    Decode as _, DecodeValue, DerOrd as _, Encode as _, EncodeValue, ErrorKind, FixedTag, Header,
    Length, Reader, Sequence, Tag, ValueOrd, Writer,
};
use spki::{AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};
use x509_cert::Version;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;

/// `Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }`.
#[derive(Sequence)]
pub struct CertificateRef<'a> {
    /// What the issuer signed.
    pub tbs_certificate: TbsCertificateRef<'a>,
    /// Shape-checked only.
    pub signature_algorithm: AlgorithmIdentifierRef<'a>,
    /// Shape-checked only.
    pub signature: BitStringRef<'a>,
}

/// `TBSCertificate`, with x509-cert's tagging for each field.
#[derive(Sequence)]
pub struct TbsCertificateRef<'a> {
    /// v1 when absent (DER: a default is never written).
    #[asn1(context_specific = "0", default = "Default::default")]
    pub version: Version,
    /// The serial number, at most x509-cert's 21 octets.
    pub serial_number: SerialNumber,
    /// Shape-checked only.
    pub signature: AlgorithmIdentifierRef<'a>,
    /// The issuer's name.
    pub issuer: NameRef<'a>,
    /// notBefore and notAfter, UTCTime or GeneralizedTime.
    pub validity: Validity,
    /// The subject's name.
    pub subject: NameRef<'a>,
    /// The key: its algorithm and parameters are read, the key itself for RSA's size.
    pub subject_public_key_info: SubjectPublicKeyInfoRef<'a>,
    /// Shape-checked only.
    #[asn1(context_specific = "1", tag_mode = "IMPLICIT", optional = "true")]
    pub issuer_unique_id: Option<BitStringRef<'a>>,
    /// Shape-checked only.
    #[asn1(context_specific = "2", tag_mode = "IMPLICIT", optional = "true")]
    pub subject_unique_id: Option<BitStringRef<'a>>,
    /// Each extension shape-checked (identifier, criticality, value), none interpreted.
    #[asn1(context_specific = "3", tag_mode = "EXPLICIT", optional = "true")]
    pub extensions: Option<Vec<ExtensionRef<'a>>>,
}

/// `Name ::= RDNSequence`: a sequence of relative distinguished names.
pub type NameRef<'a> = Vec<RdnRef<'a>>;

/// `RelativeDistinguishedName ::= SET OF AttributeTypeAndValue`, each attribute decoded with
/// der as it comes and the set's DER order checked (der's `DerOrd`), as DER asks. der's own
/// `SetOfVec` sorts what it reads instead, and its `SetOfRef` decodes every element twice
/// and `expect`s on the second pass (which brought der's `Debug` impls into the module).
pub struct RdnRef<'a>(pub Vec<AttributeTypeAndValueRef<'a>>);

impl<'a> DecodeValue<'a> for RdnRef<'a> {
    type Error = der::Error;

    fn decode_value<R: Reader<'a>>(reader: &mut R, _header: Header) -> der::Result<Self> {
        let mut set: Vec<AttributeTypeAndValueRef<'a>> = Vec::new();
        while !reader.is_finished() {
            let attribute = AttributeTypeAndValueRef::decode(reader)?;
            if let Some(last) = set.last()
                && last.der_cmp(&attribute)? == Ordering::Greater
            {
                return Err(reader.error(ErrorKind::SetOrdering));
            }
            set.push(attribute);
        }
        Ok(RdnRef(set))
    }
}

// Only because der's `Sequence` derive encodes as well as decodes; unused.
impl EncodeValue for RdnRef<'_> {
    fn value_len(&self) -> der::Result<Length> {
        self.0.iter().try_fold(Length::ZERO, |len, attribute| {
            len + attribute.encoded_len()?
        })
    }

    fn encode_value(&self, writer: &mut impl Writer) -> der::Result<()> {
        self.0
            .iter()
            .try_for_each(|attribute| attribute.encode(writer))
    }
}

impl FixedTag for RdnRef<'_> {
    const TAG: Tag = Tag::Set;
}

/// One attribute of a name: `CN=…`, `O=…`.
#[derive(Clone, Sequence, ValueOrd)]
pub struct AttributeTypeAndValueRef<'a> {
    /// The attribute type.
    pub oid: ObjectIdentifier,
    /// The attribute value, of any string type.
    pub value: AnyRef<'a>,
}

/// `Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }`.
#[derive(Sequence)]
pub struct ExtensionRef<'a> {
    /// The extension's type.
    pub extn_id: ObjectIdentifier,
    /// Whether a relying party must understand it.
    #[asn1(default = "Default::default")]
    pub critical: bool,
    /// The extension's own DER, not interpreted here.
    pub extn_value: &'a OctetStringRef,
}
