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

/** What Azure's Basic SAML Configuration must hold for GoToWebinar: GoTo's service-provider values. */
export const GOTO_SP_WEBINAR = {
  identifier: 'https://authentication.logmeininc.com/saml/sp',
  replyUrl: 'https://authentication.logmeininc.com/saml/acs',
  relayState: 'https://global.gotowebinar.com',
};

/** The service-provider fields of what the Basic SAML pane saved (`window.replicaPaneSaved`). */
export const spValues = ({ identifier, replyUrl, relayState }) => ({ identifier, replyUrl, relayState });

/** Expected capture per replica app, from the fixtures' OpenSSL-checked values (EXPECTED.md). */
function app(tenant, appId, fixture, thumbprint, notAfter, loginHost = 'login.microsoftonline.com') {
  return {
    tenant, appId, fixture, activeThumbprint: thumbprint, activeNotAfter: notAfter,
    signInUrl: `https://${loginHost}/${tenant}/saml2`,
    entityId: `https://sts.windows.net/${tenant}/`,
    metadataUrl: `https://${loginHost}/${tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`,
  };
}
export const COVEO = app('70186da4-868e-4177-9155-949d9fd1af15', '5b8f2d14-6c3a-4e9b-8f7d-2a1c0e9b3d47', 'metadata/coveooss-saml-client_azure.xml', '3059B1E91C186E4258CA2365D867BBD8ECB8C187', '2022-10-23T09:45:10Z');
export const BRENDAN = app('cedda796-3a82-499e-a9ea-c8f5030750bf', '9c4e7a21-3b5d-4f86-a1e2-7d9c0b6f5a38', 'metadata/brendanbond-saml-metadata-to-passport_azure.xml', '6EA78197045DCD02FC5C9E37FF1AA5CA3A3F568F', '2025-05-04T19:11:04Z');
export const KATANA_TENANT = '4afbc689-805b-48cf-a24c-d4aa3248a248';
export const MISSING_APP = '00000000-1111-4222-8333-444444444444';
export const SAML_PATH = (appId) => `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/7d0c4e61-3f2a-4c5b-8e9d-1a2b3c4d5e6f/appId/${appId}/preferredSingleSignOnMode/saml`;
