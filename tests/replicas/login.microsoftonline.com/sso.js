// Replica of Azure's last sign-in step for GoTo: a form posting the SAML response to GoTo's
// Assertion Consumer Service, submitted by script. The response is built for ?case= good |
// wrong-audience | old-certificate | not-email | expired, signed (in shape) with a certificate
// of the rollover fixture metadata this host serves.
import { azureResponse, certificatesOf } from '/_shared/saml-response.js';

const tenant = '81c1df79-e153-4f9d-a101-8dcf04af6c2c';
const kase = new URLSearchParams(location.search).get('case') ?? 'good';
const metadata = await (await fetch(`/${tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21`)).text();
// The fixture lists the certificate Azure rolled over from (9B6A…) first, the active one second.
const [old, active] = certificatesOf(metadata);
const now = Date.now();
const xml = azureResponse({
  tenant,
  now,
  certificate: kase === 'old-certificate' ? old : active,
  audience: kase === 'wrong-audience' ? 'https://global.gotomeeting.com' : undefined,
  nameId: kase === 'not-email' ? 'Dh7tdLu2gHm-Vi4emADxWxfo' : undefined,
  nameIdFormat: kase === 'not-email' ? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' : undefined,
  notBefore: kase === 'expired' ? now - 3 * 3600_000 : now - 5 * 60_000,
  notAfter: kase === 'expired' ? now - 2 * 3600_000 : now + 70 * 60_000,
});
const form = document.querySelector('form');
form.elements.SAMLResponse.value = btoa(xml);
form.submit();
