//! Japanese: every key of [`super::table::TABLE`], in the words of the Japanese Azure portal
//! ("識別子 (エンティティ ID)", "応答 URL", "リレー状態", "拇印", "SAML 証明書", "基本的な SAML
//! 構成"; "<app> のセットアップ" lists "ログイン URL" and "ログアウト URL", while "サインオン URL" is
//! the app's own Sign on URL) and of GoTo's Organization Center ("ID プロバイダー").
//!
//! GoTo publishes no Japanese help for this form, so its names follow Microsoft's ja-JP
//! GoToMeeting tutorials: "GoToMeeting Organization Center" (docs.microsoft.com/ja-jp/azure/
//! active-directory/saas-apps/citrix-gotomeeting-tutorial, 2019), and the [ID プロバイダー] tab
//! whose fields keep GoTo's English names: "[Sign-in page URL]", "[Sign-out page URL]",
//! "[Identity Provider Entity ID]", then "[保存]" (docs.microsoft.com/ja-jp/azure/
//! active-directory/active-directory-saas-citrix-gotomeeting-tutorial, 2016). That tutorial
//! also quotes the mode as "[Manual]"; the popup's three mode names stay Japanese alike. The
//! bindings, the certificate, the metadata fields and the Automatic/Upload mode names are
//! unconfirmed.

/// Key → sentence, with the same `{n}` placeholders as English.
pub const TEXTS: &[(&str, &str)] = &[
    (
        "app-mismatch",
        "このページはアプリ {0} のものですが、メタデータ URL はアプリ {1} を指しています。何も取得していません: アプリの「SAML によるシングル サインオン」ページを開き直してください。",
    ),
    (
        "background-restarted",
        "ssobridge の処理が終わる前にブラウザーが中断しました: もう一度ボタンを押してください。",
    ),
    (
        "bad-entity-id",
        "「{0}」は Azure AD のエンティティ ID ではありません (想定: https://sts.windows.net/<tenant-id>/)。",
    ),
    (
        "bad-login-url",
        "「{0}」は Microsoft のログイン URL ではありません (想定: https://login.microsoftonline.com/<tenant-id>/saml2)。",
    ),
    ("bad-message", "内部メッセージが拒否されました: {0}"),
    (
        "bad-metadata-url",
        "「{0}」は Azure のフェデレーション メタデータ URL ではありません (想定: https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>)。",
    ),
    ("button-capture", "GoTo に送る"),
    ("button-confirm", "異なる値を置き換える"),
    ("button-copy", "コピー"),
    ("button-fill", "Azure AD から入力"),
    ("button-fill-sp", "GoTo の値を入力"),
    ("button-page-report", "ページ レポートを保存"),
    (
        "capture-incomplete",
        "前回の取得が完了しなかったため、入力できる確認済みの値がありません。ssobridge のポップアップで証明書 (Base64) またはフェデレーション メタデータ XML を追加するか、Azure でもう一度「GoTo に送る」を押してください。",
    ),
    (
        "captured",
        "取得し、アプリのメタデータと照合しました (証明書 {0}、有効期限 {1})。次に GoTo の [ID プロバイダー] タブを開き、「Azure AD から入力」を押してください。",
    ),
    ("cert-choice", "選択"),
    ("cert-issuer", "発行者"),
    ("cert-key", "キー"),
    ("cert-other", "その他の証明書"),
    ("cert-serial", "シリアル番号"),
    ("cert-subject", "サブジェクト"),
    ("cert-valid", "有効期間"),
    (
        "certificate-expired",
        "署名証明書 {1} は {0} に期限切れになりました。この証明書ではサインインできないため、取得していません。Azure の [SAML 証明書] で新しい証明書を作成し (または新しい証明書をアクティブにし)、保存してから、もう一度「GoTo に送る」を押してください。",
    ),
    (
        "certificate-expiring",
        "署名証明書の有効期限は {0} で、{1} 日以内です。切り替えを計画してください: Azure で新しい証明書を作成してアクティブにし、GoTo にもう一度入力します。",
    ),
    (
        "certificate-not-active",
        "この証明書 ({0}) は Azure がアクティブと表示している証明書 ({1}) ではありません。何も変更していません。アプリの [SAML 証明書] セクションからアクティブな証明書をダウンロードしてください。",
    ),
    (
        "certificate-not-yet-valid",
        "署名証明書 {1} は {0} より前は有効でないため、取得していません。Azure でそれまで現在の証明書をアクティブのままにするか、待ってからもう一度「GoTo に送る」を押してください。",
    ),
    (
        "certificate-request",
        "このファイルは証明書ではなく証明書要求です。代わりに Azure から「証明書 (Base64)」をダウンロードしてください。",
    ),
    (
        "check-add-app",
        "Azure でギャラリーから GoToMeeting アプリを追加し、SAML によるシングル サインオンを選択します。",
    ),
    (
        "check-assign-test",
        "Azure でアプリにユーザーを割り当て、サインインをテストします。",
    ),
    (
        "check-basic-saml",
        "基本的な SAML 構成 (識別子、応答 URL、リレー状態) を入力して保存します。",
    ),
    (
        "check-capture",
        "ログイン URL、エンティティ ID、証明書を取得します (GoTo に送る)。",
    ),
    (
        "check-goto-fill",
        "GoTo の Organization Center で [ID プロバイダー] フォームに入力します。",
    ),
    ("check-goto-save", "GoTo でフォームを確認して保存します。"),
    ("choosing-mode", "構成モードを選択しています…"),
    (
        "click-covered",
        "クリックした位置でページ上の何かがボタンを覆っていました",
    ),
    (
        "click-focus-moved",
        "キー入力がボタンに届いたのは、あなたではなくページがフォーカスを移動したためです",
    ),
    (
        "click-no-round",
        "この手順はボタンのクリックに続くものではありませんでした",
    ),
    (
        "click-not-trusted",
        "クリックはあなたではなくスクリプトによるものでした",
    ),
    (
        "click-off-screen",
        "ボタンがウィンドウ内に完全に表示されていませんでした",
    ),
    (
        "click-restyled",
        "ページがボタンを移動したか、スタイルを変更していました",
    ),
    (
        "click-too-soon",
        "確認ボタンが表示された瞬間に、読まれる前にクリックされました",
    ),
    (
        "click-transparent",
        "ページがボタンを透明または非表示にしていました",
    ),
    (
        "conflict",
        "既に異なる値が入力されています: {0}。上書きするには「異なる値を置き換える」を押してください。",
    ),
    ("drift-difference", "{0}: GoTo「{1}」≠ Azure「{2}」"),
    ("drift-differs", "GoTo と Azure が異なります:"),
    (
        "drift-in-sync",
        "GoTo は Azure と同じ値を保持しています: 同期済み。",
    ),
    ("empty-input", "入力が空です。"),
    (
        "extDescription",
        "Azure AD アプリの SAML 設定を読み取って GoTo の Organization Center に入力し、GoTo の値を Azure に入力します。データがコンピューターの外に出ることはありません。",
    ),
    ("extName", "ssobridge: Azure AD の SAML を GoTo へ"),
    (
        "fetch-http-status",
        "サーバーはメタデータの代わりに HTTP {0} を返しました。",
    ),
    (
        "fetch-network",
        "要求が失敗しました (オフライン、またはネットワークや別の拡張機能によるブロック)。",
    ),
    (
        "fetch-redirected",
        "サーバーが別のアドレスにリダイレクトしました。ssobridge はリダイレクトに従いません。",
    ),
    (
        "fetch-timed-out",
        "{0} 秒以内に完全な応答が届きませんでした。",
    ),
    (
        "fetch-too-large",
        "応答が {0} バイトを超えており、メタデータとしては大きすぎるため、読み取りを中止しました。",
    ),
    (
        "fetching-metadata",
        "アプリのフェデレーション メタデータを読み取っています…",
    ),
    ("field-certificate", "署名証明書"),
    ("field-change", "{0}:「{1}」→「{2}」"),
    ("field-entity-id", "エンティティ ID"),
    ("field-metadata-url", "メタデータ URL"),
    ("field-metadata-xml", "メタデータ ファイル"),
    ("field-not-after", "有効期限"),
    ("field-sign-in-url", "ログイン URL"),
    ("field-sign-out-url", "ログアウト URL"),
    ("field-tenant-id", "テナント ID"),
    ("field-thumbprint-sha1", "拇印 (SHA-1)"),
    (
        "filled",
        "{0} 個のフィールドに入力しました。{1} 個は既に正しい値です。フォームを確認してから [保存] を押してください。",
    ),
    ("form-certificate", "検証証明書"),
    ("form-entity-id", "Identity Provider Entity ID"),
    ("form-identifier", "識別子 (エンティティ ID)"),
    (
        "form-identity-provider-fields",
        "ID プロバイダーのフィールド",
    ),
    ("form-metadata-file", "メタデータ ファイル"),
    ("form-metadata-url", "メタデータ URL"),
    (
        "form-not-found",
        "このページにフォームが見つかりません: {0} がありません。",
    ),
    ("form-relay-state", "リレー状態"),
    ("form-reply-url", "応答 URL"),
    ("form-sign-in-binding", "サインインのバインディング"),
    ("form-sign-in-url", "Sign-in page URL"),
    ("form-sign-out-binding", "サインアウトのバインディング"),
    ("form-sign-out-url", "Sign-out page URL"),
    (
        "frame-ancestry-unknown",
        "このページをどのサイトが埋め込んでいるか、ブラウザーが示していません",
    ),
    (
        "frame-foreign-ancestor",
        "このページは別のサイトに埋め込まれています",
    ),
    (
        "frame-not-allowed",
        "ssobridge はここでは動作しません: {0}。",
    ),
    (
        "frame-sandboxed",
        "このフレームはサンドボックス化されています",
    ),
    ("host-not-allowed", "ssobridge は {0} では動作しません。"),
    (
        "input-too-large",
        "ファイルは {0} バイトです。ssobridge が読み取るのは最大 {1} バイト (1 MiB) です。Azure のメタデータや証明書はずっと小さいため、おそらく別のファイルです。",
    ),
    (
        "invalid-base64",
        "Base64 テキストをデコードできません ({0})。途中で切れているか壊れている可能性があります。証明書全体をもう一度コピーしてください。",
    ),
    (
        "invalid-pem",
        "PEM テキストが壊れています ({0})。-----BEGIN CERTIFICATE----- で始まり -----END CERTIFICATE----- で終わる必要があります。",
    ),
    ("lang", "ja"),
    (
        "metadata-fetch-failed",
        "アプリのフェデレーション メタデータを取得できませんでした: {0} ページに表示されている値は保持しました。ssobridge のポップアップで証明書 (Base64) またはフェデレーション メタデータ XML を追加してください。",
    ),
    (
        "metadata-unknown",
        "ページに表示されている値は保持しましたが、ページにメタデータ URL がないため証明書がありません: ssobridge のポップアップで証明書 (Base64) またはフェデレーション メタデータ XML を追加してください。",
    ),
    (
        "metadata-unreadable",
        "アプリのフェデレーション メタデータを取得しましたが、使用できません: {0} ページに表示されている値は保持しました。ssobridge のポップアップで証明書 (Base64) またはフェデレーション メタデータ XML を追加してください。",
    ),
    (
        "missing-value",
        "{0} が取得されていません。Azure の「SAML によるシングル サインオン」ページで取得するか、ssobridge のポップアップで証明書またはメタデータ ファイルを追加してください。",
    ),
    ("mode-automatic", "自動 (メタデータ URL)"),
    ("mode-manual", "手動"),
    ("mode-metadata-file", "メタデータ ファイルのアップロード"),
    (
        "mode-not-available",
        "構成のドロップダウンにモード {0} がないか、選択が保持されません。手動で選択してから、もう一度ボタンを押してください。",
    ),
    (
        "no-sign-in-service",
        "メタデータにログイン URL がありません (HTTP-Redirect または HTTP-POST バインディングの SingleSignOnService がありません)。そのため GoTo はユーザーを Azure に送れません。",
    ),
    (
        "no-signing-certificate",
        "メタデータに署名証明書がありません (KeyDescriptor use=\"signing\")。",
    ),
    (
        "not-a-certificate",
        "データは X.509 証明書ではありません ({0})。",
    ),
    (
        "not-metadata",
        "この XML は SAML メタデータではありません: IDPSSODescriptor を含む EntityDescriptor がありません。",
    ),
    (
        "not-saml-response",
        "これは SAML 2.0 応答ではありません。送信されたままの SAMLResponse 値 (Base64)、それを含むフォーム本文、またはデコードされた samlp:Response XML を指定してください。",
    ),
    (
        "nothing-captured",
        "まだ何も取得されていません。まず Azure でアプリの「SAML によるシングル サインオン」ページを開き、「GoTo に送る」を押してください。",
    ),
    (
        "nothing-found",
        "このページに SAML 設定が見つかりません。ページの読み込みが終わるまで待つか、アプリの「SAML によるシングル サインオン」ページを開いてください。",
    ),
    ("outcome-already-correct", "既に正しい値"),
    ("outcome-attached", "ファイルを添付しました"),
    ("outcome-conflict", "異なる値が入っています"),
    ("outcome-filled", "入力しました"),
    (
        "outcome-refused",
        "ページに拒否されました: 手動で貼り付けてください",
    ),
    (
        "page-disagrees",
        "ページとアプリのメタデータが一致しないため、何も取得していません (以前の設定はそのままです): {0}。ページを再読み込みし、解決しない場合は Azure でアプリを確認してください。",
    ),
    (
        "page-metadata-difference",
        "{0}: ページの表示は {1}、メタデータでは {2}",
    ),
    (
        "page-report-unavailable",
        "ssobridge はこのタブを読み取りません: ページ レポートは Azure portal または GoTo の Organization Center で作成します。",
    ),
    (
        "policy-invalid-value",
        "組織のポリシーで {0} が {1} に設定されていますが、ssobridge はこの値を理解できないため無視します。",
    ),
    (
        "policy-locked",
        "{0} は組織によって設定されており、ここでは変更できません。",
    ),
    (
        "policy-not-object",
        "ssobridge 用の組織のポリシーが名前付きの値の集合ではありません ({0})。無視します。",
    ),
    ("policy-set-by-organisation", "組織によって設定"),
    (
        "policy-unknown-key",
        "組織のポリシーに {0} がありますが、ssobridge の設定ではないため無視します。",
    ),
    (
        "policy-unreadable",
        "ブラウザーが ssobridge 用の組織のポリシーを読み取れませんでした ({0})。読み取れるまでサインイン チェックはオフです。",
    ),
    ("popup-add", "証明書またはメタデータを追加"),
    ("popup-added", "追加しました。"),
    ("popup-checklist", "セットアップ チェックリスト"),
    ("popup-clear", "クリア"),
    ("popup-cleared", "クリアしました。"),
    ("popup-copy", "コピー"),
    ("popup-download-pem", "PEM をダウンロード"),
    (
        "popup-drop",
        "証明書 (Base64)、証明書 (未加工)、フェデレーション メタデータ XML をここにドロップするか、ファイルを選択してください",
    ),
    ("popup-fetch", "読み取り"),
    ("popup-fill", "GoTo への入力方法"),
    ("popup-last-fill", "前回の入力"),
    (
        "popup-metadata-url",
        "アプリのフェデレーション メタデータ URL",
    ),
    ("popup-mode", "モード"),
    (
        "popup-nothing",
        "まだ何も取得されていません。Azure でアプリの「SAML によるシングル サインオン」ページを開き、「GoTo に送る」を押してください。",
    ),
    ("popup-page-report", "ページ レポート"),
    (
        "popup-page-report-about",
        "ssobridge がこのページで見たもので、すべての値はその形に置き換えられています (テナント、アプリ、個人、証明書は含まれません)。何も送信されません: ファイルを保存し、ssobridge がページを理解できない場合は issue に添付できます。",
    ),
    (
        "popup-page-report-show",
        "ssobridge がこのページで見ているものを表示",
    ),
    ("popup-product", "GoTo 製品 (リレー状態)"),
    ("popup-settings", "取得した Azure AD の設定"),
    ("popup-signin", "テスト サインインを確認"),
    (
        "private-key",
        "このファイルには秘密キーが含まれています。ssobridge は秘密キーを読み取りません。GoTo に必要なのは証明書だけです。このファイルは秘密にしてください。",
    ),
    (
        "reason-matches-portal-thumbprint",
        "拇印が、Azure portal でアクティブと表示されている証明書と一致します。",
    ),
    (
        "reason-newest-valid",
        "現在有効で、有効な証明書の中で最も新しく発行されたものです。",
    ),
    (
        "reason-none-valid-latest-expiry",
        "現在有効な証明書はありません。この証明書の有効期限が最も遅いものです。Azure で証明書を更新してください。",
    ),
    ("reason-only", "唯一の署名証明書です。"),
    (
        "refused",
        "ページが値を保持しませんでした: {0}。ssobridge のポップアップから値をコピーし、手動で貼り付けてください。",
    ),
    (
        "response-base64",
        "SAMLResponse 値を Base64 としてデコードできません ({0})。途中で切れている可能性があります。値全体をもう一度コピーしてください。",
    ),
    (
        "several-idp-entities",
        "メタデータに複数の ID プロバイダー ({0}) が記述されており、どれもこのアプリのテナントではありません。アプリ自身のアプリのフェデレーション メタデータ URL を使用してください。",
    ),
    (
        "several-signing-certificates",
        "入力には {0} 個の署名証明書があります (切り替え中)。証明書 {1} を選択しました: {2}",
    ),
    (
        "signin-audience-differs",
        "アサーションの Audience は {0} ですが、GoTo が受け付けるのは {1} だけです: Azure の [基本的な SAML 構成] で [識別子 (エンティティ ID)] を {1} に設定してください。",
    ),
    (
        "signin-audience-missing",
        "アサーションに Audience がなく、GoTo は {0} を想定しています: Azure の [基本的な SAML 構成] で [識別子 (エンティティ ID)] を {0} に設定してください。",
    ),
    (
        "signin-audience-ok",
        "アサーションは GoTo のエンティティ ID {0} 宛てです。",
    ),
    (
        "signin-certificate-differs",
        "Azure は証明書 {0} で署名しています。GoTo が保持しているのは {1} です: Azure でもう一度取得し (GoTo に送る)、Azure がアクティブとしている証明書で GoTo にもう一度入力してください。",
    ),
    (
        "signin-certificate-expired",
        "Azure は {1} に期限切れになった証明書 {0} で署名しています: Azure の [SAML 証明書] で新しい証明書を作成してアクティブにし、もう一度取得して GoTo に入力してください。",
    ),
    (
        "signin-certificate-newer",
        "Azure は新しい証明書 {0} で署名していますが、GoTo はまだ {1} を保持しています: Azure でもう一度取得し (GoTo に送る)、GoTo にもう一度入力して、GoTo に {0} を設定してください。",
    ),
    (
        "signin-certificate-not-named",
        "署名に証明書が含まれていないため、Azure がどの証明書で署名しているか ssobridge には分かりません。GoTo は保持している証明書で検証します。",
    ),
    (
        "signin-certificate-not-yet-valid",
        "Azure は {1} から有効になる証明書 {0} で署名しています: このコンピューターの時計を確認し、Azure の [SAML 証明書] で現在有効な証明書をアクティブにしてください。",
    ),
    (
        "signin-certificate-ok",
        "Azure は GoTo が保持している証明書 {0} (有効期限 {1}) で署名しています。",
    ),
    (
        "signin-certificate-older",
        "Azure はまだ古い証明書 {0} で署名していますが、GoTo は既に {1} を保持しています: Azure の [SAML 証明書] で {1} をアクティブにしてください (または {0} で GoTo にもう一度入力してください)。",
    ),
    (
        "signin-certificate-unchecked",
        "Azure は証明書 {0} (有効期限 {1}) で署名しています。比較する取得済みの値がありません: GoTo の検証証明書はこの拇印である必要があります。",
    ),
    (
        "signin-certificate-unreadable",
        "署名内の証明書を読み取れません: {0}",
    ),
    (
        "signin-certificate-unsigned",
        "応答に署名がないため、比較する証明書がありません (署名のチェックを参照)。",
    ),
    (
        "signin-check-off",
        "組織によってサインイン チェックがオフにされています。",
    ),
    (
        "signin-code-authn-failed",
        "Azure はユーザーを認証できませんでした。",
    ),
    (
        "signin-code-invalid-attr-name-or-value",
        "Azure は要求内の属性名または値を受け付けませんでした。",
    ),
    (
        "signin-code-invalid-name-id-policy",
        "Azure は要求された NameID 形式を発行できません: Azure の [属性とクレーム] で、[一意のユーザー識別子 (名前 ID)] の形式を [電子メール アドレス] にしてください。",
    ),
    (
        "signin-code-no-authn-context",
        "Azure は要求された方法でユーザーをサインインさせることができません。",
    ),
    (
        "signin-code-no-available-idp",
        "ユーザーをサインインさせられる ID プロバイダーがありません。",
    ),
    (
        "signin-code-no-passive",
        "ユーザーは対話形式でサインインする必要がありましたが、要求はそれを許可していませんでした: まず Azure にサインインしてから、もう一度テストしてください。",
    ),
    (
        "signin-code-no-supported-idp",
        "要求に指定された ID プロバイダーはどれもサポートされていません。",
    ),
    (
        "signin-code-partial-logout",
        "サインアウトは完了しませんでした。",
    ),
    (
        "signin-code-proxy-count-exceeded",
        "要求は許可された数より多くの ID プロバイダーを経由しました。",
    ),
    (
        "signin-code-request-denied",
        "Azure はこのユーザーのサインインを拒否しました: Azure のアプリの [ユーザーとグループ] で、ユーザーまたはそのグループのいずれかを割り当ててください。",
    ),
    (
        "signin-code-request-unsupported",
        "Azure は要求内の何かをサポートしていません。",
    ),
    (
        "signin-code-request-version-deprecated",
        "Azure はこの SAML バージョンの要求を受け付けなくなりました。",
    ),
    (
        "signin-code-request-version-too-high",
        "要求の SAML バージョンは Azure が受け付けるものより新しいです。",
    ),
    (
        "signin-code-request-version-too-low",
        "要求の SAML バージョンは Azure が受け付けるものより古いです。",
    ),
    (
        "signin-code-requester",
        "Azure は要求に問題を見つけました: Azure の [基本的な SAML 構成] で [識別子 (エンティティ ID)] と [応答 URL] を確認してください。",
    ),
    (
        "signin-code-resource-not-recognized",
        "Azure は要求の対象のアプリを認識できません: Azure の [基本的な SAML 構成] で [識別子 (エンティティ ID)] を確認してください。",
    ),
    (
        "signin-code-responder",
        "Azure 側でサインインを完了できませんでした。",
    ),
    (
        "signin-code-too-many-responses",
        "応答に含まれるアサーションが、要求が許可する数を超えます。",
    ),
    (
        "signin-code-unknown",
        "ssobridge はこの状態コードの説明を持っていません。Azure のサインイン ログで確認してください。",
    ),
    (
        "signin-code-unknown-attr-profile",
        "Azure は要求された属性プロファイルを知りません。",
    ),
    (
        "signin-code-unknown-principal",
        "Azure はこのユーザーを知りません: ユーザーがテナントに存在し、アプリに割り当てられていることを確認してください。",
    ),
    (
        "signin-code-unsupported-binding",
        "Azure は要求されたバインディングで応答できません。",
    ),
    (
        "signin-code-version-mismatch",
        "Azure は要求の SAML バージョンを受け付けません。",
    ),
    (
        "signin-destination-differs",
        "{0} は {1} で、GoTo の {2} ではありません: Azure の [基本的な SAML 構成] で [応答 URL (Assertion Consumer Service URL)] を {2} に設定してください。",
    ),
    (
        "signin-destination-missing",
        "応答に Destination も Recipient もなく、GoTo は {0} を想定しています: Azure の [基本的な SAML 構成] で [応答 URL (Assertion Consumer Service URL)] を {0} に設定してください。",
    ),
    (
        "signin-destination-ok",
        "応答は GoTo の応答 URL {0} 宛てです。",
    ),
    (
        "signin-encrypted",
        "アサーションが暗号化されているため ssobridge は読み取れません。また GoTo の SAML 設定は暗号化されていないアサーションを想定しています: Azure でアプリの [トークンの暗号化] ページを開き、そこで証明書を非アクティブにしてください。",
    ),
    (
        "signin-issuer-differs",
        "応答の発行元は {0} ですが、GoTo が保持しているエンティティ ID は {1} です: 正しいアプリであれば Azure で取得して GoTo にもう一度入力してください ([Identity Provider Entity ID])。そうでなければ、GoTo への入力元のアプリでテストしてください。",
    ),
    (
        "signin-issuer-inconsistent",
        "応答の発行元は {0} ですが、アサーションの発行元は {1} です。GoTo は両方に 1 つの ID プロバイダーを想定しています。",
    ),
    (
        "signin-issuer-missing",
        "応答に Issuer がないため、GoTo はどの ID プロバイダーが送信したか判断できません。",
    ),
    (
        "signin-issuer-ok",
        "応答の発行元は {0} で、GoTo が保持しているエンティティ ID です。",
    ),
    (
        "signin-issuer-unchecked",
        "応答の発行元は {0} です。比較する取得済みの値がありません: GoTo の [Identity Provider Entity ID] は、末尾のスラッシュを含めて正確にこの値である必要があります。",
    ),
    (
        "signin-nameid-missing",
        "アサーションにユーザーの名前 (NameID) がなく、GoTo はメールでユーザーを探します: Azure の [属性とクレーム] で、[一意のユーザー識別子 (名前 ID)] を [電子メール アドレス] 形式の user.mail または user.userprincipalname に設定してください。",
    ),
    (
        "signin-nameid-not-email",
        "ユーザーは {0} (形式 {1}) として識別されていますが、これはメール アドレスではなく、GoTo はメールでユーザーを探します: Azure の [属性とクレーム] で、[一意のユーザー識別子 (名前 ID)] を [電子メール アドレス] 形式の user.mail または user.userprincipalname に設定してください。",
    ),
    (
        "signin-nameid-ok",
        "ユーザーはメール アドレス {0} として識別されています: GoTo はこれでユーザーを見つけます。",
    ),
    (
        "signin-no-assertion",
        "応答にアサーションがありません: Azure は誰もサインインさせませんでした (状態のチェックを参照)。",
    ),
    (
        "signin-permission-refused",
        "サインイン チェックでは、ブラウザーが GoTo のサインイン アドレスに送信する内容を確認する必要があります。その権限がないと実行できません。",
    ),
    (
        "signin-privacy",
        "SAML 応答には個人名が含まれます: ssobridge はブラウザー内で読み取り、保存も送信もせず、これらの結果だけを保持します。",
    ),
    (
        "signin-signed-assertion",
        "アサーションは署名されています (ssobridge は署名を検証しません。GoTo が保持している証明書で検証します)。",
    ),
    (
        "signin-signed-both",
        "応答とそのアサーションは署名されています (ssobridge は署名を検証しません。GoTo が保持している証明書で検証します)。",
    ),
    (
        "signin-signed-missing",
        "応答もアサーションも署名されておらず、GoTo は署名のないサインインを拒否します: Azure の [SAML 証明書] で [署名オプション] を [SAML アサーションへの署名] に設定してください。",
    ),
    (
        "signin-signed-response",
        "応答は署名されています (ssobridge は署名を検証しません。GoTo が保持している証明書で検証します)。",
    ),
    (
        "signin-status-missing",
        "応答に状態コードがないため、ユーザーがサインインしたことを示していません。GoTo はこれを拒否します。",
    ),
    (
        "signin-status-ok",
        "Azure は Success と応答しました: ユーザーはサインインしています。",
    ),
    (
        "signin-status-problem",
        "Azure は Success ではなく {0} と応答しました: {1}",
    ),
    (
        "signin-status-problem-message",
        "Azure は Success ではなく {0} と応答しました: {1} Azure のメッセージ: {2}",
    ),
    (
        "signin-status-version",
        "応答は SAML バージョン {0} です。GoTo が受け付けるのは SAML 2.0 だけです。Azure でアプリを SAML によるシングル サインオン用に設定してください。",
    ),
    (
        "signin-time-early",
        "{0} は {1} です。現在は {2} で、5 分 (GoTo が許容する時刻のずれ) 以上前のため、このコンピューターの時計では応答はまだ有効ではありません。どちらかの時計が間違っています: このコンピューターの時計を合わせて、もう一度テストしてください。",
    ),
    (
        "signin-time-expired",
        "{0} は {1} でした。現在は {2} で、5 分 (GoTo が許容する時刻のずれ) 以上後のため、GoTo は応答を期限切れとして拒否します。もう一度サインインして新しい応答を取得してください。新しい応答だった場合は、このコンピューターの時計を合わせてください。",
    ),
    (
        "signin-time-none",
        "アサーションに有効期間が設定されていません (NotBefore も NotOnOrAfter もありません)。",
    ),
    (
        "signin-time-ok",
        "アサーションは {0} から {1} まで有効で、現在は {2} です: GoTo が許容する 5 分の時刻のずれを含めて範囲内です。",
    ),
    ("signin-time-open", "(未設定)"),
    (
        "signin-time-unreadable",
        "{0} の値「{1}」は ssobridge が読み取れる時刻ではありません。",
    ),
    (
        "signin-timed-out",
        "5 分以内に GoTo に届いたテスト サインインはありません。もう一度ボタンを押してから、サインインしてください。",
    ),
    (
        "signin-waiting",
        "テスト サインインを 1 回待っています (最大 5 分): Azure でアプリの [シングル サインオン] ページの [テスト] を押すか、割り当てられたユーザーで GoTo にサインインしてください。",
    ),
    ("source-failed", "メタデータを取得できませんでした"),
    ("source-fetched", "アプリのメタデータと照合済み"),
    ("source-file", "ファイルから"),
    ("source-not-attempted", "ページの値のみ"),
    ("source-unreadable", "メタデータを使用できません"),
    (
        "state-reset",
        "保存されていた設定の一部を理解できなかったため、リセットしました。",
    ),
    (
        "tenant-independent-metadata",
        "これはアプリのものではなく、Azure のテナントに依存しない (common) メタデータです。アプリの「SAML によるシングル サインオン」ページに表示されるアプリのフェデレーション メタデータ URL を使用してください。",
    ),
    (
        "two-metadata-urls",
        "このページには 2 つのアプリのフェデレーション メタデータ URL ({0} と {1}) が表示されています。何も取得していません: 1 つのアプリの「SAML によるシングル サインオン」ページを開いてください。",
    ),
    (
        "two-tenants",
        "このページには 2 つのテナント ({0} と {1}) の ID プロバイダー設定が表示されています。何も取得していません: 1 つのアプリの「SAML によるシングル サインオン」ページを開き、どの値がそのアプリのものか確認してください。",
    ),
    (
        "unrecognised-input",
        "これは証明書 (PEM、Base64、DER) でも SAML メタデータ XML でもありません。",
    ),
    (
        "unsafe-click",
        "何も実行していません: {0}。ボタンをクリックした場合は、ボタンが完全に表示され、何にも覆われていないことを確認してから、もう一度クリックしてください。",
    ),
    ("verifying", "ページが保持した値を確認しています…"),
    (
        "waiting-for-fields",
        "このモードのフィールドを待っています…",
    ),
    (
        "waiting-for-form",
        "[ID プロバイダー] フォームを待っています…",
    ),
    (
        "waiting-for-sp-pane",
        "[基本的な SAML 構成] ウィンドウを待っています…",
    ),
    (
        "waiting-for-values",
        "SAML の値が表示されるのを待っています…",
    ),
    ("working", "処理しています…"),
    (
        "www-drop",
        ".cer、.pem、.xml ファイルをここにドロップするか、",
    ),
    (
        "www-intro",
        "Azure AD の署名証明書 (Base64 または未加工) かアプリのフェデレーション メタデータ XML をドロップまたは貼り付けるか、アプリのフェデレーション メタデータ URL を貼り付けてください。すべてこのブラウザー内で読み取られます。指定したメタデータ URL への要求以外、何も送信されません。",
    ),
    (
        "www-paste",
        "…または PEM、Base64、メタデータ XML、メタデータ URL を貼り付け",
    ),
    (
        "www-read-certificate",
        "証明書を読み取りました: 署名証明書 {0} 個。",
    ),
    (
        "www-read-metadata",
        "メタデータを読み取りました: 署名証明書 {0} 個。",
    ),
    ("www-signin", "サインイン チェック"),
    (
        "www-signin-intro",
        "テスト サインインを確認するには、SAML 応答 (送信されたままの Base64、または XML) を貼り付けてください: ここで前に読み取った証明書またはメタデータと照合され、保存も送信もされません。",
    ),
    ("www-status", "状態"),
    (
        "www-title",
        "ssobridge: Azure AD の証明書または SAML メタデータを読み取る",
    ),
    ("www-values", "GoTo 用の値"),
    (
        "xml-doctype-forbidden",
        "この XML は DOCTYPE またはエンティティを宣言しています。Azure のメタデータがそうすることはなく、このような XML は攻撃を隠している可能性があるため、拒否します。",
    ),
    ("xml-malformed", "XML の形式が正しくありません: {0}"),
    (
        "xml-too-deep",
        "XML の入れ子が {0} 階層を超えています。Azure のメタデータはそうではないため、拒否します。",
    ),
    ("glance-empty", "まだ何も取得されていません。"),
    (
        "glance-partial",
        "一部のみ取得しました: 証明書またはフェデレーション メタデータ ファイルを追加してください (下の「証明書またはメタデータを追加」)。",
    ),
    (
        "glance-warnings",
        "取得しました。GoTo に入力する前に確認すべき警告があります: {0}。",
    ),
    (
        "glance-ready",
        "取得して確認しました: GoTo に入力できます。",
    ),
    ("glance-next", "次の手順: {0}"),
    ("glance-all-done", "すべての手順が完了しました。"),
    ("popup-certificate-details", "証明書の詳細"),
    ("popup-copy-field", "{0} をコピー"),
    (
        "signin-summary-ok",
        "{0} 件のチェックすべてに合格しました: GoTo はこのサインインを受け入れます。",
    ),
    (
        "signin-summary-problems",
        "{1} 件中 {0} 件のチェックで問題が見つかりました。各項目に変更点が示されています。",
    ),
    ("signin-state-ok", "OK"),
    ("signin-state-problem", "問題"),
    ("signin-name-status", "状態"),
    ("signin-name-issuer", "発行者"),
    ("signin-name-destination", "宛先"),
    ("signin-name-audience", "対象ユーザー"),
    ("signin-name-certificate", "証明書"),
    ("signin-name-signed", "署名"),
    ("signin-name-time", "時刻"),
    ("signin-name-nameid", "NameID"),
];
