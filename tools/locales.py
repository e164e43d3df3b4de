#!/usr/bin/env python3
"""Writes extension/_locales/*/messages.json from the table below.

Messages use $1..$9 for the values the Rust core passes in a status's `args`; this script
turns them into the named placeholders chrome.i18n requires. Run it after editing the table.
"""
import json, pathlib, re

M = {
 "extName": {"en": "ssobridge: Azure AD SAML to GoTo"},
 "extDescription": {"en": "Captures an Azure AD app's SAML settings and fills them into GoTo's Organization Center, and GoTo's values into Azure. Nothing leaves your machine.",
   "nl": "Leest de SAML-instellingen van een Azure AD-app en vult ze in het Organization Center van GoTo in, en de waarden van GoTo in Azure. Er verlaat niets uw computer.",
   "sv": "Läser en Azure AD-apps SAML-inställningar och fyller i dem i GoTos Organization Center, och GoTos värden i Azure. Inget lämnar din dator.",
   "de": "Liest die SAML-Einstellungen einer Azure AD-App und trägt sie im Organization Center von GoTo ein, und die Werte von GoTo in Azure. Nichts verlässt Ihren Rechner."},
 "button_capture": {"en": "Send to GoTo", "nl": "Naar GoTo sturen", "sv": "Skicka till GoTo", "de": "An GoTo senden"},
 "button_fill": {"en": "Fill from Azure AD", "nl": "Invullen vanuit Azure AD", "sv": "Fyll i från Azure AD", "de": "Aus Azure AD ausfüllen"},
 "button_fill_sp": {"en": "Fill GoTo values", "nl": "GoTo-waarden invullen", "sv": "Fyll i GoTo-värden", "de": "GoTo-Werte eintragen"},
 "button_confirm": {"en": "Replace the different values", "nl": "Afwijkende waarden vervangen", "sv": "Ersätt de avvikande värdena", "de": "Abweichende Werte ersetzen"},
 "status_working": {"en": "Working…", "nl": "Bezig…", "sv": "Arbetar…", "de": "Wird ausgeführt…"},
 "status_waiting_for_values": {"en": "Waiting for the SAML values to appear…", "nl": "Wachten tot de SAML-waarden verschijnen…", "sv": "Väntar på att SAML-värdena ska visas…", "de": "Warten, bis die SAML-Werte erscheinen…"},
 "status_fetching_metadata": {"en": "Reading the app's federation metadata…", "nl": "De federatiemetagegevens van de app lezen…", "sv": "Läser appens federationsmetadata…", "de": "Die Verbundmetadaten der App werden gelesen…"},
 "status_waiting_for_form": {"en": "Waiting for the form…", "nl": "Wachten op het formulier…", "sv": "Väntar på formuläret…", "de": "Warten auf das Formular…"},
 "status_choosing_mode": {"en": "Choosing the configuration mode…", "nl": "De configuratiemodus kiezen…", "sv": "Väljer konfigurationsläget…", "de": "Konfigurationsmodus wird gewählt…"},
 "status_waiting_for_fields": {"en": "Waiting for the fields of this mode…", "nl": "Wachten op de velden van deze modus…", "sv": "Väntar på fälten för detta läge…", "de": "Warten auf die Felder dieses Modus…"},
 "status_verifying": {"en": "Checking what the page kept…", "nl": "Controleren wat de pagina heeft behouden…", "sv": "Kontrollerar vad sidan behöll…", "de": "Prüfen, was die Seite übernommen hat…"},
 "status_filled": {"en": "Filled $1 field(s); $2 already correct. Review the form, then press Save.", "nl": "$1 veld(en) ingevuld; $2 al juist. Controleer het formulier en klik daarna op Opslaan.", "sv": "$1 fält ifyllda; $2 redan rätt. Granska formuläret och klicka sedan på Spara.", "de": "$1 Feld(er) ausgefüllt; $2 bereits richtig. Prüfen Sie das Formular und klicken Sie dann auf Speichern."},
 "status_conflict": {"en": "Different values are already in: $1. Press \"Replace the different values\" to overwrite them.", "nl": "Er staan al andere waarden in: $1. Klik op \"Afwijkende waarden vervangen\" om ze te overschrijven.", "sv": "Andra värden finns redan i: $1. Klicka på \"Ersätt de avvikande värdena\" för att skriva över dem.", "de": "Es stehen bereits andere Werte in: $1. Klicken Sie auf \"Abweichende Werte ersetzen\", um sie zu überschreiben."},
 "status_refused": {"en": "The page did not keep: $1. Copy the value from the ssobridge popup and paste it by hand.", "nl": "De pagina heeft niet behouden: $1. Kopieer de waarde uit het ssobridge-venster en plak ze met de hand.", "sv": "Sidan behöll inte: $1. Kopiera värdet från ssobridge-fönstret och klistra in det för hand.", "de": "Die Seite hat nicht übernommen: $1. Kopieren Sie den Wert aus dem ssobridge-Fenster und fügen Sie ihn von Hand ein."},
 "status_captured": {"en": "Captured and checked against the app's metadata (certificate $1, valid until $2). Now open GoTo's Identity provider tab and press \"Fill from Azure AD\".", "nl": "Vastgelegd en gecontroleerd met de metagegevens van de app (certificaat $1, geldig tot $2). Open nu het tabblad Identity provider van GoTo en klik op \"Invullen vanuit Azure AD\".", "sv": "Hämtat och kontrollerat mot appens metadata (certifikat $1, giltigt till $2). Öppna nu fliken Identity provider i GoTo och klicka på \"Fyll i från Azure AD\".", "de": "Erfasst und mit den Metadaten der App abgeglichen (Zertifikat $1, gültig bis $2). Öffnen Sie jetzt die Registerkarte Identity provider in GoTo und klicken Sie auf \"Aus Azure AD ausfüllen\"."},
 "status_captured_with_differences": {"en": "Captured from the app's metadata, which disagrees with the page: $1.", "nl": "Vastgelegd uit de metagegevens van de app, die afwijken van de pagina: $1.", "sv": "Hämtat från appens metadata, som skiljer sig från sidan: $1.", "de": "Aus den Metadaten der App erfasst, die von der Seite abweichen: $1."},
 "status_metadata_fetch_failed": {"en": "The app's federation metadata could not be fetched ($1). Kept what the page shows; add the certificate (Base64) or the Federation Metadata XML in the ssobridge popup.", "nl": "De federatiemetagegevens van de app konden niet worden opgehaald ($1). De waarden van de pagina zijn bewaard; voeg het certificaat (Base64) of de federatiemetagegevens-XML toe in het ssobridge-venster.", "sv": "Appens federationsmetadata kunde inte hämtas ($1). Sidans värden sparades; lägg till certifikatet (Base64) eller federationsmetadata-XML i ssobridge-fönstret.", "de": "Die Verbundmetadaten der App konnten nicht abgerufen werden ($1). Die Werte der Seite wurden behalten; fügen Sie das Zertifikat (Base64) oder die Verbundmetadaten-XML im ssobridge-Fenster hinzu."},
 "status_metadata_unreadable": {"en": "The app's federation metadata was fetched but is not usable: $1 Kept what the page shows; add the certificate (Base64) or the Federation Metadata XML in the ssobridge popup."},
 "metadata_unreadable": {"en": "metadata not usable", "nl": "metagegevens onbruikbaar", "sv": "metadata oanvändbar", "de": "Metadaten unbrauchbar"},
 "status_metadata_unknown": {"en": "Kept what the page shows, but the metadata URL is not on the page, so the certificate is missing: add the certificate (Base64) or the Federation Metadata XML in the ssobridge popup."},
 "status_nothing_found": {"en": "No SAML settings were found on this page. Wait until the page has loaded, or open the SAML single sign-on page of the app.", "nl": "Op deze pagina zijn geen SAML-instellingen gevonden. Wacht tot de pagina is geladen of open de pagina voor eenmalige aanmelding met SAML van de app.", "sv": "Inga SAML-inställningar hittades på den här sidan. Vänta tills sidan har lästs in, eller öppna appens sida för enkel inloggning med SAML.", "de": "Auf dieser Seite wurden keine SAML-Einstellungen gefunden. Warten Sie, bis die Seite geladen ist, oder öffnen Sie die SAML-SSO-Seite der App."},
 "status_nothing_captured": {"en": "Nothing has been captured yet. Open the app's SAML single sign-on page in Azure and press \"Send to GoTo\" first.", "nl": "Er is nog niets vastgelegd. Open eerst de SAML-pagina van de app in Azure en klik op \"Naar GoTo sturen\".", "sv": "Inget har hämtats ännu. Öppna först appens SAML-sida i Azure och klicka på \"Skicka till GoTo\".", "de": "Es wurde noch nichts erfasst. Öffnen Sie zuerst die SAML-Seite der App in Azure und klicken Sie auf \"An GoTo senden\"."},
 # Errors: English users get the core's own sentence (with its details); these translate the
 # common ones. In-page statuses use status_<variant>, the popup error_<variant>.
 "status_form_not_found": {"nl": "Het formulier Identity provider is niet gevonden op deze pagina.", "sv": "Formuläret Identity provider hittades inte på den här sidan.", "de": "Das Formular Identity provider wurde auf dieser Seite nicht gefunden."},
 "status_missing_value": {"nl": "Een waarde die deze modus nodig heeft is nog niet vastgelegd. Leg ze vast in Azure of voeg het certificaat of de metagegevens toe in het ssobridge-venster.", "sv": "Ett värde som detta läge behöver har inte hämtats. Hämta det i Azure eller lägg till certifikatet eller metadata i ssobridge-fönstret.", "de": "Ein Wert, den dieser Modus braucht, wurde noch nicht erfasst. Erfassen Sie ihn in Azure oder fügen Sie Zertifikat oder Metadaten im ssobridge-Fenster hinzu."},
 "error_invalid_pem": {"nl": "De PEM-tekst is beschadigd. Hij moet beginnen met -----BEGIN CERTIFICATE----- en eindigen met -----END CERTIFICATE-----.", "sv": "PEM-texten är skadad. Den måste börja med -----BEGIN CERTIFICATE----- och sluta med -----END CERTIFICATE-----.", "de": "Der PEM-Text ist beschädigt. Er muss mit -----BEGIN CERTIFICATE----- beginnen und mit -----END CERTIFICATE----- enden."},
 "error_invalid_base64": {"nl": "De Base64-tekst kan niet worden gedecodeerd; mogelijk is hij afgekapt. Kopieer het hele certificaat opnieuw.", "sv": "Base64-texten kan inte avkodas; den kan vara avkortad. Kopiera hela certifikatet igen.", "de": "Der Base64-Text lässt sich nicht dekodieren; vielleicht ist er abgeschnitten. Kopieren Sie das ganze Zertifikat erneut."},
 "error_not_a_certificate": {"nl": "De gegevens zijn geen X.509-certificaat.", "sv": "Datan är inte ett X.509-certifikat.", "de": "Die Daten sind kein X.509-Zertifikat."},
 "error_unrecognised_input": {"nl": "Dit is geen certificaat (PEM, Base64 of DER) en geen SAML-metagegevens-XML.", "sv": "Detta är varken ett certifikat (PEM, Base64 eller DER) eller SAML-metadata-XML.", "de": "Das ist weder ein Zertifikat (PEM, Base64 oder DER) noch SAML-Metadaten-XML."},
 "error_input_too_large": {"nl": "Het bestand is groter dan 1 MiB; dit is waarschijnlijk het verkeerde bestand.", "sv": "Filen är större än 1 MiB; det är troligen fel fil.", "de": "Die Datei ist größer als 1 MiB; wahrscheinlich ist es die falsche Datei."},
 "error_xml_doctype_forbidden": {"nl": "De XML bevat een DOCTYPE of entiteiten. Azure-metagegevens nooit, dus wordt ze geweigerd.", "sv": "XML-filen innehåller en DOCTYPE eller entiteter. Det gör Azure-metadata aldrig, så den avvisas.", "de": "Das XML enthält einen DOCTYPE oder Entitäten. Azure-Metadaten nie, daher wird es abgelehnt."},
 "error_private_key": {"nl": "Het bestand bevat een privésleutel. ssobridge leest nooit privésleutels; GoTo heeft alleen het certificaat nodig. Houd dit bestand geheim.", "sv": "Filen innehåller en privat nyckel. ssobridge läser aldrig privata nycklar; GoTo behöver bara certifikatet. Håll filen hemlig.", "de": "Die Datei enthält einen privaten Schlüssel. ssobridge liest nie private Schlüssel; GoTo braucht nur das Zertifikat. Halten Sie die Datei geheim."},
 "error_certificate_request": {"nl": "Het bestand is een certificaataanvraag, geen certificaat. Download \"Certificaat (Base64)\" uit Azure.", "sv": "Filen är en certifikatbegäran, inte ett certifikat. Ladda ned \"Certifikat (Base64)\" från Azure.", "de": "Die Datei ist eine Zertifikatsanforderung, kein Zertifikat. Laden Sie \"Zertifikat (Base64)\" aus Azure herunter."},
 "error_tenant_independent_metadata": {"nl": "Dit zijn de algemene metagegevens van Azure, niet die van uw app. Gebruik de URL voor federatieve metagegevens van de app.", "sv": "Detta är Azures gemensamma metadata, inte appens. Använd appens URL för appfederationsmetadata.", "de": "Das sind die allgemeinen Metadaten von Azure, nicht die Ihrer App. Verwenden Sie die App-Verbundmetadaten-URL."},
 "error_bad_metadata_url": {"nl": "Dit is geen URL voor federatieve metagegevens van Azure.", "sv": "Detta är inte en URL för Azure-federationsmetadata.", "de": "Das ist keine Azure-Verbundmetadaten-URL."},
 "drift_in_sync": {"en": "GoTo holds what Azure holds: in sync.", "nl": "GoTo bevat wat Azure bevat: gelijk.", "sv": "GoTo har samma värden som Azure: i synk.", "de": "GoTo enthält, was Azure enthält: synchron."},
 "drift_differs": {"en": "GoTo differs from Azure:", "nl": "GoTo wijkt af van Azure:", "sv": "GoTo skiljer sig från Azure:", "de": "GoTo weicht von Azure ab:"},
 "popup_settings": {"en": "Captured Azure AD settings", "nl": "Vastgelegde Azure AD-instellingen", "sv": "Hämtade Azure AD-inställningar", "de": "Erfasste Azure AD-Einstellungen"},
 "popup_fill": {"en": "How to fill GoTo", "nl": "Hoe GoTo in te vullen", "sv": "Hur GoTo ska fyllas i", "de": "Wie GoTo ausgefüllt wird"},
 "popup_mode": {"en": "Mode", "nl": "Modus", "sv": "Läge", "de": "Modus"},
 "popup_product": {"en": "GoTo product (Relay State)", "nl": "GoTo-product (Relay State)", "sv": "GoTo-produkt (Relay State)", "de": "GoTo-Produkt (Relay State)"},
 "mode_manual": {"en": "Manual", "nl": "Handmatig", "sv": "Manuellt", "de": "Manuell"},
 "mode_automatic": {"en": "Automatic (metadata URL)", "nl": "Automatisch (metagegevens-URL)", "sv": "Automatiskt (metadata-URL)", "de": "Automatisch (Metadaten-URL)"},
 "mode_metadata_file": {"en": "Upload metadata file", "nl": "Metagegevensbestand uploaden", "sv": "Ladda upp metadatafil", "de": "Metadatendatei hochladen"},
 "popup_add": {"en": "Add a certificate or metadata", "nl": "Certificaat of metagegevens toevoegen", "sv": "Lägg till certifikat eller metadata", "de": "Zertifikat oder Metadaten hinzufügen"},
 "popup_drop": {"en": "Drop Certificate (Base64), Certificate (Raw) or Federation Metadata XML here, or choose a file", "nl": "Zet hier Certificaat (Base64), Certificaat (Onbewerkt) of de federatiemetagegevens-XML neer, of kies een bestand", "sv": "Släpp Certifikat (Base64), Certifikat (Rå) eller federationsmetadata-XML här, eller välj en fil", "de": "Zertifikat (Base64), Zertifikat (Rohdaten) oder Verbundmetadaten-XML hier ablegen oder eine Datei wählen"},
 "popup_metadata_url": {"en": "App Federation Metadata Url", "nl": "URL voor federatieve metagegevens van app", "sv": "URL för appfederationsmetadata", "de": "App-Verbundmetadaten-URL"},
 "popup_fetch": {"en": "Read", "nl": "Lezen", "sv": "Läs", "de": "Lesen"},
 "popup_checklist": {"en": "Setup checklist", "nl": "Controlelijst", "sv": "Checklista", "de": "Checkliste"},
 "popup_clear": {"en": "Clear", "nl": "Wissen", "sv": "Rensa", "de": "Löschen"},
 "button_copy": {"en": "Copy", "nl": "Kopiëren", "sv": "Kopiera", "de": "Kopieren"},
 "popup_last_fill": {"en": "Last fill", "nl": "Laatste invulling", "sv": "Senaste ifyllning", "de": "Letztes Ausfüllen"},
 "outcome_filled": {"en": "filled", "nl": "ingevuld", "sv": "ifyllt", "de": "ausgefüllt"},
 "outcome_already_correct": {"en": "already correct", "nl": "al juist", "sv": "redan rätt", "de": "bereits richtig"},
 "outcome_refused": {"en": "refused by the page: paste it by hand", "nl": "geweigerd door de pagina: plak het met de hand", "sv": "nekades av sidan: klistra in för hand", "de": "von der Seite abgelehnt: von Hand einfügen"},
 "outcome_conflict": {"en": "holds a different value", "nl": "bevat een andere waarde", "sv": "har ett annat värde", "de": "enthält einen anderen Wert"},
 "outcome_attached": {"en": "file attached", "nl": "bestand bijgevoegd", "sv": "fil bifogad", "de": "Datei angehängt"},
 "popup_copy": {"en": "Copy", "nl": "Kopiëren", "sv": "Kopiera", "de": "Kopieren"},
 "popup_download_pem": {"en": "Download PEM", "nl": "PEM downloaden", "sv": "Ladda ned PEM", "de": "PEM herunterladen"},
 "popup_added": {"en": "Added.", "nl": "Toegevoegd.", "sv": "Tillagt.", "de": "Hinzugefügt."},
 "popup_cleared": {"en": "Cleared.", "nl": "Gewist.", "sv": "Rensat.", "de": "Gelöscht."},
 "popup_nothing": {"en": "Nothing captured yet. Open the app's SAML single sign-on page in Azure and press \"Send to GoTo\".", "nl": "Nog niets vastgelegd. Open de SAML-pagina van de app in Azure en klik op \"Naar GoTo sturen\".", "sv": "Inget hämtat ännu. Öppna appens SAML-sida i Azure och klicka på \"Skicka till GoTo\".", "de": "Noch nichts erfasst. Öffnen Sie die SAML-Seite der App in Azure und klicken Sie auf \"An GoTo senden\"."},
 "field_sign_in_url": {"en": "Sign-in URL", "nl": "Aanmeldings-URL", "sv": "Inloggnings-URL", "de": "Anmelde-URL"},
 "field_sign_out_url": {"en": "Sign-out URL", "nl": "Afmeldings-URL", "sv": "Utloggnings-URL", "de": "Abmelde-URL"},
 "field_entity_id": {"en": "Entity ID", "nl": "Entiteits-id", "sv": "Entitets-ID", "de": "Entitäts-ID"},
 "field_metadata_url": {"en": "Metadata URL", "nl": "Metagegevens-URL", "sv": "Metadata-URL", "de": "Metadaten-URL"},
 "field_thumbprint": {"en": "Thumbprint (SHA-1)", "nl": "Vingerafdruk (SHA-1)", "sv": "Tumavtryck (SHA-1)", "de": "Fingerabdruck (SHA-1)"},
 "field_not_after": {"en": "Expires", "nl": "Verloopt", "sv": "Upphör", "de": "Läuft ab"},
 "cert_subject": {"en": "Subject", "nl": "Onderwerp", "sv": "Ämne", "de": "Antragsteller"},
 "cert_issuer": {"en": "Issuer", "nl": "Verlener", "sv": "Utfärdare", "de": "Aussteller"},
 "cert_serial": {"en": "Serial", "nl": "Serienummer", "sv": "Serienummer", "de": "Seriennummer"},
 "cert_valid": {"en": "Valid", "nl": "Geldig", "sv": "Giltigt", "de": "Gültig"},
 "cert_key": {"en": "Key", "nl": "Sleutel", "sv": "Nyckel", "de": "Schlüssel"},
 "cert_choice": {"en": "Chosen", "nl": "Gekozen", "sv": "Valt", "de": "Gewählt"},
 "cert_other": {"en": "Also listed", "nl": "Ook vermeld", "sv": "Också listat", "de": "Ebenfalls aufgeführt"},
 "metadata_fetched": {"en": "checked against the app's metadata", "nl": "gecontroleerd met de metagegevens van de app", "sv": "kontrollerat mot appens metadata", "de": "mit den Metadaten der App abgeglichen"},
 "metadata_failed": {"en": "metadata could not be fetched", "nl": "metagegevens konden niet worden opgehaald", "sv": "metadata kunde inte hämtas", "de": "Metadaten konnten nicht abgerufen werden"},
 "metadata_file": {"en": "from a file", "nl": "uit een bestand", "sv": "från en fil", "de": "aus einer Datei"},
 "metadata_not_attempted": {"en": "page values only", "nl": "alleen paginawaarden", "sv": "endast sidans värden", "de": "nur Werte der Seite"},
 "check_add_app": {"en": "In Azure, add the GoToMeeting gallery app and choose SAML single sign-on.", "nl": "Voeg in Azure de galerie-app GoToMeeting toe en kies eenmalige aanmelding met SAML.", "sv": "Lägg till galleriappen GoToMeeting i Azure och välj enkel inloggning med SAML.", "de": "Fügen Sie in Azure die Katalog-App GoToMeeting hinzu und wählen Sie SAML-SSO."},
 "check_basic_saml": {"en": "Fill Basic SAML Configuration (Identifier, Reply URL, Relay State) and save it.", "nl": "Vul de SAML-basisconfiguratie in (id, antwoord-URL, relaystatus) en sla die op.", "sv": "Fyll i grundläggande SAML-konfiguration (identifierare, svars-URL, vidarebefordransstatus) och spara.", "de": "Füllen Sie die SAML-Basiskonfiguration aus (Bezeichner, Antwort-URL, Relaystatus) und speichern Sie sie."},
 "check_capture": {"en": "Capture the sign-in URL, entity ID and certificate (Send to GoTo).", "nl": "Leg de aanmeldings-URL, entiteits-id en het certificaat vast (Naar GoTo sturen).", "sv": "Hämta inloggnings-URL, entitets-ID och certifikat (Skicka till GoTo).", "de": "Erfassen Sie Anmelde-URL, Entitäts-ID und Zertifikat (An GoTo senden)."},
 "check_goto_fill": {"en": "In GoTo's Organization Center, fill the Identity provider form.", "nl": "Vul in het Organization Center van GoTo het formulier Identity provider in.", "sv": "Fyll i formuläret Identity provider i GoTos Organization Center.", "de": "Füllen Sie im Organization Center von GoTo das Formular Identity provider aus."},
 "check_goto_save": {"en": "Review and save the form in GoTo.", "nl": "Controleer het formulier in GoTo en sla het op.", "sv": "Granska och spara formuläret i GoTo.", "de": "Prüfen und speichern Sie das Formular in GoTo."},
 "check_assign_test": {"en": "Assign users to the app in Azure and test sign-in.", "nl": "Wijs in Azure gebruikers toe aan de app en test de aanmelding.", "sv": "Tilldela användare till appen i Azure och testa inloggningen.", "de": "Weisen Sie der App in Azure Benutzer zu und testen Sie die Anmeldung."},
}

root = pathlib.Path(__file__).resolve().parent.parent / "extension" / "_locales"
for lang in ["en", "nl", "sv", "de"]:
    out = {}
    for key, texts in M.items():
        if lang not in texts:
            continue  # chrome.i18n falls back to default_locale (en)
        text = texts[lang]
        numbers = sorted(set(re.findall(r"\$(\d)", text)))
        entry = {"message": re.sub(r"\$(\d)", r"$ARG\1$", text)}
        if numbers:
            entry["placeholders"] = {f"arg{n}": {"content": f"${n}"} for n in numbers}
        out[key] = entry
    path = root / lang / "messages.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(path, len(out))
