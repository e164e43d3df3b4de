//! Spanish: every key of [`super::table::TABLE`], in the words of the Spanish Azure portal
//! ("Identificador (id. de entidad)", "URL de respuesta", "Huella digital", "Certificados SAML")
//! and of GoTo's Organization Center, "Centro de organización" in GoTo's Spanish help.
//!
//! GoTo's own Spanish help
//! (https://support.goto.com/es/connect/help/add-your-identity-provider-to-the-organization-center)
//! names the tab "Proveedor de identidades", the modes "Automático" and "Manual", and "Guardar";
//! it does not list the Manual fields. Those follow Microsoft's es-ES GoToMeeting tutorial
//! (January 2018, docs.microsoft.com/es-es/azure/active-directory/
//! active-directory-saas-gotomeeting-tutorial): "Dirección URL de la página de inicio de sesión",
//! "Dirección URL de la página de cierre de sesión", "Identificador de entidad del proveedor de
//! identidades", "URL de metadatos", "Cargar archivo de metadatos". Unconfirmed: the binding
//! names ("Enlace de …"), "Certificado de verificación", "Archivo de metadatos".

/// Key → sentence, with the same `{n}` placeholders as English.
pub const TEXTS: &[(&str, &str)] = &[
    (
        "app-mismatch",
        "La página pertenece a la aplicación {0}, pero su URL de metadatos nombra la aplicación {1}. No se capturó nada: vuelva a abrir la página Inicio de sesión único de SAML de la aplicación.",
    ),
    (
        "background-restarted",
        "El explorador interrumpió ssobridge antes de que terminara: vuelva a pulsar el botón.",
    ),
    (
        "bad-entity-id",
        "«{0}» no es un id. de entidad de Azure AD (se esperaba https://sts.windows.net/<tenant-id>/).",
    ),
    (
        "bad-login-url",
        "«{0}» no es una URL de inicio de sesión de Microsoft (se esperaba https://login.microsoftonline.com/<tenant-id>/saml2).",
    ),
    ("bad-message", "Mensaje interno rechazado: {0}"),
    (
        "bad-metadata-url",
        "«{0}» no es una URL de metadatos de federación de Azure (se esperaba https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>).",
    ),
    ("button-capture", "Enviar a GoTo"),
    ("button-confirm", "Reemplazar los valores distintos"),
    ("button-copy", "Copiar"),
    ("button-fill", "Rellenar desde Azure AD"),
    ("button-fill-sp", "Rellenar valores de GoTo"),
    ("button-page-report", "Guardar un informe de la página"),
    (
        "capture-incomplete",
        "La última captura no terminó, así que no hay nada comprobado que rellenar. Agregue el certificado (Base64) o el XML de metadatos de federación en la ventana de ssobridge, o vuelva a pulsar «Enviar a GoTo» en Azure.",
    ),
    (
        "captured",
        "Capturado y comprobado con los metadatos de la aplicación (certificado {0}, válido hasta {1}). Ahora abra la pestaña Proveedor de identidades de GoTo y pulse «Rellenar desde Azure AD».",
    ),
    ("cert-choice", "Elegido"),
    ("cert-issuer", "Emisor"),
    ("cert-key", "Clave"),
    ("cert-other", "También en la lista"),
    ("cert-serial", "Número de serie"),
    ("cert-subject", "Sujeto"),
    ("cert-valid", "Validez"),
    (
        "certificate-expired",
        "El certificado de firma {1} expiró el {0}; el inicio de sesión falla con él, así que no se capturó. En Azure, en Certificados SAML, cree un certificado nuevo (o active uno más reciente), guarde y vuelva a pulsar «Enviar a GoTo».",
    ),
    (
        "certificate-expiring",
        "El certificado de firma expira el {0}, dentro de {1} días. Planifique la sustitución: en Azure, cree un certificado nuevo, actívelo y vuelva a rellenar GoTo.",
    ),
    (
        "certificate-not-active",
        "Este certificado ({0}) no es el que Azure muestra como activo ({1}); no se cambió nada. Descargue el certificado activo desde la sección Certificados SAML de la aplicación.",
    ),
    (
        "certificate-not-yet-valid",
        "El certificado de firma {1} no es válido antes del {0}, así que no se capturó. En Azure, mantenga activo el certificado actual hasta entonces, o espere y vuelva a pulsar «Enviar a GoTo».",
    ),
    (
        "certificate-request",
        "El archivo es una solicitud de certificado, no un certificado. Descargue en su lugar «Certificado (Base64)» desde Azure.",
    ),
    (
        "check-add-app",
        "En Azure, agregue la aplicación GoToMeeting de la galería y elija el inicio de sesión único de SAML.",
    ),
    (
        "check-assign-test",
        "Asigne usuarios a la aplicación en Azure y pruebe el inicio de sesión.",
    ),
    (
        "check-basic-saml",
        "Rellene la configuración básica de SAML (Identificador, URL de respuesta, Estado de la retransmisión) y guárdela.",
    ),
    (
        "check-capture",
        "Capture la URL de inicio de sesión, el id. de entidad y el certificado (Enviar a GoTo).",
    ),
    (
        "check-goto-fill",
        "En el Centro de organización de GoTo, rellene el formulario Proveedor de identidades.",
    ),
    ("check-goto-save", "Revise y guarde el formulario en GoTo."),
    ("choosing-mode", "Eligiendo el modo de configuración…"),
    (
        "click-covered",
        "algo de la página cubría el botón donde cayó el clic",
    ),
    (
        "click-focus-moved",
        "la pulsación de tecla llegó al botón porque la página movió el foco allí, no usted",
    ),
    (
        "click-no-round",
        "este paso no siguió a un clic suyo en el botón",
    ),
    (
        "click-not-trusted",
        "el clic no vino de usted sino de un script",
    ),
    (
        "click-off-screen",
        "el botón no estaba entero dentro de la ventana",
    ),
    (
        "click-restyled",
        "la página había movido o cambiado el estilo del botón",
    ),
    (
        "click-too-soon",
        "el botón de confirmación se pulsó en el momento en que apareció, antes de poder leerlo",
    ),
    (
        "click-transparent",
        "la página había hecho el botón transparente u oculto",
    ),
    (
        "conflict",
        "Ya hay valores distintos: {0}. Pulse «Reemplazar los valores distintos» para sobrescribirlos.",
    ),
    ("drift-difference", "{0}: GoTo «{1}» ≠ Azure «{2}»"),
    ("drift-differs", "GoTo difiere de Azure:"),
    (
        "drift-in-sync",
        "GoTo tiene lo que tiene Azure: sincronizados.",
    ),
    ("empty-input", "La entrada está vacía."),
    (
        "extDescription",
        "Pasa la configuración SAML de una aplicación de Azure AD al Centro de organización de GoTo, y la de GoTo a Azure. Nada sale del PC.",
    ),
    ("extName", "ssobridge: SAML de Azure AD a GoTo"),
    (
        "fetch-http-status",
        "El servidor respondió HTTP {0} en lugar de los metadatos.",
    ),
    (
        "fetch-network",
        "La solicitud falló (sin conexión, o bloqueada por la red u otra extensión).",
    ),
    (
        "fetch-redirected",
        "El servidor redirigió a otra dirección, algo que ssobridge nunca sigue.",
    ),
    (
        "fetch-timed-out",
        "No llegó una respuesta completa en {0} segundos.",
    ),
    (
        "fetch-too-large",
        "La respuesta supera los {0} bytes, mucho más que cualquier metadato, así que se dejó de leer.",
    ),
    (
        "fetching-metadata",
        "Leyendo los metadatos de federación de la aplicación…",
    ),
    ("field-certificate", "certificado de firma"),
    ("field-change", "{0}: «{1}» → «{2}»"),
    ("field-entity-id", "Id. de entidad"),
    ("field-metadata-url", "URL de metadatos"),
    ("field-metadata-xml", "archivo de metadatos"),
    ("field-not-after", "Expira"),
    ("field-sign-in-url", "URL de inicio de sesión"),
    ("field-sign-out-url", "URL de cierre de sesión"),
    ("field-tenant-id", "Id. de inquilino"),
    ("field-thumbprint-sha1", "Huella digital (SHA-1)"),
    (
        "filled",
        "{0} campo(s) rellenado(s); {1} ya correcto(s). Revise el formulario y pulse Guardar.",
    ),
    ("form-certificate", "Certificado de verificación"),
    (
        "form-entity-id",
        "Identificador de entidad del proveedor de identidades",
    ),
    ("form-identifier", "Identificador (id. de entidad)"),
    (
        "form-identity-provider-fields",
        "Campos del proveedor de identidades",
    ),
    ("form-metadata-file", "Archivo de metadatos"),
    ("form-metadata-url", "URL de metadatos"),
    (
        "form-not-found",
        "No se encontró el formulario en esta página: falta {0}.",
    ),
    ("form-relay-state", "Estado de la retransmisión"),
    ("form-reply-url", "URL de respuesta"),
    ("form-sign-in-binding", "Enlace de inicio de sesión"),
    (
        "form-sign-in-url",
        "Dirección URL de la página de inicio de sesión",
    ),
    ("form-sign-out-binding", "Enlace de cierre de sesión"),
    (
        "form-sign-out-url",
        "Dirección URL de la página de cierre de sesión",
    ),
    (
        "frame-ancestry-unknown",
        "el explorador no indica qué sitio enmarca esta página",
    ),
    (
        "frame-foreign-ancestor",
        "esta página está enmarcada por otro sitio",
    ),
    ("frame-not-allowed", "ssobridge no actúa aquí: {0}."),
    ("frame-sandboxed", "este marco está en un espacio aislado"),
    ("host-not-allowed", "ssobridge no actúa en {0}."),
    (
        "input-too-large",
        "El archivo tiene {0} bytes; ssobridge lee como máximo {1} bytes (1 MiB). Los metadatos y certificados de Azure son mucho más pequeños, así que probablemente no es el archivo correcto.",
    ),
    (
        "invalid-base64",
        "El texto Base64 no se puede descodificar ({0}); puede estar truncado o dañado. Vuelva a copiar el certificado completo.",
    ),
    (
        "invalid-pem",
        "El texto PEM está dañado ({0}). Debe empezar por -----BEGIN CERTIFICATE----- y terminar por -----END CERTIFICATE-----.",
    ),
    ("lang", "es"),
    (
        "metadata-fetch-failed",
        "No se pudieron obtener los metadatos de federación de la aplicación: {0} Se conservó lo que muestra la página; agregue el certificado (Base64) o el XML de metadatos de federación en la ventana de ssobridge.",
    ),
    (
        "metadata-unknown",
        "Se conservó lo que muestra la página, pero la URL de metadatos no aparece en ella, así que falta el certificado: agregue el certificado (Base64) o el XML de metadatos de federación en la ventana de ssobridge.",
    ),
    (
        "metadata-unreadable",
        "Se obtuvieron los metadatos de federación de la aplicación, pero no se pueden usar: {0} Se conservó lo que muestra la página; agregue el certificado (Base64) o el XML de metadatos de federación en la ventana de ssobridge.",
    ),
    (
        "missing-value",
        "No se ha capturado: {0}. Captúrelo en la página Inicio de sesión único de SAML de Azure, o agregue el certificado o el archivo de metadatos en la ventana de ssobridge.",
    ),
    ("mode-automatic", "Automático (URL de metadatos)"),
    ("mode-manual", "Manual"),
    ("mode-metadata-file", "Cargar archivo de metadatos"),
    (
        "mode-not-available",
        "La lista de configuración no ofrece o no mantiene el modo {0}. Elíjalo a mano y vuelva a pulsar el botón.",
    ),
    (
        "no-sign-in-service",
        "Los metadatos no indican ninguna URL de inicio de sesión (ningún SingleSignOnService con el enlace HTTP-Redirect o HTTP-POST), así que GoTo no podría enviar a los usuarios a Azure.",
    ),
    (
        "no-signing-certificate",
        "Los metadatos no indican ningún certificado de firma (KeyDescriptor use=\"signing\").",
    ),
    (
        "not-a-certificate",
        "Los datos no son un certificado X.509 ({0}).",
    ),
    (
        "not-metadata",
        "El XML no son metadatos SAML: no tiene un EntityDescriptor con un IDPSSODescriptor.",
    ),
    (
        "not-saml-response",
        "Esto no es una respuesta SAML 2.0. Indique el valor SAMLResponse tal como se envió (Base64), el cuerpo del formulario que lo contiene o el XML samlp:Response descodificado.",
    ),
    (
        "nothing-captured",
        "Todavía no se ha capturado nada. Abra primero la página Inicio de sesión único de SAML de la aplicación en Azure y pulse «Enviar a GoTo».",
    ),
    (
        "nothing-found",
        "No se encontró ninguna configuración SAML en esta página. Espere a que la página termine de cargarse, o abra la página Inicio de sesión único de SAML de la aplicación.",
    ),
    ("outcome-already-correct", "ya correcto"),
    ("outcome-attached", "archivo adjuntado"),
    ("outcome-conflict", "contiene otro valor"),
    ("outcome-filled", "rellenado"),
    ("outcome-refused", "rechazado por la página: péguelo a mano"),
    (
        "page-disagrees",
        "La página y los metadatos de la aplicación no coinciden, así que no se capturó nada (la configuración anterior se mantiene): {0}. Vuelva a cargar la página; si persiste, revise la aplicación en Azure.",
    ),
    (
        "page-metadata-difference",
        "{0}: la página muestra {1}, los metadatos dicen {2}",
    ),
    (
        "page-report-unavailable",
        "ssobridge no lee esta pestaña: un informe de la página se hace en Azure Portal o en el Centro de organización de GoTo.",
    ),
    (
        "policy-invalid-value",
        "La directiva de su organización establece {0} en {1}, que ssobridge no entiende; se ignora.",
    ),
    (
        "policy-locked",
        "{0} lo establece su organización y no se puede cambiar aquí.",
    ),
    (
        "policy-not-object",
        "La directiva de su organización para ssobridge no es un conjunto de valores con nombre ({0}); se ignora.",
    ),
    (
        "policy-set-by-organisation",
        "Establecido por su organización",
    ),
    (
        "policy-unknown-key",
        "La directiva de su organización nombra {0}, que no es una opción de ssobridge; se ignora.",
    ),
    (
        "policy-unreadable",
        "El explorador no pudo leer la directiva de su organización para ssobridge ({0}), así que la comprobación de inicio de sesión está desactivada hasta que pueda.",
    ),
    ("popup-add", "Agregar un certificado o metadatos"),
    ("popup-added", "Agregado."),
    ("popup-checklist", "Lista de configuración"),
    ("popup-clear", "Borrar"),
    ("popup-cleared", "Borrado."),
    ("popup-copy", "Copiar"),
    ("popup-download-pem", "Descargar PEM"),
    (
        "popup-drop",
        "Suelte aquí Certificado (Base64), Certificado (sin procesar) o XML de metadatos de federación, o elija un archivo",
    ),
    ("popup-fetch", "Leer"),
    ("popup-fill", "Cómo rellenar GoTo"),
    ("popup-last-fill", "Último relleno"),
    (
        "popup-metadata-url",
        "Dirección URL de metadatos de federación de aplicación",
    ),
    ("popup-mode", "Modo"),
    (
        "popup-nothing",
        "Todavía no se ha capturado nada. Abra la página Inicio de sesión único de SAML de la aplicación en Azure y pulse «Enviar a GoTo».",
    ),
    ("popup-page-report", "Informe de la página"),
    (
        "popup-page-report-about",
        "Lo que ssobridge vio de esta página, con cada valor sustituido por su forma (sin inquilino, aplicación, persona ni certificado). No se envía nada: usted guarda el archivo y puede adjuntarlo a una incidencia si ssobridge no entiende la página.",
    ),
    (
        "popup-page-report-show",
        "Mostrar lo que ssobridge ve en esta página",
    ),
    (
        "popup-product",
        "Producto de GoTo (Estado de la retransmisión)",
    ),
    ("popup-settings", "Configuración de Azure AD capturada"),
    ("popup-signin", "Comprobar un inicio de sesión de prueba"),
    (
        "private-key",
        "El archivo contiene una clave privada. ssobridge nunca lee claves privadas; GoTo solo necesita el certificado. Mantenga este archivo en secreto.",
    ),
    (
        "reason-matches-portal-thumbprint",
        "Su huella digital es la que Azure Portal muestra como activa.",
    ),
    (
        "reason-newest-valid",
        "Es válido ahora y es el emitido más recientemente de los certificados válidos.",
    ),
    (
        "reason-none-valid-latest-expiry",
        "Ningún certificado es válido ahora; este es el último en expirar. Renueve el certificado en Azure.",
    ),
    ("reason-only", "Es el único certificado de firma."),
    (
        "refused",
        "La página no conservó: {0}. Copie el valor desde la ventana de ssobridge y péguelo a mano.",
    ),
    (
        "response-base64",
        "El valor SAMLResponse no se descodifica como Base64 ({0}); puede estar truncado. Vuelva a copiar el valor completo.",
    ),
    (
        "several-idp-entities",
        "Los metadatos describen varios proveedores de identidades ({0}) y ninguno es el inquilino de esta aplicación. Use la dirección URL de metadatos de federación de la propia aplicación.",
    ),
    (
        "several-signing-certificates",
        "La entrada incluye {0} certificados de firma (una sustitución). Se eligió el certificado {1}: {2}",
    ),
    (
        "signin-audience-differs",
        "La Audience de la aserción es {0}, pero GoTo solo acepta {1}: en la configuración básica de SAML de Azure, establezca Identificador (id. de entidad) en {1}.",
    ),
    (
        "signin-audience-missing",
        "La aserción no nombra ninguna Audience, y GoTo espera {0}: en la configuración básica de SAML de Azure, establezca Identificador (id. de entidad) en {0}.",
    ),
    (
        "signin-audience-ok",
        "La aserción está destinada a {0}, el id. de entidad de GoTo.",
    ),
    (
        "signin-certificate-differs",
        "Azure firma con el certificado {0}; GoTo tiene {1}: vuelva a capturar en Azure (Enviar a GoTo) y vuelva a rellenar GoTo con el certificado que Azure marca como activo.",
    ),
    (
        "signin-certificate-expired",
        "Azure firma con el certificado {0}, que expiró el {1}: en Certificados SAML de Azure, cree un certificado nuevo y actívelo; después vuelva a capturar y a rellenar GoTo.",
    ),
    (
        "signin-certificate-newer",
        "Azure firma con el certificado más reciente {0}; GoTo aún tiene {1}: vuelva a capturar en Azure (Enviar a GoTo) y vuelva a rellenar GoTo para que GoTo reciba {0}.",
    ),
    (
        "signin-certificate-not-named",
        "La firma no incluye su certificado, así que ssobridge no puede saber con cuál firma Azure; GoTo la comprueba con el certificado que tiene.",
    ),
    (
        "signin-certificate-not-yet-valid",
        "Azure firma con el certificado {0}, que solo es válido a partir del {1}: revise el reloj de este equipo y, en Certificados SAML de Azure, active un certificado válido actualmente.",
    ),
    (
        "signin-certificate-ok",
        "Azure firma con el certificado {0} (válido hasta {1}), el que tiene GoTo.",
    ),
    (
        "signin-certificate-older",
        "Azure aún firma con el certificado anterior {0}; GoTo ya tiene {1}: en Certificados SAML de Azure, active {1} (o vuelva a rellenar GoTo con {0}).",
    ),
    (
        "signin-certificate-unchecked",
        "Azure firma con el certificado {0} (válido hasta {1}). No hay nada capturado con que compararlo: el Certificado de verificación de GoTo debe tener esta huella digital.",
    ),
    (
        "signin-certificate-unreadable",
        "No se puede leer el certificado de la firma: {0}",
    ),
    (
        "signin-certificate-unsigned",
        "La respuesta no lleva firma, así que no hay certificado que comparar (vea la comprobación de la firma).",
    ),
    (
        "signin-check-off",
        "Su organización ha desactivado la comprobación de inicio de sesión.",
    ),
    (
        "signin-code-authn-failed",
        "Azure no pudo autenticar al usuario.",
    ),
    (
        "signin-code-invalid-attr-name-or-value",
        "Azure no aceptó un nombre o valor de atributo de la solicitud.",
    ),
    (
        "signin-code-invalid-name-id-policy",
        "Azure no puede emitir el formato de NameID que pide la solicitud: en Atributos y notificaciones de Azure, dé a Identificador de usuario único (id. de nombre) el formato Dirección de correo electrónico.",
    ),
    (
        "signin-code-no-authn-context",
        "Azure no puede iniciar la sesión del usuario de la forma que pide la solicitud.",
    ),
    (
        "signin-code-no-available-idp",
        "No hay ningún proveedor de identidades disponible para iniciar la sesión del usuario.",
    ),
    (
        "signin-code-no-passive",
        "El usuario habría tenido que iniciar sesión de forma interactiva, lo que la solicitud no permitía: inicie sesión primero en Azure y vuelva a probar.",
    ),
    (
        "signin-code-no-supported-idp",
        "No se admite ninguno de los proveedores de identidades que nombra la solicitud.",
    ),
    (
        "signin-code-partial-logout",
        "El cierre de sesión no fue completo.",
    ),
    (
        "signin-code-proxy-count-exceeded",
        "La solicitud pasó por más proveedores de identidades de los que permite.",
    ),
    (
        "signin-code-request-denied",
        "Azure se negó a iniciar la sesión de este usuario: en Usuarios y grupos de la aplicación en Azure, asigne el usuario o uno de sus grupos.",
    ),
    (
        "signin-code-request-unsupported",
        "Azure no admite algo de la solicitud.",
    ),
    (
        "signin-code-request-version-deprecated",
        "Azure ya no acepta solicitudes de esta versión de SAML.",
    ),
    (
        "signin-code-request-version-too-high",
        "La versión de SAML de la solicitud es más reciente de lo que Azure acepta.",
    ),
    (
        "signin-code-request-version-too-low",
        "La versión de SAML de la solicitud es más antigua de lo que Azure acepta.",
    ),
    (
        "signin-code-requester",
        "Azure encontró un error en la solicitud: revise Identificador (id. de entidad) y URL de respuesta en la configuración básica de SAML de Azure.",
    ),
    (
        "signin-code-resource-not-recognized",
        "Azure no reconoce la aplicación a la que va dirigida la solicitud: revise Identificador (id. de entidad) en la configuración básica de SAML de Azure.",
    ),
    (
        "signin-code-responder",
        "Azure no pudo completar el inicio de sesión por su parte.",
    ),
    (
        "signin-code-too-many-responses",
        "La respuesta contendría más aserciones de las que permite la solicitud.",
    ),
    (
        "signin-code-unknown",
        "ssobridge no sabe describir este código de estado; búsquelo en los registros de inicio de sesión de Azure.",
    ),
    (
        "signin-code-unknown-attr-profile",
        "Azure no conoce el perfil de atributos que pide la solicitud.",
    ),
    (
        "signin-code-unknown-principal",
        "Azure no conoce a este usuario: compruebe que el usuario existe en el inquilino y está asignado a la aplicación.",
    ),
    (
        "signin-code-unsupported-binding",
        "Azure no puede responder con el enlace que pide la solicitud.",
    ),
    (
        "signin-code-version-mismatch",
        "Azure no acepta la versión de SAML de la solicitud.",
    ),
    (
        "signin-destination-differs",
        "{0} es {1}, no {2} de GoTo: en la configuración básica de SAML de Azure, establezca URL de respuesta (URL del Servicio de consumidor de aserciones) en {2}.",
    ),
    (
        "signin-destination-missing",
        "La respuesta no nombra Destination ni Recipient, y GoTo espera {0}: en la configuración básica de SAML de Azure, establezca URL de respuesta (URL del Servicio de consumidor de aserciones) en {0}.",
    ),
    (
        "signin-destination-ok",
        "La respuesta va dirigida a la URL de respuesta de GoTo {0}.",
    ),
    (
        "signin-encrypted",
        "La aserción está cifrada, así que ssobridge no puede leerla, y la configuración SAML de GoTo espera una aserción sin cifrar: en Azure, abra la página Cifrado de token de la aplicación y desactive allí el certificado.",
    ),
    (
        "signin-issuer-differs",
        "La respuesta la emite {0}, pero GoTo tiene el id. de entidad {1}: si es la aplicación correcta, captúrela en Azure y vuelva a rellenar GoTo (Identificador de entidad del proveedor de identidades); si no, pruebe con la aplicación desde la que se rellenó GoTo.",
    ),
    (
        "signin-issuer-inconsistent",
        "La respuesta la emite {0} pero su aserción {1}; GoTo espera un único proveedor de identidades para ambas.",
    ),
    (
        "signin-issuer-missing",
        "La respuesta no nombra ningún Issuer, así que GoTo no puede saber qué proveedor de identidades la envió.",
    ),
    (
        "signin-issuer-ok",
        "La respuesta la emite {0}, el id. de entidad que tiene GoTo.",
    ),
    (
        "signin-issuer-unchecked",
        "La respuesta la emite {0}. No hay nada capturado con que compararla: el Identificador de entidad del proveedor de identidades de GoTo debe ser exactamente este, barra final incluida.",
    ),
    (
        "signin-nameid-missing",
        "La aserción no nombra al usuario (sin NameID), y GoTo busca a los usuarios por correo electrónico: en Atributos y notificaciones de Azure, establezca Identificador de usuario único (id. de nombre) en user.mail o user.userprincipalname con el formato Dirección de correo electrónico.",
    ),
    (
        "signin-nameid-not-email",
        "El usuario se identifica como {0} (formato {1}), que no es una dirección de correo electrónico, y GoTo busca a los usuarios por correo electrónico: en Atributos y notificaciones de Azure, establezca Identificador de usuario único (id. de nombre) en user.mail o user.userprincipalname con el formato Dirección de correo electrónico.",
    ),
    (
        "signin-nameid-ok",
        "El usuario se identifica como {0}, una dirección de correo electrónico: GoTo encuentra al usuario por ella.",
    ),
    (
        "signin-no-assertion",
        "La respuesta no lleva ninguna aserción: Azure no inició la sesión de nadie (vea la comprobación del estado).",
    ),
    (
        "signin-permission-refused",
        "La comprobación de inicio de sesión necesita ver lo que el explorador envía a la dirección de inicio de sesión de GoTo; sin ese permiso no puede ejecutarse.",
    ),
    (
        "signin-privacy",
        "La respuesta SAML nombra a una persona: ssobridge la lee en su explorador, nunca la guarda ni la envía, y solo conserva estos resultados.",
    ),
    (
        "signin-signed-assertion",
        "La aserción está firmada (ssobridge no verifica la firma; GoTo sí, con el certificado que tiene).",
    ),
    (
        "signin-signed-both",
        "La respuesta y su aserción están firmadas (ssobridge no verifica las firmas; GoTo sí, con el certificado que tiene).",
    ),
    (
        "signin-signed-missing",
        "Ni la respuesta ni su aserción están firmadas, y GoTo rechaza los inicios de sesión sin firmar: en Certificados SAML de Azure, establezca Opción de firma en Firmar aserción SAML.",
    ),
    (
        "signin-signed-response",
        "La respuesta está firmada (ssobridge no verifica la firma; GoTo sí, con el certificado que tiene).",
    ),
    (
        "signin-status-missing",
        "La respuesta no tiene código de estado, así que no dice que el usuario haya iniciado sesión; GoTo la rechaza.",
    ),
    (
        "signin-status-ok",
        "Azure respondió Success: el usuario ha iniciado sesión.",
    ),
    (
        "signin-status-problem",
        "Azure respondió {0} en lugar de Success: {1}",
    ),
    (
        "signin-status-problem-message",
        "Azure respondió {0} en lugar de Success: {1} Mensaje de Azure: {2}",
    ),
    (
        "signin-status-version",
        "La respuesta es de la versión {0} de SAML; GoTo solo acepta SAML 2.0. En Azure, configure la aplicación para el inicio de sesión único de SAML.",
    ),
    (
        "signin-time-early",
        "{0} es {1}; ahora son las {2}, más de 5 minutos (el desfase de reloj que GoTo permite) antes, así que según el reloj de este equipo la respuesta aún no es válida. Un reloj está mal: ajuste el reloj de este equipo y vuelva a probar.",
    ),
    (
        "signin-time-expired",
        "{0} era {1}; ahora son las {2}, más de 5 minutos (el desfase de reloj que GoTo permite) después, así que GoTo rechaza la respuesta por expirada. Vuelva a iniciar sesión para obtener una nueva; si era nueva, ajuste el reloj de este equipo.",
    ),
    (
        "signin-time-none",
        "La aserción no fija ningún período de validez (ni NotBefore ni NotOnOrAfter).",
    ),
    (
        "signin-time-ok",
        "La aserción es válida desde {0} hasta {1}, y ahora son las {2}: dentro, con los 5 minutos de desfase de reloj que GoTo permite.",
    ),
    ("signin-time-open", "(sin establecer)"),
    (
        "signin-time-unreadable",
        "{0} contiene «{1}», que no es una hora que ssobridge sepa leer.",
    ),
    (
        "signin-timed-out",
        "Ningún inicio de sesión de prueba llegó a GoTo en 5 minutos. Vuelva a pulsar el botón e inicie sesión.",
    ),
    (
        "signin-waiting",
        "Esperando un inicio de sesión de prueba (hasta 5 minutos): en Azure, pulse Probar en la página Inicio de sesión único de la aplicación, o inicie sesión en GoTo con un usuario asignado.",
    ),
    ("source-failed", "no se pudieron obtener los metadatos"),
    (
        "source-fetched",
        "comprobado con los metadatos de la aplicación",
    ),
    ("source-file", "desde un archivo"),
    ("source-not-attempted", "solo valores de la página"),
    ("source-unreadable", "metadatos no utilizables"),
    (
        "state-reset",
        "Algunas opciones guardadas no se entendieron y se restablecieron.",
    ),
    (
        "tenant-independent-metadata",
        "Estos son los metadatos de Azure independientes del inquilino (common), no los de su aplicación. Use la dirección URL de metadatos de federación de aplicación que aparece en la página Inicio de sesión único de SAML de la aplicación.",
    ),
    (
        "two-metadata-urls",
        "Esta página muestra dos direcciones URL de metadatos de federación de aplicación ({0} y {1}). No se capturó nada: abra la página Inicio de sesión único de SAML de una sola aplicación.",
    ),
    (
        "two-tenants",
        "Esta página muestra la configuración del proveedor de identidades de dos inquilinos ({0} y {1}). No se capturó nada: abra la página Inicio de sesión único de SAML de una sola aplicación y compruebe qué valores le pertenecen.",
    ),
    (
        "unrecognised-input",
        "Esto no es ni un certificado (PEM, Base64 o DER) ni un XML de metadatos SAML.",
    ),
    (
        "unsafe-click",
        "No se hizo nada: {0}. Si pulsó el botón, asegúrese de que está totalmente visible y de que nada lo cubre, y vuelva a pulsarlo.",
    ),
    ("verifying", "Comprobando lo que la página conservó…"),
    ("waiting-for-fields", "Esperando los campos de este modo…"),
    (
        "waiting-for-form",
        "Esperando el formulario Proveedor de identidades…",
    ),
    (
        "waiting-for-sp-pane",
        "Esperando el panel Configuración básica de SAML…",
    ),
    (
        "waiting-for-values",
        "Esperando a que aparezcan los valores SAML…",
    ),
    ("working", "Trabajando…"),
    ("www-drop", "Suelte aquí un archivo .cer, .pem o .xml, o"),
    (
        "www-intro",
        "Suelte o pegue un certificado de firma de Azure AD (Base64 o sin procesar) o el XML de metadatos de federación de la aplicación, o pegue su dirección URL de metadatos de federación de aplicación. Todo se lee aquí, en su explorador; no se envía nada a ningún sitio, salvo la solicitud a la URL de metadatos que usted pida.",
    ),
    (
        "www-paste",
        "…o pegue PEM, Base64, XML de metadatos o una URL de metadatos",
    ),
    (
        "www-read-certificate",
        "Certificado leído: {0} certificado(s) de firma.",
    ),
    (
        "www-read-metadata",
        "Metadatos leídos: {0} certificado(s) de firma.",
    ),
    ("www-signin", "Comprobación de inicio de sesión"),
    (
        "www-signin-intro",
        "Para comprobar un inicio de sesión de prueba, pegue la respuesta SAML (Base64 tal como se envió, o XML): se comprueba con el certificado o los metadatos leídos aquí antes, y nunca se guarda ni se envía.",
    ),
    ("www-status", "Estado"),
    (
        "www-title",
        "ssobridge: leer un certificado de Azure AD o metadatos SAML",
    ),
    ("www-values", "Valores para GoTo"),
    (
        "xml-doctype-forbidden",
        "El XML declara un DOCTYPE o entidades. Los metadatos de Azure nunca lo hacen, y ese XML puede ocultar ataques, así que se rechaza.",
    ),
    ("xml-malformed", "El XML no está bien formado: {0}"),
    (
        "xml-too-deep",
        "El XML tiene más de {0} niveles de anidamiento; los metadatos de Azure no, así que se rechaza.",
    ),
    ("glance-empty", "Todavía no se ha capturado nada."),
    (
        "glance-partial",
        "Capturado en parte: agregue el certificado o el archivo de metadatos de federación (Agregar un certificado o metadatos, abajo).",
    ),
    (
        "glance-warnings",
        "Capturado, con advertencias que leer antes de rellenar GoTo: {0}.",
    ),
    (
        "glance-ready",
        "Capturado y comprobado: listo para rellenar GoTo.",
    ),
    ("glance-next", "Siguiente paso: {0}"),
    ("glance-all-done", "Todos los pasos están hechos."),
    ("popup-certificate-details", "Detalles del certificado"),
    ("popup-copy-field", "Copiar {0}"),
    (
        "signin-summary-ok",
        "Las {0} comprobaciones son correctas: GoTo aceptará este inicio de sesión.",
    ),
    (
        "signin-summary-problems",
        "{0} de {1} comprobaciones encontraron un problema; cada una indica qué cambiar.",
    ),
    ("signin-state-ok", "Correcto"),
    ("signin-state-problem", "Problema"),
    ("signin-name-status", "Estado"),
    ("signin-name-issuer", "Emisor"),
    ("signin-name-destination", "Destino"),
    ("signin-name-audience", "Audiencia"),
    ("signin-name-certificate", "Certificado"),
    ("signin-name-signed", "Firma"),
    ("signin-name-time", "Hora"),
    ("signin-name-nameid", "NameID"),
];
