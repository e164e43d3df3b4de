// Context: Node (tests). The values behind the replicas, from the real fixture they are built on
// (tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml; OpenSSL-checked values in
// tests/fixtures/EXPECTED.md). The app id is the replica's own.
const tenant = '81c1df79-e153-4f9d-a101-8dcf04af6c2c';
const appId = '2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21';

export const ROLLOVER = {
  tenant,
  appId,
  fixture: 'metadata/ggtristams-samlsso_federationmetadata.xml',
  signInUrl: `https://login.microsoftonline.com/${tenant}/saml2`,
  entityId: `https://sts.windows.net/${tenant}/`,
  metadataUrl: `https://login.microsoftonline.com/${tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`,
  activeThumbprint: '815D70419E644F95BE30F309616EBDA58C5B591B',
  activeNotAfter: '2027-05-07T16:44:56Z',
};

export const ENTRA_SAML_URL = `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/7d0c4e61-3f2a-4c5b-8e9d-1a2b3c4d5e6f/appId/${appId}/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/`;
export const GOTO_URL = 'https://organization.logmeininc.com/';
