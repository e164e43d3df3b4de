//! Polish: every key of [`super::table::TABLE`], in the words of the Polish Azure portal
//! ("Identyfikator (identyfikator jednostki)", "Adres URL odpowiedzi", "Stan przekaźnika" for
//! Relay State, as Microsoft's Polish SAML docs table it, "Odcisk palca", "Certyfikaty SAML",
//! "Podstawowa konfiguracja protokołu SAML") and of GoTo's Organization Center ("Dostawca
//! tożsamości").
//!
//! GoTo has no Polish help, so GoTo's form is named as Microsoft's pl-PL GoToMeeting tutorial
//! names it (October 2017, docs.microsoft.com/pl-pl/azure/active-directory/
//! active-directory-saas-gotomeeting-tutorial): the "dostawcy tożsamości" tab, modes
//! "automatyczne", "SAML przekazać plik metadanych", "ręcznego", fields "adres URL metadanych",
//! "plik metadanych", "adres URL strony wylogowania", "identyfikator jednostki dostawcy
//! tożsamości", "Zapisz". That text is machine-translated: its "adres URL logowania strony" is
//! kept in the grammatical order of its sign-out twin ("Adres URL strony logowania"), and its
//! "GoToMeeting organizacji Center" left as "Organization Center". The bindings and the
//! verification certificate are unconfirmed.

/// Key → sentence, with the same `{n}` placeholders as English.
pub const TEXTS: &[(&str, &str)] = &[
    (
        "app-mismatch",
        "Strona należy do aplikacji {0}, ale jej adres URL metadanych wskazuje aplikację {1}. Niczego nie przechwycono: otwórz ponownie stronę Logowanie jednokrotne SAML aplikacji.",
    ),
    (
        "background-restarted",
        "Przeglądarka przerwała działanie ssobridge przed jego zakończeniem: naciśnij przycisk ponownie.",
    ),
    (
        "bad-entity-id",
        "„{0}” nie jest identyfikatorem jednostki Azure AD (oczekiwano https://sts.windows.net/<tenant-id>/).",
    ),
    (
        "bad-login-url",
        "„{0}” nie jest adresem URL logowania firmy Microsoft (oczekiwano https://login.microsoftonline.com/<tenant-id>/saml2).",
    ),
    ("bad-message", "Odrzucono komunikat wewnętrzny: {0}"),
    (
        "bad-metadata-url",
        "„{0}” nie jest adresem URL metadanych federacji Azure (oczekiwano https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>).",
    ),
    ("button-capture", "Wyślij do GoTo"),
    ("button-confirm", "Zastąp różniące się wartości"),
    ("button-copy", "Kopiuj"),
    ("button-fill", "Wypełnij z Azure AD"),
    ("button-fill-sp", "Wypełnij wartości GoTo"),
    ("button-page-report", "Zapisz raport strony"),
    (
        "capture-incomplete",
        "Ostatnie przechwytywanie nie zostało ukończone, więc nie ma nic sprawdzonego do wypełnienia. Dodaj certyfikat (Base64) lub plik XML metadanych federacji w oknie ssobridge albo ponownie naciśnij „Wyślij do GoTo” w Azure.",
    ),
    (
        "captured",
        "Przechwycono i sprawdzono z metadanymi aplikacji (certyfikat {0}, ważny do {1}). Teraz otwórz kartę Dostawca tożsamości w GoTo i naciśnij „Wypełnij z Azure AD”.",
    ),
    ("cert-choice", "Wybrany"),
    ("cert-issuer", "Wystawca"),
    ("cert-key", "Klucz"),
    ("cert-other", "Także na liście"),
    ("cert-serial", "Numer seryjny"),
    ("cert-subject", "Podmiot"),
    ("cert-valid", "Ważność"),
    (
        "certificate-expired",
        "Certyfikat podpisywania {1} wygasł {0}; logowanie z nim się nie powiedzie, więc nie został przechwycony. W Azure, w sekcji Certyfikaty SAML, utwórz nowy certyfikat (lub aktywuj nowszy), zapisz, a potem ponownie naciśnij „Wyślij do GoTo”.",
    ),
    (
        "certificate-expiring",
        "Certyfikat podpisywania wygasa {0}, w ciągu {1} dni. Zaplanuj wymianę: w Azure utwórz nowy certyfikat, ustaw go jako aktywny i ponownie wypełnij GoTo.",
    ),
    (
        "certificate-not-active",
        "Ten certyfikat ({0}) nie jest tym, który Azure pokazuje jako aktywny ({1}); niczego nie zmieniono. Pobierz aktywny certyfikat z sekcji Certyfikaty SAML aplikacji.",
    ),
    (
        "certificate-not-yet-valid",
        "Certyfikat podpisywania {1} nie jest ważny przed {0}, więc nie został przechwycony. W Azure pozostaw obecny certyfikat aktywny do tego czasu albo zaczekaj i ponownie naciśnij „Wyślij do GoTo”.",
    ),
    (
        "certificate-request",
        "Plik jest żądaniem certyfikatu, a nie certyfikatem. Pobierz z Azure „Certyfikat (Base64)”.",
    ),
    (
        "check-add-app",
        "W Azure dodaj aplikację GoToMeeting z galerii i wybierz logowanie jednokrotne SAML.",
    ),
    (
        "check-assign-test",
        "Przypisz użytkowników do aplikacji w Azure i przetestuj logowanie.",
    ),
    (
        "check-basic-saml",
        "Wypełnij podstawową konfigurację protokołu SAML (Identyfikator, Adres URL odpowiedzi, Stan przekaźnika) i zapisz ją.",
    ),
    (
        "check-capture",
        "Przechwyć adres URL logowania, identyfikator jednostki i certyfikat (Wyślij do GoTo).",
    ),
    (
        "check-goto-fill",
        "W Organization Center GoTo wypełnij formularz Dostawca tożsamości.",
    ),
    ("check-goto-save", "Sprawdź i zapisz formularz w GoTo."),
    ("choosing-mode", "Wybieranie trybu konfiguracji…"),
    (
        "click-covered",
        "coś na stronie zasłaniało przycisk w miejscu kliknięcia",
    ),
    (
        "click-focus-moved",
        "naciśnięcie klawisza trafiło do przycisku, bo to strona przeniosła na niego fokus, a nie Ty",
    ),
    (
        "click-no-round",
        "ten krok nie nastąpił po Twoim kliknięciu przycisku",
    ),
    (
        "click-not-trusted",
        "kliknięcie nie pochodziło od Ciebie, lecz od skryptu",
    ),
    (
        "click-off-screen",
        "przycisk nie był w całości widoczny w oknie",
    ),
    (
        "click-restyled",
        "strona przesunęła przycisk lub zmieniła jego styl",
    ),
    (
        "click-too-soon",
        "przycisk potwierdzenia kliknięto w chwili, gdy się pojawił, zanim można go było przeczytać",
    ),
    (
        "click-transparent",
        "strona uczyniła przycisk przezroczystym lub ukrytym",
    ),
    (
        "conflict",
        "Wpisano już inne wartości: {0}. Naciśnij „Zastąp różniące się wartości”, aby je nadpisać.",
    ),
    ("drift-difference", "{0}: GoTo „{1}” ≠ Azure „{2}”"),
    ("drift-differs", "GoTo różni się od Azure:"),
    (
        "drift-in-sync",
        "GoTo zawiera to samo co Azure: zsynchronizowane.",
    ),
    ("empty-input", "Dane wejściowe są puste."),
    (
        "extDescription",
        "Przenosi ustawienia SAML aplikacji Azure AD do Organization Center GoTo, a wartości GoTo do Azure. Nic nie opuszcza komputera.",
    ),
    ("extName", "ssobridge: SAML z Azure AD do GoTo"),
    (
        "fetch-http-status",
        "Serwer odpowiedział HTTP {0} zamiast metadanych.",
    ),
    (
        "fetch-network",
        "Żądanie nie powiodło się (brak połączenia albo blokada przez sieć lub inne rozszerzenie).",
    ),
    (
        "fetch-redirected",
        "Serwer przekierował na inny adres, a ssobridge nigdy nie podąża za przekierowaniami.",
    ),
    (
        "fetch-timed-out",
        "W ciągu {0} sekund nie nadeszła pełna odpowiedź.",
    ),
    (
        "fetch-too-large",
        "Odpowiedź jest większa niż {0} bajtów, znacznie więcej niż jakiekolwiek metadane, więc odczyt przerwano.",
    ),
    (
        "fetching-metadata",
        "Odczytywanie metadanych federacji aplikacji…",
    ),
    ("field-certificate", "certyfikat podpisywania"),
    ("field-change", "{0}: „{1}” → „{2}”"),
    ("field-entity-id", "Identyfikator jednostki"),
    ("field-metadata-url", "Adres URL metadanych"),
    ("field-metadata-xml", "plik metadanych"),
    ("field-not-after", "Wygasa"),
    ("field-sign-in-url", "Adres URL logowania"),
    ("field-sign-out-url", "Adres URL wylogowania"),
    ("field-tenant-id", "Identyfikator dzierżawy"),
    ("field-thumbprint-sha1", "Odcisk palca (SHA-1)"),
    (
        "filled",
        "Wypełniono pola: {0}; już poprawne: {1}. Sprawdź formularz, a następnie naciśnij Zapisz.",
    ),
    ("form-certificate", "Certyfikat weryfikacji"),
    (
        "form-entity-id",
        "Identyfikator jednostki dostawcy tożsamości",
    ),
    ("form-identifier", "Identyfikator (identyfikator jednostki)"),
    ("form-identity-provider-fields", "Pola dostawcy tożsamości"),
    ("form-metadata-file", "Plik metadanych"),
    ("form-metadata-url", "Adres URL metadanych"),
    (
        "form-not-found",
        "Nie znaleziono formularza na tej stronie: brak pola {0}.",
    ),
    ("form-relay-state", "Stan przekaźnika"),
    ("form-reply-url", "Adres URL odpowiedzi"),
    ("form-sign-in-binding", "Powiązanie logowania"),
    ("form-sign-in-url", "Adres URL strony logowania"),
    ("form-sign-out-binding", "Powiązanie wylogowania"),
    ("form-sign-out-url", "Adres URL strony wylogowania"),
    (
        "frame-ancestry-unknown",
        "przeglądarka nie podaje, która witryna osadza tę stronę",
    ),
    (
        "frame-foreign-ancestor",
        "ta strona jest osadzona przez inną witrynę",
    ),
    ("frame-not-allowed", "ssobridge nie działa tutaj: {0}."),
    ("frame-sandboxed", "ta ramka działa w piaskownicy"),
    ("host-not-allowed", "ssobridge nie działa na {0}."),
    (
        "input-too-large",
        "Plik ma {0} bajtów; ssobridge odczytuje najwyżej {1} bajtów (1 MiB). Metadane i certyfikaty Azure są znacznie mniejsze, więc to prawdopodobnie niewłaściwy plik.",
    ),
    (
        "invalid-base64",
        "Tekstu Base64 nie można zdekodować ({0}); może być obcięty lub uszkodzony. Skopiuj ponownie cały certyfikat.",
    ),
    (
        "invalid-pem",
        "Tekst PEM jest uszkodzony ({0}). Musi zaczynać się od -----BEGIN CERTIFICATE----- i kończyć na -----END CERTIFICATE-----.",
    ),
    ("lang", "pl"),
    (
        "metadata-fetch-failed",
        "Nie można pobrać metadanych federacji aplikacji: {0} Zachowano to, co pokazuje strona; dodaj certyfikat (Base64) lub plik XML metadanych federacji w oknie ssobridge.",
    ),
    (
        "metadata-unknown",
        "Zachowano to, co pokazuje strona, ale na stronie nie ma adresu URL metadanych, więc brakuje certyfikatu: dodaj certyfikat (Base64) lub plik XML metadanych federacji w oknie ssobridge.",
    ),
    (
        "metadata-unreadable",
        "Metadane federacji aplikacji pobrano, ale nie nadają się do użycia: {0} Zachowano to, co pokazuje strona; dodaj certyfikat (Base64) lub plik XML metadanych federacji w oknie ssobridge.",
    ),
    (
        "missing-value",
        "Nie przechwycono: {0}. Przechwyć to na stronie Logowanie jednokrotne SAML w Azure albo dodaj certyfikat lub plik metadanych w oknie ssobridge.",
    ),
    ("mode-automatic", "Automatyczne (adres URL metadanych)"),
    ("mode-manual", "Ręczne"),
    ("mode-metadata-file", "Przekaż plik metadanych"),
    (
        "mode-not-available",
        "Lista konfiguracji nie oferuje lub nie zachowuje trybu {0}. Wybierz go ręcznie, a następnie ponownie naciśnij przycisk.",
    ),
    (
        "no-sign-in-service",
        "Metadane nie podają adresu URL logowania (brak SingleSignOnService z powiązaniem HTTP-Redirect lub HTTP-POST), więc GoTo nie mógłby kierować użytkowników do Azure.",
    ),
    (
        "no-signing-certificate",
        "Metadane nie podają certyfikatu podpisywania (KeyDescriptor use=\"signing\").",
    ),
    ("not-a-certificate", "Dane nie są certyfikatem X.509 ({0})."),
    (
        "not-metadata",
        "Ten XML nie jest metadanymi SAML: nie ma elementu EntityDescriptor z IDPSSODescriptor.",
    ),
    (
        "not-saml-response",
        "To nie jest odpowiedź SAML 2.0. Podaj wartość SAMLResponse w postaci wysłanej (Base64), treść formularza, która ją zawiera, lub zdekodowany XML samlp:Response.",
    ),
    (
        "nothing-captured",
        "Jeszcze niczego nie przechwycono. Najpierw otwórz w Azure stronę Logowanie jednokrotne SAML aplikacji i naciśnij „Wyślij do GoTo”.",
    ),
    (
        "nothing-found",
        "Na tej stronie nie znaleziono ustawień SAML. Zaczekaj, aż strona się załaduje, lub otwórz stronę Logowanie jednokrotne SAML aplikacji.",
    ),
    ("outcome-already-correct", "już poprawne"),
    ("outcome-attached", "dołączono plik"),
    ("outcome-conflict", "zawiera inną wartość"),
    ("outcome-filled", "wypełniono"),
    ("outcome-refused", "odrzucone przez stronę: wklej ręcznie"),
    (
        "page-disagrees",
        "Strona i metadane aplikacji się nie zgadzają, więc niczego nie przechwycono (poprzednie ustawienia pozostają): {0}. Odśwież stronę; jeśli problem nie ustąpi, sprawdź aplikację w Azure.",
    ),
    (
        "page-metadata-difference",
        "{0}: strona pokazuje {1}, metadane podają {2}",
    ),
    (
        "page-report-unavailable",
        "ssobridge nie odczytuje tej karty: raport strony tworzy się w portalu Azure lub w Organization Center GoTo.",
    ),
    (
        "policy-invalid-value",
        "Zasady Twojej organizacji ustawiają {0} na {1}, czego ssobridge nie rozumie; zostaje to zignorowane.",
    ),
    (
        "policy-locked",
        "{0} jest ustawiane przez Twoją organizację i nie można tego tu zmienić.",
    ),
    (
        "policy-not-object",
        "Zasady Twojej organizacji dla ssobridge nie są zbiorem nazwanych wartości ({0}); zostają zignorowane.",
    ),
    (
        "policy-set-by-organisation",
        "Ustawione przez Twoją organizację",
    ),
    (
        "policy-unknown-key",
        "Zasady Twojej organizacji wymieniają {0}, co nie jest ustawieniem ssobridge; zostaje to zignorowane.",
    ),
    (
        "policy-unreadable",
        "Przeglądarka nie mogła odczytać zasad Twojej organizacji dla ssobridge ({0}), więc sprawdzanie logowania jest wyłączone, dopóki nie będzie to możliwe.",
    ),
    ("popup-add", "Dodaj certyfikat lub metadane"),
    ("popup-added", "Dodano."),
    ("popup-checklist", "Lista kontrolna konfiguracji"),
    ("popup-clear", "Wyczyść"),
    ("popup-cleared", "Wyczyszczono."),
    ("popup-copy", "Kopiuj"),
    ("popup-download-pem", "Pobierz PEM"),
    (
        "popup-drop",
        "Upuść tutaj Certyfikat (Base64), Certyfikat (nieprzetworzony) lub Plik XML metadanych federacji albo wybierz plik",
    ),
    ("popup-fetch", "Odczytaj"),
    ("popup-fill", "Jak wypełnić GoTo"),
    ("popup-last-fill", "Ostatnie wypełnienie"),
    (
        "popup-metadata-url",
        "Adres URL metadanych federacji aplikacji",
    ),
    ("popup-mode", "Tryb"),
    (
        "popup-nothing",
        "Jeszcze niczego nie przechwycono. Otwórz w Azure stronę Logowanie jednokrotne SAML aplikacji i naciśnij „Wyślij do GoTo”.",
    ),
    ("popup-page-report", "Raport strony"),
    (
        "popup-page-report-about",
        "To, co ssobridge zobaczył na tej stronie, z każdą wartością zastąpioną jej kształtem (bez dzierżawy, aplikacji, osoby ani certyfikatu). Nic nie jest wysyłane: zapisujesz plik i możesz dołączyć go do zgłoszenia, jeśli ssobridge nie rozumie strony.",
    ),
    (
        "popup-page-report-show",
        "Pokaż, co ssobridge widzi na tej stronie",
    ),
    ("popup-product", "Produkt GoTo (Stan przekaźnika)"),
    ("popup-settings", "Przechwycone ustawienia Azure AD"),
    ("popup-signin", "Sprawdź logowanie testowe"),
    (
        "private-key",
        "Plik zawiera klucz prywatny. ssobridge nigdy nie odczytuje kluczy prywatnych; GoTo potrzebuje tylko certyfikatu. Zachowaj ten plik w tajemnicy.",
    ),
    (
        "reason-matches-portal-thumbprint",
        "Jego odcisk palca to ten, który portal Azure pokazuje jako aktywny.",
    ),
    (
        "reason-newest-valid",
        "Jest teraz ważny i został wystawiony najpóźniej spośród ważnych certyfikatów.",
    ),
    (
        "reason-none-valid-latest-expiry",
        "Żaden certyfikat nie jest teraz ważny; ten wygasa najpóźniej. Odnów certyfikat w Azure.",
    ),
    ("reason-only", "To jedyny certyfikat podpisywania."),
    (
        "refused",
        "Strona nie zachowała: {0}. Skopiuj wartość z okna ssobridge i wklej ją ręcznie.",
    ),
    (
        "response-base64",
        "Wartości SAMLResponse nie można zdekodować jako Base64 ({0}); może być obcięta. Skopiuj ponownie całą wartość.",
    ),
    (
        "several-idp-entities",
        "Metadane opisują kilku dostawców tożsamości ({0}) i żaden nie jest dzierżawą tej aplikacji. Użyj adresu URL metadanych federacji aplikacji samej aplikacji.",
    ),
    (
        "several-signing-certificates",
        "Dane wejściowe zawierają certyfikaty podpisywania w liczbie {0} (wymiana). Wybrano certyfikat {1}: {2}",
    ),
    (
        "signin-audience-differs",
        "Audience asercji to {0}, ale GoTo akceptuje tylko {1}: w podstawowej konfiguracji protokołu SAML w Azure ustaw Identyfikator (identyfikator jednostki) na {1}.",
    ),
    (
        "signin-audience-missing",
        "Asercja nie podaje Audience, a GoTo oczekuje {0}: w podstawowej konfiguracji protokołu SAML w Azure ustaw Identyfikator (identyfikator jednostki) na {0}.",
    ),
    (
        "signin-audience-ok",
        "Asercja jest przeznaczona dla {0}, identyfikatora jednostki GoTo.",
    ),
    (
        "signin-certificate-differs",
        "Azure podpisuje certyfikatem {0}; GoTo zawiera {1}: przechwyć ponownie w Azure (Wyślij do GoTo) i ponownie wypełnij GoTo certyfikatem, który Azure oznacza jako aktywny.",
    ),
    (
        "signin-certificate-expired",
        "Azure podpisuje certyfikatem {0}, który wygasł {1}: w sekcji Certyfikaty SAML w Azure utwórz nowy certyfikat i ustaw go jako aktywny, a następnie ponownie przechwyć i wypełnij GoTo.",
    ),
    (
        "signin-certificate-newer",
        "Azure podpisuje nowszym certyfikatem {0}; GoTo nadal zawiera {1}: przechwyć ponownie w Azure (Wyślij do GoTo) i ponownie wypełnij GoTo, aby GoTo otrzymał {0}.",
    ),
    (
        "signin-certificate-not-named",
        "Podpis nie zawiera swojego certyfikatu, więc ssobridge nie może ustalić, którym certyfikatem podpisuje Azure; GoTo sprawdza go certyfikatem, który zawiera.",
    ),
    (
        "signin-certificate-not-yet-valid",
        "Azure podpisuje certyfikatem {0}, który jest ważny dopiero od {1}: sprawdź zegar tego komputera, a w sekcji Certyfikaty SAML w Azure ustaw jako aktywny certyfikat ważny obecnie.",
    ),
    (
        "signin-certificate-ok",
        "Azure podpisuje certyfikatem {0} (ważnym do {1}), tym, który zawiera GoTo.",
    ),
    (
        "signin-certificate-older",
        "Azure nadal podpisuje starszym certyfikatem {0}; GoTo zawiera już {1}: w sekcji Certyfikaty SAML w Azure ustaw {1} jako aktywny (lub ponownie wypełnij GoTo certyfikatem {0}).",
    ),
    (
        "signin-certificate-unchecked",
        "Azure podpisuje certyfikatem {0} (ważnym do {1}). Nie przechwycono niczego do porównania: Certyfikat weryfikacji w GoTo musi mieć ten odcisk palca.",
    ),
    (
        "signin-certificate-unreadable",
        "Nie można odczytać certyfikatu w podpisie: {0}",
    ),
    (
        "signin-certificate-unsigned",
        "Odpowiedź nie ma podpisu, więc nie ma certyfikatu do porównania (zobacz sprawdzenie podpisu).",
    ),
    (
        "signin-check-off",
        "Twoja organizacja wyłączyła sprawdzanie logowania.",
    ),
    (
        "signin-code-authn-failed",
        "Azure nie może uwierzytelnić użytkownika.",
    ),
    (
        "signin-code-invalid-attr-name-or-value",
        "Azure nie zaakceptował nazwy lub wartości atrybutu w żądaniu.",
    ),
    (
        "signin-code-invalid-name-id-policy",
        "Azure nie może wystawić formatu NameID, o który prosi żądanie: w sekcji Atrybuty i oświadczenia w Azure nadaj elementowi Unikatowy identyfikator użytkownika (identyfikator nazwy) format Adres e-mail.",
    ),
    (
        "signin-code-no-authn-context",
        "Azure nie może zalogować użytkownika w sposób, o który prosi żądanie.",
    ),
    (
        "signin-code-no-available-idp",
        "Żaden dostawca tożsamości nie jest dostępny, aby zalogować użytkownika.",
    ),
    (
        "signin-code-no-passive",
        "Użytkownik musiałby zalogować się interaktywnie, na co żądanie nie pozwalało: najpierw zaloguj się do Azure, a potem przetestuj ponownie.",
    ),
    (
        "signin-code-no-supported-idp",
        "Żaden z dostawców tożsamości wymienionych w żądaniu nie jest obsługiwany.",
    ),
    ("signin-code-partial-logout", "Wylogowanie nie było pełne."),
    (
        "signin-code-proxy-count-exceeded",
        "Żądanie przeszło przez więcej dostawców tożsamości, niż dopuszcza.",
    ),
    (
        "signin-code-request-denied",
        "Azure odmówił zalogowania tego użytkownika: w sekcji Użytkownicy i grupy aplikacji w Azure przypisz użytkownika lub jedną z jego grup.",
    ),
    (
        "signin-code-request-unsupported",
        "Azure nie obsługuje czegoś w żądaniu.",
    ),
    (
        "signin-code-request-version-deprecated",
        "Azure nie akceptuje już żądań w tej wersji SAML.",
    ),
    (
        "signin-code-request-version-too-high",
        "Wersja SAML żądania jest nowsza, niż akceptuje Azure.",
    ),
    (
        "signin-code-request-version-too-low",
        "Wersja SAML żądania jest starsza, niż akceptuje Azure.",
    ),
    (
        "signin-code-requester",
        "Azure znalazł błąd w żądaniu: sprawdź Identyfikator (identyfikator jednostki) i Adres URL odpowiedzi w podstawowej konfiguracji protokołu SAML w Azure.",
    ),
    (
        "signin-code-resource-not-recognized",
        "Azure nie rozpoznaje aplikacji, której dotyczy żądanie: sprawdź Identyfikator (identyfikator jednostki) w podstawowej konfiguracji protokołu SAML w Azure.",
    ),
    (
        "signin-code-responder",
        "Azure nie mógł dokończyć logowania po swojej stronie.",
    ),
    (
        "signin-code-too-many-responses",
        "Odpowiedź zawierałaby więcej asercji, niż dopuszcza żądanie.",
    ),
    (
        "signin-code-unknown",
        "ssobridge nie potrafi opisać tego kodu stanu; sprawdź go w dziennikach logowania w Azure.",
    ),
    (
        "signin-code-unknown-attr-profile",
        "Azure nie zna profilu atrybutów, o który prosi żądanie.",
    ),
    (
        "signin-code-unknown-principal",
        "Azure nie zna tego użytkownika: sprawdź, czy użytkownik istnieje w dzierżawie i jest przypisany do aplikacji.",
    ),
    (
        "signin-code-unsupported-binding",
        "Azure nie może odpowiedzieć z powiązaniem, o które prosi żądanie.",
    ),
    (
        "signin-code-version-mismatch",
        "Azure nie akceptuje wersji SAML żądania.",
    ),
    (
        "signin-destination-differs",
        "{0} to {1}, a nie {2} GoTo: w podstawowej konfiguracji protokołu SAML w Azure ustaw Adres URL odpowiedzi (adres URL usługi Assertion Consumer Service) na {2}.",
    ),
    (
        "signin-destination-missing",
        "Odpowiedź nie podaje ani Destination, ani Recipient, a GoTo oczekuje {0}: w podstawowej konfiguracji protokołu SAML w Azure ustaw Adres URL odpowiedzi (adres URL usługi Assertion Consumer Service) na {0}.",
    ),
    (
        "signin-destination-ok",
        "Odpowiedź jest skierowana na adres URL odpowiedzi GoTo {0}.",
    ),
    (
        "signin-encrypted",
        "Asercja jest zaszyfrowana, więc ssobridge nie może jej odczytać, a konfiguracja SAML w GoTo oczekuje niezaszyfrowanej asercji: w Azure otwórz stronę Szyfrowanie tokenu aplikacji i dezaktywuj tam certyfikat.",
    ),
    (
        "signin-issuer-differs",
        "Odpowiedź wystawił {0}, ale GoTo zawiera identyfikator jednostki {1}: jeśli to właściwa aplikacja, przechwyć ją w Azure i ponownie wypełnij GoTo (Identyfikator jednostki dostawcy tożsamości); w przeciwnym razie przetestuj z aplikacją, z której wypełniono GoTo.",
    ),
    (
        "signin-issuer-inconsistent",
        "Odpowiedź wystawił {0}, a jej asercję {1}; GoTo oczekuje jednego dostawcy tożsamości dla obu.",
    ),
    (
        "signin-issuer-missing",
        "Odpowiedź nie podaje elementu Issuer, więc GoTo nie może ustalić, który dostawca tożsamości ją wysłał.",
    ),
    (
        "signin-issuer-ok",
        "Odpowiedź wystawił {0}, identyfikator jednostki, który zawiera GoTo.",
    ),
    (
        "signin-issuer-unchecked",
        "Odpowiedź wystawił {0}. Nie przechwycono niczego do porównania: Identyfikator jednostki dostawcy tożsamości w GoTo musi być dokładnie taki, łącznie z końcowym ukośnikiem.",
    ),
    (
        "signin-nameid-missing",
        "Asercja nie wskazuje użytkownika (brak NameID), a GoTo wyszukuje użytkowników po adresie e-mail: w sekcji Atrybuty i oświadczenia w Azure ustaw Unikatowy identyfikator użytkownika (identyfikator nazwy) na user.mail lub user.userprincipalname w formacie Adres e-mail.",
    ),
    (
        "signin-nameid-not-email",
        "Użytkownik jest identyfikowany jako {0} (format {1}), co nie jest adresem e-mail, a GoTo wyszukuje użytkowników po adresie e-mail: w sekcji Atrybuty i oświadczenia w Azure ustaw Unikatowy identyfikator użytkownika (identyfikator nazwy) na user.mail lub user.userprincipalname w formacie Adres e-mail.",
    ),
    (
        "signin-nameid-ok",
        "Użytkownik jest identyfikowany jako {0}, adres e-mail: GoTo znajduje po nim użytkownika.",
    ),
    (
        "signin-no-assertion",
        "Odpowiedź nie zawiera asercji: Azure nikogo nie zalogował (zobacz sprawdzenie stanu).",
    ),
    (
        "signin-permission-refused",
        "Sprawdzanie logowania musi widzieć, co przeglądarka wysyła na adres logowania GoTo; bez tego uprawnienia nie może działać.",
    ),
    (
        "signin-privacy",
        "Odpowiedź SAML wskazuje osobę: ssobridge odczytuje ją w Twojej przeglądarce, nigdy jej nie przechowuje ani nie wysyła i zachowuje tylko te wyniki.",
    ),
    (
        "signin-signed-assertion",
        "Asercja jest podpisana (ssobridge nie weryfikuje podpisu; robi to GoTo certyfikatem, który zawiera).",
    ),
    (
        "signin-signed-both",
        "Odpowiedź i jej asercja są podpisane (ssobridge nie weryfikuje podpisów; robi to GoTo certyfikatem, który zawiera).",
    ),
    (
        "signin-signed-missing",
        "Ani odpowiedź, ani jej asercja nie są podpisane, a GoTo odrzuca niepodpisane logowania: w sekcji Certyfikaty SAML w Azure ustaw Opcję podpisywania na Podpisz asercję SAML.",
    ),
    (
        "signin-signed-response",
        "Odpowiedź jest podpisana (ssobridge nie weryfikuje podpisu; robi to GoTo certyfikatem, który zawiera).",
    ),
    (
        "signin-status-missing",
        "Odpowiedź nie ma kodu stanu, więc nie mówi, że użytkownik jest zalogowany; GoTo ją odrzuca.",
    ),
    (
        "signin-status-ok",
        "Azure odpowiedział Success: użytkownik jest zalogowany.",
    ),
    (
        "signin-status-problem",
        "Azure odpowiedział {0} zamiast Success: {1}",
    ),
    (
        "signin-status-problem-message",
        "Azure odpowiedział {0} zamiast Success: {1} Komunikat Azure: {2}",
    ),
    (
        "signin-status-version",
        "Odpowiedź jest w wersji SAML {0}; GoTo akceptuje tylko SAML 2.0. W Azure skonfiguruj aplikację do logowania jednokrotnego SAML.",
    ),
    (
        "signin-time-early",
        "{0} to {1}; teraz jest {2}, ponad 5 minut (dopuszczalna przez GoTo różnica zegarów) wcześniej, więc według zegara tego komputera odpowiedź nie jest jeszcze ważna. Któryś zegar jest błędny: ustaw poprawnie zegar tego komputera i przetestuj ponownie.",
    ),
    (
        "signin-time-expired",
        "{0} to {1}; teraz jest {2}, ponad 5 minut (dopuszczalna przez GoTo różnica zegarów) później, więc GoTo odrzuca odpowiedź jako wygasłą. Zaloguj się ponownie, aby uzyskać nową; jeśli była nowa, ustaw poprawnie zegar tego komputera.",
    ),
    (
        "signin-time-none",
        "Asercja nie określa okresu ważności (brak NotBefore i NotOnOrAfter).",
    ),
    (
        "signin-time-ok",
        "Asercja jest ważna od {0} do {1}, a teraz jest {2}: w tym okresie, z 5 minutami różnicy zegarów, które dopuszcza GoTo.",
    ),
    ("signin-time-open", "(nie ustawiono)"),
    (
        "signin-time-unreadable",
        "{0} zawiera „{1}”, co nie jest czasem, który ssobridge potrafi odczytać.",
    ),
    (
        "signin-timed-out",
        "W ciągu 5 minut do GoTo nie dotarło żadne logowanie testowe. Naciśnij przycisk ponownie, a następnie zaloguj się.",
    ),
    (
        "signin-waiting",
        "Oczekiwanie na jedno logowanie testowe (do 5 minut): w Azure naciśnij Testuj na stronie Logowanie jednokrotne aplikacji albo zaloguj się do GoTo jako przypisany użytkownik.",
    ),
    ("source-failed", "nie można pobrać metadanych"),
    ("source-fetched", "sprawdzono z metadanymi aplikacji"),
    ("source-file", "z pliku"),
    ("source-not-attempted", "tylko wartości ze strony"),
    ("source-unreadable", "metadane nie nadają się do użycia"),
    (
        "state-reset",
        "Niektóre zapisane ustawienia były niezrozumiałe i zostały zresetowane.",
    ),
    (
        "tenant-independent-metadata",
        "To są metadane Azure niezależne od dzierżawy (common), a nie metadane Twojej aplikacji. Użyj adresu URL metadanych federacji aplikacji pokazanego na stronie Logowanie jednokrotne SAML aplikacji.",
    ),
    (
        "two-metadata-urls",
        "Ta strona pokazuje dwa adresy URL metadanych federacji aplikacji ({0} i {1}). Niczego nie przechwycono: otwórz stronę Logowanie jednokrotne SAML jednej aplikacji.",
    ),
    (
        "two-tenants",
        "Ta strona pokazuje ustawienia dostawcy tożsamości dwóch dzierżaw ({0} i {1}). Niczego nie przechwycono: otwórz stronę Logowanie jednokrotne SAML jednej aplikacji i sprawdź, które wartości do niej należą.",
    ),
    (
        "unrecognised-input",
        "To nie jest ani certyfikat (PEM, Base64 lub DER), ani XML metadanych SAML.",
    ),
    (
        "unsafe-click",
        "Nic nie zrobiono: {0}. Jeśli kliknięto przycisk, upewnij się, że jest w pełni widoczny i nic go nie zasłania, a następnie kliknij go ponownie.",
    ),
    ("verifying", "Sprawdzanie, co strona zachowała…"),
    ("waiting-for-fields", "Oczekiwanie na pola tego trybu…"),
    (
        "waiting-for-form",
        "Oczekiwanie na formularz Dostawca tożsamości…",
    ),
    (
        "waiting-for-sp-pane",
        "Oczekiwanie na okienko Podstawowa konfiguracja protokołu SAML…",
    ),
    (
        "waiting-for-values",
        "Oczekiwanie na pojawienie się wartości SAML…",
    ),
    ("working", "Przetwarzanie…"),
    ("www-drop", "Upuść tutaj plik .cer, .pem lub .xml albo"),
    (
        "www-intro",
        "Upuść lub wklej certyfikat podpisywania Azure AD (Base64 lub nieprzetworzony) albo plik XML metadanych federacji aplikacji lub wklej jej adres URL metadanych federacji aplikacji. Wszystko jest odczytywane tutaj, w Twojej przeglądarce; nic nie jest nigdzie wysyłane poza żądaniem do wskazanego adresu URL metadanych.",
    ),
    (
        "www-paste",
        "…lub wklej PEM, Base64, XML metadanych albo adres URL metadanych",
    ),
    (
        "www-read-certificate",
        "Odczytano certyfikat: certyfikaty podpisywania: {0}.",
    ),
    (
        "www-read-metadata",
        "Odczytano metadane: certyfikaty podpisywania: {0}.",
    ),
    ("www-signin", "Sprawdzanie logowania"),
    (
        "www-signin-intro",
        "Aby sprawdzić logowanie testowe, wklej odpowiedź SAML (Base64 w postaci wysłanej lub XML): zostanie sprawdzona z certyfikatem lub metadanymi odczytanymi tu wcześniej i nigdy nie jest przechowywana ani wysyłana.",
    ),
    ("www-status", "Stan"),
    (
        "www-title",
        "ssobridge: odczytaj certyfikat Azure AD lub metadane SAML",
    ),
    ("www-values", "Wartości dla GoTo"),
    (
        "xml-doctype-forbidden",
        "XML deklaruje DOCTYPE lub encje. Metadane Azure nigdy tego nie robią, a taki XML może ukrywać ataki, więc został odrzucony.",
    ),
    ("xml-malformed", "XML nie jest poprawnie sformułowany: {0}"),
    (
        "xml-too-deep",
        "XML jest zagnieżdżony na więcej niż {0} poziomów; metadane Azure nie są, więc został odrzucony.",
    ),
    ("glance-empty", "Jeszcze nic nie przechwycono."),
    (
        "glance-partial",
        "Przechwycono częściowo: dodaj certyfikat lub plik metadanych federacji (Dodaj certyfikat lub metadane, poniżej).",
    ),
    (
        "glance-warnings",
        "Przechwycono, z ostrzeżeniami do przeczytania przed wypełnieniem GoTo: {0}.",
    ),
    (
        "glance-ready",
        "Przechwycono i sprawdzono: gotowe do wypełnienia GoTo.",
    ),
    ("glance-next", "Następny krok: {0}"),
    ("glance-all-done", "Wszystkie kroki są wykonane."),
    ("popup-certificate-details", "Szczegóły certyfikatu"),
    ("popup-copy-field", "Kopiuj {0}"),
    (
        "signin-summary-ok",
        "Wszystkie kontrole ({0}) zakończone pomyślnie: GoTo zaakceptuje to logowanie.",
    ),
    (
        "signin-summary-problems",
        "{0} z {1} kontroli wykryło problem; każda mówi, co zmienić.",
    ),
    ("signin-state-ok", "OK"),
    ("signin-state-problem", "Problem"),
    ("signin-name-status", "Stan"),
    ("signin-name-issuer", "Wystawca"),
    ("signin-name-destination", "Miejsce docelowe"),
    ("signin-name-audience", "Odbiorcy"),
    ("signin-name-certificate", "Certyfikat"),
    ("signin-name-signed", "Podpis"),
    ("signin-name-time", "Czas"),
    ("signin-name-nameid", "NameID"),
];
