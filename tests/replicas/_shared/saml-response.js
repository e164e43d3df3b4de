// A SAML response in Azure AD's shape, for the sign-in check's tests: the replica of Azure's
// last sign-in step (login.microsoftonline.com/sso.js) posts it, and Node tests paste it into the
// www page. Default-namespace Issuer and Assertion as real Azure responses have them; the
// signature is in shape only (ssobridge never verifies signatures; GoTo does).
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * @param {{ tenant: string, certificate: string, audience?: string, nameId?: string,
 *   nameIdFormat?: string, notBefore: number, notAfter: number, now: number }} o
 */
export function azureResponse(o) {
  const audience = o.audience ?? 'https://authentication.logmeininc.com/saml/sp';
  const nameIdFormat = o.nameIdFormat ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
  const nameId = o.nameId ?? 'alex@contoso.example';
  return `<samlp:Response ID="_r1" Version="2.0" IssueInstant="${iso(o.now)}" Destination="https://authentication.logmeininc.com/saml/acs" xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">`
    + `<Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">https://sts.windows.net/${o.tenant}/</Issuer>`
    + '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
    + `<Assertion ID="_a1" IssueInstant="${iso(o.now)}" Version="2.0" xmlns="urn:oasis:names:tc:SAML:2.0:assertion">`
    + `<Issuer>https://sts.windows.net/${o.tenant}/</Issuer>`
    + '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI="#_a1"><DigestValue>AAAA</DigestValue></Reference></SignedInfo><SignatureValue>AAAA</SignatureValue>'
    + `<KeyInfo><X509Data><X509Certificate>${o.certificate}</X509Certificate></X509Data></KeyInfo></Signature>`
    + `<Subject><NameID Format="${nameIdFormat}">${nameId}</NameID><SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData NotOnOrAfter="${iso(o.notAfter)}" Recipient="https://authentication.logmeininc.com/saml/acs"/></SubjectConfirmation></Subject>`
    + `<Conditions NotBefore="${iso(o.notBefore)}" NotOnOrAfter="${iso(o.notAfter)}"><AudienceRestriction><Audience>${audience}</Audience></AudienceRestriction></Conditions>`
    + `<AuthnStatement AuthnInstant="${iso(o.now)}" SessionIndex="_s1"><AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext></AuthnStatement>`
    + '</Assertion></samlp:Response>';
}

/** The signing certificates (Base64) of a metadata document, in document order. */
export function certificatesOf(metadata) {
  return [...new Set([...metadata.matchAll(/<X509Certificate>([^<]+)<\/X509Certificate>/g)].map((m) => m[1].trim()))];
}
