//! Portuguese (Brazil): every key of [`super::table::TABLE`], in the words of the Brazilian
//! Azure portal ("Identificador (ID da Entidade)", "URL de Resposta", "Estado de Retransmissão",
//! "Impressão digital", "Certificado de Autenticação SAML" for the signing certificate, "logon
//! único"; "Configurar <app>" lists "URL de logon" and "URL de logoff", as Microsoft's pt-BR
//! tutorials say) and of GoTo's Organization Center.
//!
//! GoTo's own Portuguese help calls it "Centro da Organização", with a "guia" (tab) "Provedor de
//! identidade" (https://support.goto.com/pt/meeting/help/organization-center-g2m790003,
//! https://support.goto.com/pt/connect/help/manage-organization-users). No GoTo or Microsoft
//! page in Portuguese names the form's fields: the field, binding and mode names here are
//! unconfirmed.

/// Key → sentence, with the same `{n}` placeholders as English.
pub const TEXTS: &[(&str, &str)] = &[
    (
        "app-mismatch",
        "A página pertence ao aplicativo {0}, mas sua URL de metadados indica o aplicativo {1}. Nada foi capturado: abra novamente a página Logon único do SAML do aplicativo.",
    ),
    (
        "background-restarted",
        "O navegador interrompeu o ssobridge antes que ele terminasse: pressione o botão novamente.",
    ),
    (
        "bad-entity-id",
        "“{0}” não é um ID da entidade do Azure AD (esperado https://sts.windows.net/<tenant-id>/).",
    ),
    (
        "bad-login-url",
        "“{0}” não é uma URL de logon da Microsoft (esperado https://login.microsoftonline.com/<tenant-id>/saml2).",
    ),
    ("bad-message", "Mensagem interna rejeitada: {0}"),
    (
        "bad-metadata-url",
        "“{0}” não é uma URL de metadados de federação do Azure (esperado https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>).",
    ),
    ("button-capture", "Enviar ao GoTo"),
    ("button-confirm", "Substituir os valores diferentes"),
    ("button-copy", "Copiar"),
    ("button-fill", "Preencher a partir do Azure AD"),
    ("button-fill-sp", "Preencher valores do GoTo"),
    ("button-page-report", "Salvar um relatório da página"),
    (
        "capture-incomplete",
        "A última captura não terminou, então não há nada verificado para preencher. Adicione o certificado (Base64) ou o XML de metadados de federação na janela do ssobridge, ou pressione “Enviar ao GoTo” no Azure novamente.",
    ),
    (
        "captured",
        "Capturado e verificado com os metadados do aplicativo (certificado {0}, válido até {1}). Agora abra a guia Provedor de identidade do GoTo e pressione “Preencher a partir do Azure AD”.",
    ),
    ("cert-choice", "Escolhido"),
    ("cert-issuer", "Emissor"),
    ("cert-key", "Chave"),
    ("cert-other", "Também listado"),
    ("cert-serial", "Número de série"),
    ("cert-subject", "Assunto"),
    ("cert-valid", "Validade"),
    (
        "certificate-expired",
        "O certificado de autenticação {1} expirou em {0}; a entrada falha com ele, por isso não foi capturado. No Azure, em Certificados SAML, crie um novo certificado (ou ative um mais recente), salve e pressione “Enviar ao GoTo” novamente.",
    ),
    (
        "certificate-expiring",
        "O certificado de autenticação expira em {0}, em menos de {1} dias. Planeje a substituição: no Azure, crie um novo certificado, torne-o ativo e preencha o GoTo novamente.",
    ),
    (
        "certificate-not-active",
        "Este certificado ({0}) não é o que o Azure mostra como ativo ({1}); nada foi alterado. Baixe o certificado ativo na seção Certificados SAML do aplicativo.",
    ),
    (
        "certificate-not-yet-valid",
        "O certificado de autenticação {1} não é válido antes de {0}, por isso não foi capturado. No Azure, mantenha o certificado atual ativo até lá, ou aguarde e pressione “Enviar ao GoTo” novamente.",
    ),
    (
        "certificate-request",
        "O arquivo é uma solicitação de certificado, não um certificado. Baixe “Certificado (Base64)” do Azure.",
    ),
    (
        "check-add-app",
        "No Azure, adicione o aplicativo GoToMeeting da galeria e escolha logon único do SAML.",
    ),
    (
        "check-assign-test",
        "Atribua usuários ao aplicativo no Azure e teste a entrada.",
    ),
    (
        "check-basic-saml",
        "Preencha a Configuração Básica de SAML (Identificador, URL de Resposta, Estado de Retransmissão) e salve-a.",
    ),
    (
        "check-capture",
        "Capture a URL de logon, o ID da entidade e o certificado (Enviar ao GoTo).",
    ),
    (
        "check-goto-fill",
        "No Centro da Organização do GoTo, preencha o formulário Provedor de identidade.",
    ),
    ("check-goto-save", "Revise e salve o formulário no GoTo."),
    ("choosing-mode", "Escolhendo o modo de configuração…"),
    (
        "click-covered",
        "algo na página cobria o botão onde o clique caiu",
    ),
    (
        "click-focus-moved",
        "a tecla chegou ao botão porque a página moveu o foco para lá, não você",
    ),
    (
        "click-no-round",
        "esta etapa não seguiu um clique seu no botão",
    ),
    (
        "click-not-trusted",
        "o clique não veio de você, mas de um script",
    ),
    (
        "click-off-screen",
        "o botão não estava inteiro dentro da janela",
    ),
    (
        "click-restyled",
        "a página tinha movido ou mudado o estilo do botão",
    ),
    (
        "click-too-soon",
        "o botão de confirmação foi clicado no instante em que apareceu, antes que pudesse ser lido",
    ),
    (
        "click-transparent",
        "a página tinha deixado o botão transparente ou oculto",
    ),
    (
        "conflict",
        "Já há valores diferentes: {0}. Pressione “Substituir os valores diferentes” para sobrescrevê-los.",
    ),
    ("drift-difference", "{0}: GoTo “{1}” ≠ Azure “{2}”"),
    ("drift-differs", "O GoTo difere do Azure:"),
    (
        "drift-in-sync",
        "O GoTo tem o que o Azure tem: sincronizados.",
    ),
    ("empty-input", "A entrada está vazia."),
    (
        "extDescription",
        "Passa as configurações SAML de um aplicativo do Azure AD ao Centro da Organização do GoTo, e as do GoTo ao Azure. Nada sai do PC.",
    ),
    ("extName", "ssobridge: SAML do Azure AD para o GoTo"),
    (
        "fetch-http-status",
        "O servidor respondeu HTTP {0} em vez dos metadados.",
    ),
    (
        "fetch-network",
        "A solicitação falhou (offline, ou bloqueada pela rede ou por outra extensão).",
    ),
    (
        "fetch-redirected",
        "O servidor redirecionou para outro endereço, o que o ssobridge nunca segue.",
    ),
    (
        "fetch-timed-out",
        "Nenhuma resposta completa chegou em {0} segundos.",
    ),
    (
        "fetch-too-large",
        "A resposta tem mais de {0} bytes, muito mais do que quaisquer metadados, então a leitura parou.",
    ),
    (
        "fetching-metadata",
        "Lendo os metadados de federação do aplicativo…",
    ),
    ("field-certificate", "certificado de autenticação"),
    ("field-change", "{0}: “{1}” → “{2}”"),
    ("field-entity-id", "ID da Entidade"),
    ("field-metadata-url", "URL de metadados"),
    ("field-metadata-xml", "arquivo de metadados"),
    ("field-not-after", "Expira em"),
    ("field-sign-in-url", "URL de logon"),
    ("field-sign-out-url", "URL de logoff"),
    ("field-tenant-id", "ID do locatário"),
    ("field-thumbprint-sha1", "Impressão digital (SHA-1)"),
    (
        "filled",
        "{0} campo(s) preenchido(s); {1} já correto(s). Revise o formulário e pressione Salvar.",
    ),
    ("form-certificate", "Certificado de verificação"),
    ("form-entity-id", "ID da entidade do provedor de identidade"),
    ("form-identifier", "Identificador (ID da Entidade)"),
    (
        "form-identity-provider-fields",
        "Campos do provedor de identidade",
    ),
    ("form-metadata-file", "Arquivo de metadados"),
    ("form-metadata-url", "URL de metadados"),
    (
        "form-not-found",
        "O formulário não foi encontrado nesta página: falta {0}.",
    ),
    ("form-relay-state", "Estado de Retransmissão"),
    ("form-reply-url", "URL de Resposta"),
    ("form-sign-in-binding", "Associação de entrada"),
    ("form-sign-in-url", "URL da página de entrada"),
    ("form-sign-out-binding", "Associação de saída"),
    ("form-sign-out-url", "URL da página de saída"),
    (
        "frame-ancestry-unknown",
        "o navegador não informa qual site enquadra esta página",
    ),
    (
        "frame-foreign-ancestor",
        "esta página está enquadrada por outro site",
    ),
    ("frame-not-allowed", "O ssobridge não age aqui: {0}."),
    ("frame-sandboxed", "este quadro está em área restrita"),
    ("host-not-allowed", "O ssobridge não age em {0}."),
    (
        "input-too-large",
        "O arquivo tem {0} bytes; o ssobridge lê no máximo {1} bytes (1 MiB). Os metadados e certificados do Azure são bem menores, então provavelmente é o arquivo errado.",
    ),
    (
        "invalid-base64",
        "O texto Base64 não pode ser decodificado ({0}); ele pode estar truncado ou danificado. Copie o certificado inteiro novamente.",
    ),
    (
        "invalid-pem",
        "O texto PEM está danificado ({0}). Ele deve começar com -----BEGIN CERTIFICATE----- e terminar com -----END CERTIFICATE-----.",
    ),
    ("lang", "pt-BR"),
    (
        "metadata-fetch-failed",
        "Não foi possível obter os metadados de federação do aplicativo: {0} O que a página mostra foi mantido; adicione o certificado (Base64) ou o XML de metadados de federação na janela do ssobridge.",
    ),
    (
        "metadata-unknown",
        "O que a página mostra foi mantido, mas a URL de metadados não está na página, então falta o certificado: adicione o certificado (Base64) ou o XML de metadados de federação na janela do ssobridge.",
    ),
    (
        "metadata-unreadable",
        "Os metadados de federação do aplicativo foram obtidos, mas não podem ser usados: {0} O que a página mostra foi mantido; adicione o certificado (Base64) ou o XML de metadados de federação na janela do ssobridge.",
    ),
    (
        "missing-value",
        "Não capturado: {0}. Capture na página Logon único do SAML do Azure, ou adicione o certificado ou o arquivo de metadados na janela do ssobridge.",
    ),
    ("mode-automatic", "Automático (URL de metadados)"),
    ("mode-manual", "Manual"),
    ("mode-metadata-file", "Carregar arquivo de metadados"),
    (
        "mode-not-available",
        "A lista de configuração não oferece ou não mantém o modo {0}. Escolha-o manualmente e pressione o botão novamente.",
    ),
    (
        "no-sign-in-service",
        "Os metadados não indicam nenhuma URL de logon (nenhum SingleSignOnService com a associação HTTP-Redirect ou HTTP-POST), então o GoTo não poderia enviar os usuários ao Azure.",
    ),
    (
        "no-signing-certificate",
        "Os metadados não indicam nenhum certificado de autenticação (KeyDescriptor use=\"signing\").",
    ),
    (
        "not-a-certificate",
        "Os dados não são um certificado X.509 ({0}).",
    ),
    (
        "not-metadata",
        "O XML não é de metadados SAML: não tem um EntityDescriptor com um IDPSSODescriptor.",
    ),
    (
        "not-saml-response",
        "Esta não é uma resposta SAML 2.0. Informe o valor SAMLResponse como enviado (Base64), o corpo do formulário que o contém ou o XML samlp:Response decodificado.",
    ),
    (
        "nothing-captured",
        "Nada foi capturado ainda. Primeiro abra a página Logon único do SAML do aplicativo no Azure e pressione “Enviar ao GoTo”.",
    ),
    (
        "nothing-found",
        "Nenhuma configuração SAML foi encontrada nesta página. Aguarde até a página carregar ou abra a página Logon único do SAML do aplicativo.",
    ),
    ("outcome-already-correct", "já correto"),
    ("outcome-attached", "arquivo anexado"),
    ("outcome-conflict", "contém outro valor"),
    ("outcome-filled", "preenchido"),
    ("outcome-refused", "recusado pela página: cole manualmente"),
    (
        "page-disagrees",
        "A página e os metadados do aplicativo não concordam, então nada foi capturado (as configurações anteriores permanecem): {0}. Recarregue a página; se persistir, verifique o aplicativo no Azure.",
    ),
    (
        "page-metadata-difference",
        "{0}: a página mostra {1}, os metadados dizem {2}",
    ),
    (
        "page-report-unavailable",
        "O ssobridge não lê esta guia: um relatório da página é feito no portal do Azure ou no Centro da Organização do GoTo.",
    ),
    (
        "policy-invalid-value",
        "A política da sua organização define {0} como {1}, que o ssobridge não entende; isso é ignorado.",
    ),
    (
        "policy-locked",
        "{0} é definido pela sua organização e não pode ser alterado aqui.",
    ),
    (
        "policy-not-object",
        "A política da sua organização para o ssobridge não é um conjunto de valores nomeados ({0}); ela é ignorada.",
    ),
    (
        "policy-set-by-organisation",
        "Definido pela sua organização",
    ),
    (
        "policy-unknown-key",
        "A política da sua organização nomeia {0}, que não é uma configuração do ssobridge; isso é ignorado.",
    ),
    (
        "policy-unreadable",
        "O navegador não conseguiu ler a política da sua organização para o ssobridge ({0}), então a verificação de entrada fica desativada até que consiga.",
    ),
    ("popup-add", "Adicionar um certificado ou metadados"),
    ("popup-added", "Adicionado."),
    ("popup-checklist", "Lista de configuração"),
    ("popup-clear", "Limpar"),
    ("popup-cleared", "Limpo."),
    ("popup-copy", "Copiar"),
    ("popup-download-pem", "Baixar PEM"),
    (
        "popup-drop",
        "Solte aqui Certificado (Base64), Certificado (Bruto) ou XML de Metadados de Federação, ou escolha um arquivo",
    ),
    ("popup-fetch", "Ler"),
    ("popup-fill", "Como preencher o GoTo"),
    ("popup-last-fill", "Último preenchimento"),
    (
        "popup-metadata-url",
        "URL de Metadados de Federação do Aplicativo",
    ),
    ("popup-mode", "Modo"),
    (
        "popup-nothing",
        "Nada foi capturado ainda. Abra a página Logon único do SAML do aplicativo no Azure e pressione “Enviar ao GoTo”.",
    ),
    ("popup-page-report", "Relatório da página"),
    (
        "popup-page-report-about",
        "O que o ssobridge viu desta página, com cada valor substituído por sua forma (nenhum locatário, aplicativo, pessoa ou certificado). Nada é enviado: você salva o arquivo e pode anexá-lo a um problema se o ssobridge não entender a página.",
    ),
    (
        "popup-page-report-show",
        "Mostrar o que o ssobridge vê nesta página",
    ),
    ("popup-product", "Produto GoTo (Estado de Retransmissão)"),
    ("popup-settings", "Configurações do Azure AD capturadas"),
    ("popup-signin", "Verificar uma entrada de teste"),
    (
        "private-key",
        "O arquivo contém uma chave privada. O ssobridge nunca lê chaves privadas; o GoTo precisa apenas do certificado. Mantenha este arquivo em segredo.",
    ),
    (
        "reason-matches-portal-thumbprint",
        "Sua impressão digital é a que o portal do Azure mostra como ativa.",
    ),
    (
        "reason-newest-valid",
        "Ele é válido agora e é o emitido mais recentemente dos certificados válidos.",
    ),
    (
        "reason-none-valid-latest-expiry",
        "Nenhum certificado é válido agora; este é o último a expirar. Renove o certificado no Azure.",
    ),
    ("reason-only", "É o único certificado de autenticação."),
    (
        "refused",
        "A página não manteve: {0}. Copie o valor na janela do ssobridge e cole manualmente.",
    ),
    (
        "response-base64",
        "O valor SAMLResponse não pode ser decodificado como Base64 ({0}); ele pode estar truncado. Copie o valor inteiro novamente.",
    ),
    (
        "several-idp-entities",
        "Os metadados descrevem vários provedores de identidade ({0}) e nenhum é o locatário deste aplicativo. Use a URL de Metadados de Federação do Aplicativo do próprio aplicativo.",
    ),
    (
        "several-signing-certificates",
        "A entrada lista {0} certificados de autenticação (uma substituição). O certificado {1} foi escolhido: {2}",
    ),
    (
        "signin-audience-differs",
        "A Audience da declaração é {0}, mas o GoTo aceita apenas {1}: na Configuração Básica de SAML do Azure, defina Identificador (ID da Entidade) como {1}.",
    ),
    (
        "signin-audience-missing",
        "A declaração não indica nenhuma Audience, e o GoTo espera {0}: na Configuração Básica de SAML do Azure, defina Identificador (ID da Entidade) como {0}.",
    ),
    (
        "signin-audience-ok",
        "A declaração é destinada a {0}, o ID da entidade do GoTo.",
    ),
    (
        "signin-certificate-differs",
        "O Azure assina com o certificado {0}; o GoTo tem {1}: capture novamente no Azure (Enviar ao GoTo) e preencha o GoTo novamente com o certificado que o Azure marca como ativo.",
    ),
    (
        "signin-certificate-expired",
        "O Azure assina com o certificado {0}, que expirou em {1}: em Certificados SAML do Azure, crie um novo certificado e torne-o ativo; depois capture e preencha o GoTo novamente.",
    ),
    (
        "signin-certificate-newer",
        "O Azure assina com o certificado mais recente {0}; o GoTo ainda tem {1}: capture novamente no Azure (Enviar ao GoTo) e preencha o GoTo novamente, para que o GoTo receba {0}.",
    ),
    (
        "signin-certificate-not-named",
        "A assinatura não inclui seu certificado, então o ssobridge não pode saber com qual o Azure assina; o GoTo a verifica com o certificado que tem.",
    ),
    (
        "signin-certificate-not-yet-valid",
        "O Azure assina com o certificado {0}, que só é válido a partir de {1}: verifique o relógio deste computador e, em Certificados SAML do Azure, torne ativo um certificado válido atualmente.",
    ),
    (
        "signin-certificate-ok",
        "O Azure assina com o certificado {0} (válido até {1}), o que o GoTo tem.",
    ),
    (
        "signin-certificate-older",
        "O Azure ainda assina com o certificado anterior {0}; o GoTo já tem {1}: em Certificados SAML do Azure, torne {1} ativo (ou preencha o GoTo novamente com {0}).",
    ),
    (
        "signin-certificate-unchecked",
        "O Azure assina com o certificado {0} (válido até {1}). Nada capturado para comparar: o Certificado de verificação do GoTo deve ter esta impressão digital.",
    ),
    (
        "signin-certificate-unreadable",
        "O certificado na assinatura não pode ser lido: {0}",
    ),
    (
        "signin-certificate-unsigned",
        "A resposta não tem assinatura, então não há certificado para comparar (veja a verificação da assinatura).",
    ),
    (
        "signin-check-off",
        "Sua organização desativou a verificação de entrada.",
    ),
    (
        "signin-code-authn-failed",
        "O Azure não conseguiu autenticar o usuário.",
    ),
    (
        "signin-code-invalid-attr-name-or-value",
        "O Azure não aceitou um nome ou valor de atributo na solicitação.",
    ),
    (
        "signin-code-invalid-name-id-policy",
        "O Azure não pode emitir o formato de NameID que a solicitação pede: em Atributos e Declarações do Azure, dê ao Identificador de Usuário Exclusivo (ID do Nome) o formato Endereço de email.",
    ),
    (
        "signin-code-no-authn-context",
        "O Azure não pode conectar o usuário da forma que a solicitação pede.",
    ),
    (
        "signin-code-no-available-idp",
        "Nenhum provedor de identidade está disponível para conectar o usuário.",
    ),
    (
        "signin-code-no-passive",
        "O usuário teria de entrar de forma interativa, o que a solicitação não permitia: entre no Azure primeiro e teste novamente.",
    ),
    (
        "signin-code-no-supported-idp",
        "Nenhum dos provedores de identidade que a solicitação indica é compatível.",
    ),
    ("signin-code-partial-logout", "A saída não foi completa."),
    (
        "signin-code-proxy-count-exceeded",
        "A solicitação passou por mais provedores de identidade do que permite.",
    ),
    (
        "signin-code-request-denied",
        "O Azure recusou a entrada deste usuário: em Usuários e grupos do aplicativo no Azure, atribua o usuário ou um de seus grupos.",
    ),
    (
        "signin-code-request-unsupported",
        "O Azure não oferece suporte a algo na solicitação.",
    ),
    (
        "signin-code-request-version-deprecated",
        "O Azure não aceita mais solicitações desta versão do SAML.",
    ),
    (
        "signin-code-request-version-too-high",
        "A versão do SAML da solicitação é mais nova do que o Azure aceita.",
    ),
    (
        "signin-code-request-version-too-low",
        "A versão do SAML da solicitação é mais antiga do que o Azure aceita.",
    ),
    (
        "signin-code-requester",
        "O Azure encontrou um erro na solicitação: verifique Identificador (ID da Entidade) e URL de Resposta na Configuração Básica de SAML do Azure.",
    ),
    (
        "signin-code-resource-not-recognized",
        "O Azure não reconhece o aplicativo ao qual a solicitação se destina: verifique Identificador (ID da Entidade) na Configuração Básica de SAML do Azure.",
    ),
    (
        "signin-code-responder",
        "O Azure não conseguiu concluir a entrada do seu lado.",
    ),
    (
        "signin-code-too-many-responses",
        "A resposta conteria mais declarações do que a solicitação permite.",
    ),
    (
        "signin-code-unknown",
        "O ssobridge não sabe descrever este código de status; procure-o nos logs de entrada do Azure.",
    ),
    (
        "signin-code-unknown-attr-profile",
        "O Azure não conhece o perfil de atributos que a solicitação pede.",
    ),
    (
        "signin-code-unknown-principal",
        "O Azure não conhece este usuário: verifique se o usuário existe no locatário e está atribuído ao aplicativo.",
    ),
    (
        "signin-code-unsupported-binding",
        "O Azure não pode responder com a associação que a solicitação pede.",
    ),
    (
        "signin-code-version-mismatch",
        "O Azure não aceita a versão do SAML da solicitação.",
    ),
    (
        "signin-destination-differs",
        "{0} é {1}, não {2} do GoTo: na Configuração Básica de SAML do Azure, defina URL de Resposta (URL do Serviço do Consumidor de Declaração) como {2}.",
    ),
    (
        "signin-destination-missing",
        "A resposta não indica nem Destination nem Recipient, e o GoTo espera {0}: na Configuração Básica de SAML do Azure, defina URL de Resposta (URL do Serviço do Consumidor de Declaração) como {0}.",
    ),
    (
        "signin-destination-ok",
        "A resposta é endereçada à URL de Resposta do GoTo {0}.",
    ),
    (
        "signin-encrypted",
        "A declaração está criptografada, então o ssobridge não pode lê-la, e a configuração SAML do GoTo espera uma declaração não criptografada: no Azure, abra a página Criptografia de token do aplicativo e desative o certificado lá.",
    ),
    (
        "signin-issuer-differs",
        "A resposta é emitida por {0}, mas o GoTo tem o ID da entidade {1}: se este for o aplicativo certo, capture-o no Azure e preencha o GoTo novamente (ID da entidade do provedor de identidade); caso contrário, teste com o aplicativo a partir do qual o GoTo foi preenchido.",
    ),
    (
        "signin-issuer-inconsistent",
        "A resposta é emitida por {0}, mas sua declaração por {1}; o GoTo espera um único provedor de identidade para ambas.",
    ),
    (
        "signin-issuer-missing",
        "A resposta não indica nenhum Issuer, então o GoTo não pode saber qual provedor de identidade a enviou.",
    ),
    (
        "signin-issuer-ok",
        "A resposta é emitida por {0}, o ID da entidade que o GoTo tem.",
    ),
    (
        "signin-issuer-unchecked",
        "A resposta é emitida por {0}. Nada capturado para comparar: o ID da entidade do provedor de identidade no GoTo deve ser exatamente este, incluindo a barra final.",
    ),
    (
        "signin-nameid-missing",
        "A declaração não indica o usuário (sem NameID), e o GoTo encontra os usuários pelo email: em Atributos e Declarações do Azure, defina Identificador de Usuário Exclusivo (ID do Nome) como user.mail ou user.userprincipalname com o formato Endereço de email.",
    ),
    (
        "signin-nameid-not-email",
        "O usuário é identificado como {0} (formato {1}), que não é um endereço de email, e o GoTo encontra os usuários pelo email: em Atributos e Declarações do Azure, defina Identificador de Usuário Exclusivo (ID do Nome) como user.mail ou user.userprincipalname com o formato Endereço de email.",
    ),
    (
        "signin-nameid-ok",
        "O usuário é identificado como {0}, um endereço de email: o GoTo encontra o usuário por ele.",
    ),
    (
        "signin-no-assertion",
        "A resposta não tem declaração: o Azure não conectou ninguém (veja a verificação do status).",
    ),
    (
        "signin-permission-refused",
        "A verificação de entrada precisa ver o que o navegador envia ao endereço de entrada do GoTo; sem essa permissão, ela não pode ser executada.",
    ),
    (
        "signin-privacy",
        "A resposta SAML identifica uma pessoa: o ssobridge a lê no seu navegador, nunca a armazena nem a envia, e mantém apenas estes resultados.",
    ),
    (
        "signin-signed-assertion",
        "A declaração está assinada (o ssobridge não verifica a assinatura; o GoTo verifica, com o certificado que tem).",
    ),
    (
        "signin-signed-both",
        "A resposta e sua declaração estão assinadas (o ssobridge não verifica as assinaturas; o GoTo verifica, com o certificado que tem).",
    ),
    (
        "signin-signed-missing",
        "Nem a resposta nem sua declaração estão assinadas, e o GoTo recusa entradas não assinadas: em Certificados SAML do Azure, defina Opção de Assinatura como Assinar declaração SAML.",
    ),
    (
        "signin-signed-response",
        "A resposta está assinada (o ssobridge não verifica a assinatura; o GoTo verifica, com o certificado que tem).",
    ),
    (
        "signin-status-missing",
        "A resposta não tem código de status, então não diz que o usuário entrou; o GoTo a recusa.",
    ),
    (
        "signin-status-ok",
        "O Azure respondeu Success: o usuário entrou.",
    ),
    (
        "signin-status-problem",
        "O Azure respondeu {0} em vez de Success: {1}",
    ),
    (
        "signin-status-problem-message",
        "O Azure respondeu {0} em vez de Success: {1} Mensagem do Azure: {2}",
    ),
    (
        "signin-status-version",
        "A resposta é SAML versão {0}; o GoTo aceita apenas SAML 2.0. No Azure, configure o aplicativo para logon único do SAML.",
    ),
    (
        "signin-time-early",
        "{0} é {1}; agora são {2}, mais de 5 minutos (a diferença de relógio que o GoTo permite) antes, então pelo relógio deste computador a resposta ainda não é válida. Um relógio está errado: acerte o relógio deste computador e teste novamente.",
    ),
    (
        "signin-time-expired",
        "{0} era {1}; agora são {2}, mais de 5 minutos (a diferença de relógio que o GoTo permite) depois, então o GoTo recusa a resposta como expirada. Entre novamente para obter uma nova; se ela era nova, acerte o relógio deste computador.",
    ),
    (
        "signin-time-none",
        "A declaração não define período de validade (nem NotBefore nem NotOnOrAfter).",
    ),
    (
        "signin-time-ok",
        "A declaração é válida de {0} a {1}, e agora são {2}: dentro, com os 5 minutos de diferença de relógio que o GoTo permite.",
    ),
    ("signin-time-open", "(não definido)"),
    (
        "signin-time-unreadable",
        "{0} contém “{1}”, que não é um horário que o ssobridge consiga ler.",
    ),
    (
        "signin-timed-out",
        "Nenhuma entrada de teste chegou ao GoTo em 5 minutos. Pressione o botão novamente e entre.",
    ),
    (
        "signin-waiting",
        "Aguardando uma entrada de teste (até 5 minutos): no Azure, pressione Testar na página Logon único do aplicativo, ou entre no GoTo com um usuário atribuído.",
    ),
    ("source-failed", "não foi possível obter os metadados"),
    (
        "source-fetched",
        "verificado com os metadados do aplicativo",
    ),
    ("source-file", "de um arquivo"),
    ("source-not-attempted", "somente valores da página"),
    ("source-unreadable", "metadados não utilizáveis"),
    (
        "state-reset",
        "Algumas configurações armazenadas não foram entendidas e foram redefinidas.",
    ),
    (
        "tenant-independent-metadata",
        "Estes são os metadados do Azure independentes de locatário (common), não os do seu aplicativo. Use a URL de Metadados de Federação do Aplicativo mostrada na página Logon único do SAML do aplicativo.",
    ),
    (
        "two-metadata-urls",
        "Esta página mostra duas URLs de Metadados de Federação do Aplicativo ({0} e {1}). Nada foi capturado: abra a página Logon único do SAML de um só aplicativo.",
    ),
    (
        "two-tenants",
        "Esta página mostra as configurações do provedor de identidade de dois locatários ({0} e {1}). Nada foi capturado: abra a página Logon único do SAML de um só aplicativo e verifique quais valores pertencem a ele.",
    ),
    (
        "unrecognised-input",
        "Isto não é um certificado (PEM, Base64 ou DER) nem XML de metadados SAML.",
    ),
    (
        "unsafe-click",
        "Nada foi feito: {0}. Se você clicou no botão, verifique se ele está totalmente visível e se nada o cobre, e clique novamente.",
    ),
    ("verifying", "Verificando o que a página manteve…"),
    ("waiting-for-fields", "Aguardando os campos deste modo…"),
    (
        "waiting-for-form",
        "Aguardando o formulário Provedor de identidade…",
    ),
    (
        "waiting-for-sp-pane",
        "Aguardando o painel Configuração Básica de SAML…",
    ),
    (
        "waiting-for-values",
        "Aguardando os valores SAML aparecerem…",
    ),
    ("working", "Processando…"),
    ("www-drop", "Solte aqui um arquivo .cer, .pem ou .xml, ou"),
    (
        "www-intro",
        "Solte ou cole um certificado de autenticação do Azure AD (Base64 ou Bruto) ou o XML de Metadados de Federação do aplicativo, ou cole sua URL de Metadados de Federação do Aplicativo. Tudo é lido aqui, no seu navegador; nada é enviado a lugar nenhum, exceto a solicitação à URL de metadados que você pedir.",
    ),
    (
        "www-paste",
        "…ou cole PEM, Base64, XML de metadados ou uma URL de metadados",
    ),
    (
        "www-read-certificate",
        "Certificado lido: {0} certificado(s) de autenticação.",
    ),
    (
        "www-read-metadata",
        "Metadados lidos: {0} certificado(s) de autenticação.",
    ),
    ("www-signin", "Verificação de entrada"),
    (
        "www-signin-intro",
        "Para verificar uma entrada de teste, cole a resposta SAML (Base64 como enviada, ou XML): ela é verificada com o certificado ou os metadados lidos aqui antes, e nunca é armazenada nem enviada.",
    ),
    ("www-status", "Status"),
    (
        "www-title",
        "ssobridge: ler um certificado do Azure AD ou metadados SAML",
    ),
    ("www-values", "Valores para o GoTo"),
    (
        "xml-doctype-forbidden",
        "O XML declara um DOCTYPE ou entidades. Os metadados do Azure nunca fazem isso, e um XML assim pode esconder ataques, então ele é recusado.",
    ),
    ("xml-malformed", "O XML não está bem formado: {0}"),
    (
        "xml-too-deep",
        "O XML tem mais de {0} níveis de aninhamento; os metadados do Azure não têm, então ele é recusado.",
    ),
    ("glance-empty", "Nada foi capturado ainda."),
    (
        "glance-partial",
        "Capturado em parte: adicione o certificado ou o arquivo de metadados de federação (Adicionar um certificado ou metadados, abaixo).",
    ),
    (
        "glance-warnings",
        "Capturado, com avisos a ler antes de preencher o GoTo: {0}.",
    ),
    (
        "glance-ready",
        "Capturado e verificado: pronto para preencher o GoTo.",
    ),
    ("glance-next", "Próxima etapa: {0}"),
    ("glance-all-done", "Todas as etapas foram concluídas."),
    ("popup-certificate-details", "Detalhes do certificado"),
    ("popup-copy-field", "Copiar {0}"),
    (
        "signin-summary-ok",
        "Todas as {0} verificações foram aprovadas: o GoTo aceitará este logon.",
    ),
    (
        "signin-summary-problems",
        "{0} de {1} verificações encontraram um problema; cada uma diz o que alterar.",
    ),
    ("signin-state-ok", "OK"),
    ("signin-state-problem", "Problema"),
    ("signin-name-status", "Status"),
    ("signin-name-issuer", "Emissor"),
    ("signin-name-destination", "Destino"),
    ("signin-name-audience", "Público"),
    ("signin-name-certificate", "Certificado"),
    ("signin-name-signed", "Assinatura"),
    ("signin-name-time", "Hora"),
    ("signin-name-nameid", "NameID"),
];
