//! What ssobridge says, in the admin's language: one table of sentences (`table::TABLE`), and
//! messages (a key and typed arguments) rendered from it. The core builds messages; it never
//! writes a sentence anywhere else, so English and every translation come from one place.

// The table and the translations beyond its columns, one file per language keyed like it: native
// code (the CLI, the tests, the `_locales` generator) only. The wasm module carries none of it:
// it reads English and the admin's language from the generated `_locales` at start
// ([`use_catalogue`]), so a sentence or a language adds nothing to the module.
#[cfg(not(target_arch = "wasm32"))]
mod es;
#[cfg(not(target_arch = "wasm32"))]
mod fr;
#[cfg(not(target_arch = "wasm32"))]
mod it;
#[cfg(not(target_arch = "wasm32"))]
mod ja;
#[cfg(not(target_arch = "wasm32"))]
mod pl;
#[cfg(not(target_arch = "wasm32"))]
mod pt_br;
#[cfg(not(target_arch = "wasm32"))]
pub mod table;

use crate::sorted::Members;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

/// A shipped language.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Dutch (Microsoft publishes the tutorials in Dutch).
    Nl,
    /// Swedish (likewise).
    Sv,
    /// German (GoTo's Organization Center is localised in German).
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese as written in Brazil.
    #[serde(rename = "pt-BR")]
    PtBr,
    /// Japanese.
    Ja,
    /// Polish (the capture reads a Polish portal's labels too).
    Pl,
}

impl Lang {
    /// Every shipped language.
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::Nl,
        Lang::Sv,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::PtBr,
        Lang::Ja,
        Lang::Pl,
    ];

    /// The language of a BCP 47 tag such as `nl-NL`, `pt-BR` or `sv`; English for anything
    /// else. Portuguese of any region reads the Brazilian texts (the only Portuguese shipped).
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Lang::Nl,
            "sv" => Lang::Sv,
            "de" => Lang::De,
            "fr" => Lang::Fr,
            "es" => Lang::Es,
            "it" => Lang::It,
            "pt" => Lang::PtBr,
            "ja" => Lang::Ja,
            "pl" => Lang::Pl,
            _ => Lang::En,
        }
    }

    /// The `_locales` folder name (Chrome's: `pt_BR` with an underscore).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Sv => "sv",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::PtBr => "pt_BR",
            Lang::Ja => "ja",
            Lang::Pl => "pl",
        }
    }

    /// Where the extension (and www, which ships a copy) keeps this language's sentences, for
    /// [`Catalogue::from_locales_json`].
    pub fn locales_file(self) -> String {
        format!("_locales/{}/messages.json", self.code())
    }

    /// The `_locales` files the wasm module reads at start to speak this language: English
    /// (what every other language falls back to, and the language of the CLI's words some
    /// results carry), then this one.
    pub fn locales_files(self) -> Vec<String> {
        let mut files = vec![Lang::En.locales_file()];
        if self != Lang::En {
            files.push(self.locales_file());
        }
        files
    }
}

/// One line of the table: a key and its English, Dutch, Swedish and German texts.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The key; `_locales` use it with `-` turned into `_`.
    pub key: &'static str,
    /// The English text, `{0}`, `{1}`… standing for the arguments.
    pub en: &'static str,
    /// Dutch, Swedish, German.
    pub nl_sv_de: [&'static str; 3],
}

/// The entry for `key`.
#[cfg(not(target_arch = "wasm32"))]
pub fn entry(key: &str) -> Option<&'static Entry> {
    table::TABLE.iter().find(|e| e.key == key)
}

/// Whether `key` is one of the table's (in the wasm module, which has no table, every key is
/// taken to be).
fn known(key: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return entry(key).is_some();
    #[cfg(target_arch = "wasm32")]
    {
        let _ = key;
        true
    }
}

/// The text of `key` in `lang` as compiled into this build: every language natively, none in
/// the wasm module.
pub fn compiled_text(lang: Lang, key: &str) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    fn find(texts: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
        texts.iter().find(|(k, _)| *k == key).map(|(_, text)| *text)
    }
    match lang {
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => entry(key).map(|e| e.en),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Nl => entry(key).map(|e| e.nl_sv_de[0]),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => entry(key).map(|e| e.nl_sv_de[1]),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::De => entry(key).map(|e| e.nl_sv_de[2]),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Fr => find(fr::TEXTS, key),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Es => find(es::TEXTS, key),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::It => find(it::TEXTS, key),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::PtBr => find(pt_br::TEXTS, key),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Ja => find(ja::TEXTS, key),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Pl => find(pl::TEXTS, key),
        #[cfg(target_arch = "wasm32")]
        _ => {
            let _ = (lang, key);
            None
        }
    }
}

/// The keys a language file lists (natively; the missing-sentence test compares them with the
/// table's).
#[cfg(not(target_arch = "wasm32"))]
pub fn translated_keys(lang: Lang) -> Vec<&'static str> {
    let file = match lang {
        Lang::En | Lang::Nl | Lang::Sv | Lang::De => {
            return table::TABLE.iter().map(|e| e.key).collect();
        }
        Lang::Fr => fr::TEXTS,
        Lang::Es => es::TEXTS,
        Lang::It => it::TEXTS,
        Lang::PtBr => pt_br::TEXTS,
        Lang::Ja => ja::TEXTS,
        Lang::Pl => pl::TEXTS,
    };
    file.iter().map(|(key, _)| *key).collect()
}

/// One language's sentences read at run time from its generated `_locales` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    lang: Lang,
    /// Each text under its key (a sorted `Vec`: `crate::sorted` says why).
    texts: Members<String>,
}

/// A `_locales` entry, as far as the catalogue reads it.
#[derive(Deserialize)]
struct LocaleMessage {
    message: String,
}

impl Catalogue {
    /// Reads a `_locales/<lang>/messages.json` written by `locales_json`: the language from
    /// its `lang` entry, each text under its table key (`_` back to `-`: table keys hold no
    /// `_`) with chrome.i18n's `$ARGn$` back as `{n-1}`.
    pub fn from_locales_json(json: &str) -> crate::Result<Catalogue> {
        let file: Members<LocaleMessage> =
            serde_json::from_str(json).map_err(|err| crate::Error::BadMessage {
                detail: format!("language file: {err}"),
            })?;
        let lang = file
            .get("lang")
            .map(|entry| Lang::from_tag(&entry.message))
            .unwrap_or_default();
        let mut texts = Members::new();
        for (key, entry) in file.iter() {
            texts.insert(key.replace('_', "-"), numbered_placeholders(&entry.message));
        }
        Ok(Catalogue { lang, texts })
    }

    /// The text under `key` (its `$ARGn$` already `{n-1}`).
    fn get(&self, key: &str) -> Option<&str> {
        self.texts.get(key).map(String::as_str)
    }

    /// The language the file is in.
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

/// `text` with chrome.i18n's `$ARG1$`, `$ARG2$`… as the table's `{0}`, `{1}`….
fn numbered_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("$ARG") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let number = after[..digits].parse::<usize>().ok().filter(|n| *n > 0);
        match number {
            Some(n) if after[digits..].starts_with('$') => {
                out.push_str(&format!("{{{}}}", n - 1));
                rest = &after[digits + 1..];
            }
            _ => {
                out.push_str("$ARG");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

thread_local! {
    /// The catalogues read at start: English and the admin's language in the worker and www,
    /// none natively, where every language is compiled in.
    static LOADED: RefCell<Vec<Rc<Catalogue>>> = const { RefCell::new(Vec::new()) };
}

/// Makes `catalogue` the source of its language's sentences from now on (in place of one read
/// before for the same language).
pub fn use_catalogue(catalogue: Catalogue) {
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        loaded.retain(|c| c.lang != catalogue.lang);
        loaded.push(Rc::new(catalogue));
    });
}

fn loaded(lang: Lang) -> Option<Rc<Catalogue>> {
    LOADED.with(|loaded| loaded.borrow().iter().find(|c| c.lang == lang).cloned())
}

/// A message argument: plain text (a URL, a date), a table key rendered in the reader's
/// language (a field name), a nested message, or a list of them.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Arg {
    /// Shown as is.
    Text(String),
    /// A table key, shown in the reader's language.
    Key(String),
    /// A nested message.
    Message(Message),
    /// Items joined with "; ".
    List(Vec<Arg>),
}

/// [`Arg`]'s variants, as `kind` names them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ArgKind {
    Text,
    Key,
    Message,
    List,
}

crate::variants::deserialize_by_name!(arg_kind_is_read_by_name: ArgKind {
    Text = "text",
    Key = "key",
    Message = "message",
    List = "list",
});

/// The keys of an [`Arg`] object.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum ArgField {
    Kind,
    Value,
    #[serde(other)]
    Other,
}

/// Reads `{"kind": …, "value": …}` as the derived adjacently tagged reader does, without its
/// fallback through serde's `Content` (which brought that machinery into the wasm module):
/// `value` is read as its kind's type when `kind` comes first, as everything ssobridge writes
/// has it (serde_json and Chromium's sorted storage keys alike); a `value` before its `kind`
/// is kept as raw JSON text and read once the kind is known.
impl<'de> Deserialize<'de> for Arg {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Arg, D::Error> {
        deserializer.deserialize_struct("Arg", &["kind", "value"], ArgVisitor)
    }
}

struct ArgVisitor;

impl ArgVisitor {
    fn value<'de, A: serde::de::MapAccess<'de>>(
        kind: &ArgKind,
        map: &mut A,
    ) -> Result<Arg, A::Error> {
        Ok(match kind {
            ArgKind::Text => Arg::Text(map.next_value()?),
            ArgKind::Key => Arg::Key(map.next_value()?),
            ArgKind::Message => Arg::Message(map.next_value()?),
            ArgKind::List => Arg::List(map.next_value()?),
        })
    }

    fn from_raw<E: serde::de::Error>(
        kind: &ArgKind,
        raw: &serde_json::value::RawValue,
    ) -> Result<Arg, E> {
        let text = raw.get();
        let arg = match kind {
            ArgKind::Text => serde_json::from_str(text).map(Arg::Text),
            ArgKind::Key => serde_json::from_str(text).map(Arg::Key),
            ArgKind::Message => serde_json::from_str(text).map(Arg::Message),
            ArgKind::List => serde_json::from_str(text).map(Arg::List),
        };
        arg.map_err(E::custom)
    }
}

impl<'de> serde::de::Visitor<'de> for ArgVisitor {
    type Value = Arg;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("struct Arg")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Arg, A::Error> {
        use serde::de::Error as _;
        let mut kind = None;
        let mut early: Option<Box<serde_json::value::RawValue>> = None;
        let mut arg = None;
        while let Some(key) = map.next_key::<ArgField>()? {
            match key {
                ArgField::Kind if kind.is_some() => return Err(A::Error::duplicate_field("kind")),
                ArgField::Kind => {
                    let known: ArgKind = map.next_value()?;
                    if let Some(raw) = early.take() {
                        arg = Some(Self::from_raw(&known, &raw)?);
                    }
                    kind = Some(known);
                }
                ArgField::Value if arg.is_some() || early.is_some() => {
                    return Err(A::Error::duplicate_field("value"));
                }
                ArgField::Value => match &kind {
                    Some(known) => arg = Some(Self::value(known, &mut map)?),
                    None => early = Some(map.next_value()?),
                },
                ArgField::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        if kind.is_none() {
            return Err(A::Error::missing_field("kind"));
        }
        arg.ok_or_else(|| A::Error::missing_field("value"))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Arg, A::Error> {
        use serde::de::Error as _;
        let kind: ArgKind = seq
            .next_element()?
            .ok_or_else(|| A::Error::invalid_length(0, &self))?;
        let arg = match kind {
            ArgKind::Text => seq.next_element()?.map(Arg::Text),
            ArgKind::Key => seq.next_element()?.map(Arg::Key),
            ArgKind::Message => seq.next_element()?.map(Arg::Message),
            ArgKind::List => seq.next_element()?.map(Arg::List),
        };
        arg.ok_or_else(|| A::Error::invalid_length(1, &self))
    }
}

impl Arg {
    /// Plain text.
    pub fn text(text: impl Into<String>) -> Arg {
        Arg::Text(text.into())
    }

    /// A table key.
    pub fn key(key: &str) -> Arg {
        Arg::Key(key.to_owned())
    }

    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Key(key) => render(lang, key, &[]),
            Arg::Message(message) => message.render(lang),
            Arg::List(items) => items
                .iter()
                .map(|item| item.render(lang))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// A sentence to show: a table key and its arguments.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    /// The table key.
    pub key: String,
    /// The arguments, in placeholder order.
    pub args: Vec<Arg>,
}

impl Message {
    /// A message from its key and arguments.
    pub fn new(key: &str, args: Vec<Arg>) -> Message {
        Message {
            key: key.to_owned(),
            args,
        }
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<String> = self.args.iter().map(|a| a.render(lang)).collect();
        render(lang, &self.key, &args)
    }
}

/// Renders `key` in `lang` with `args` in its placeholders, in English where `lang` lacks it.
/// An unknown key renders as itself, so a missing entry shows up in tests rather than as an
/// empty line; a known one whose sentence the wasm module could not read (its English file did
/// not load) as a sentence that still names the message and its details ([`unread`]).
pub fn render(lang: Lang, key: &str, args: &[String]) -> String {
    render_from(lang, key, args, compiled_text)
}

/// [`render`] with the sentences compiled in given (natively, tests pass none to read as the
/// wasm module does).
fn render_from(
    lang: Lang,
    key: &str,
    args: &[String],
    compiled: fn(Lang, &str) -> Option<&'static str>,
) -> String {
    for lang in [lang, Lang::En] {
        if let Some(catalogue) = loaded(lang)
            && let Some(text) = catalogue.get(key)
        {
            return fill(text, args);
        }
        if let Some(text) = compiled(lang, key) {
            return fill(text, args);
        }
    }
    if known(key) {
        unread(key, args)
    } else {
        key.to_owned()
    }
}

/// What a message says when no sentence of it could be read: its key and its arguments.
fn unread(key: &str, args: &[String]) -> String {
    let details = args
        .iter()
        .filter(|arg| !arg.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("; ");
    if details.is_empty() {
        format!("ssobridge could not read its sentences; the message is \"{key}\".")
    } else {
        format!("ssobridge could not read its sentences; the message is \"{key}\": {details}.")
    }
}

/// `text` with `args` in its placeholders.
fn fill(text: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let index = after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)));
        match index {
            Some((i, close)) => {
                out.push_str(args.get(i).map(String::as_str).unwrap_or_default());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders a text uses, sorted.
pub fn placeholders(text: &str) -> Vec<usize> {
    let mut found: Vec<usize> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}')?.0.parse().ok())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// The `_locales/<lang>/messages.json` of the extension, generated from the table: keys with
/// `_` for `-`, and `{n}` as chrome.i18n's named placeholders (`$ARG1$` ← `$1`).
#[cfg(not(target_arch = "wasm32"))]
pub fn locales_json(lang: Lang) -> String {
    let mut out = serde_json::Map::new();
    for entry in table::TABLE {
        let text = compiled_text(lang, entry.key).unwrap_or(entry.en);
        let mut message = text.to_owned();
        let mut named = serde_json::Map::new();
        for index in placeholders(text) {
            let n = index + 1;
            message = message.replace(&format!("{{{index}}}"), &format!("$ARG{n}$"));
            named.insert(
                format!("arg{n}"),
                serde_json::json!({ "content": format!("${n}") }),
            );
        }
        let mut value = serde_json::Map::new();
        value.insert("message".to_owned(), serde_json::Value::String(message));
        if !named.is_empty() {
            value.insert("placeholders".to_owned(), serde_json::Value::Object(named));
        }
        out.insert(
            entry.key.replace('-', "_"),
            serde_json::Value::Object(value),
        );
    }
    let mut json =
        serde_json::to_string_pretty(&serde_json::Value::Object(out)).unwrap_or_default();
    json.push('\n');
    json
}

// Natively, where every language is compiled in to compare with.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_renders_every_argument_in_every_language() {
        for entry in table::TABLE {
            let english = placeholders(entry.en);
            for lang in Lang::ALL {
                let text = compiled_text(lang, entry.key).unwrap_or_default();
                assert!(
                    !text.trim().is_empty(),
                    "{} is missing or empty in {lang:?}",
                    entry.key
                );
                assert_eq!(
                    placeholders(text),
                    english,
                    "{} in {lang:?} has other placeholders than in English",
                    entry.key
                );
                let args: Vec<String> = english.iter().map(|i| format!("«arg{i}»")).collect();
                let rendered = render(lang, entry.key, &args);
                for arg in &args {
                    assert!(
                        rendered.contains(arg.as_str()),
                        "{} in {lang:?} drops {arg}",
                        entry.key
                    );
                }
                assert!(
                    !rendered.contains('{'),
                    "{} in {lang:?}: {rendered}",
                    entry.key
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_sentence_and_no_other() {
        let table: Vec<&str> = table::TABLE.iter().map(|e| e.key).collect();
        for lang in Lang::ALL {
            let keys = translated_keys(lang);
            let missing: Vec<&&str> = table.iter().filter(|k| !keys.contains(k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            let unknown: Vec<&&str> = keys.iter().filter(|k| !table.contains(k)).collect();
            assert!(
                unknown.is_empty(),
                "{lang:?} has keys the table lacks: {unknown:?}"
            );
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), keys.len(), "{lang:?} lists a key twice");
        }
    }

    #[test]
    fn each_language_names_itself_and_its_folder() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(&render(lang, "lang", &[])), lang);
            assert_eq!(Lang::from_tag(lang.code()), lang);
        }
    }

    #[test]
    fn a_catalogue_read_from_locales_renders_like_the_compiled_table() {
        for lang in Lang::ALL {
            let catalogue = Catalogue::from_locales_json(&locales_json(lang)).unwrap();
            assert_eq!(catalogue.lang(), lang);
            for entry in table::TABLE {
                let english = placeholders(entry.en);
                let args: Vec<String> = english.iter().map(|i| format!("«arg{i}»")).collect();
                let text = catalogue.get(entry.key);
                assert_eq!(
                    text,
                    compiled_text(lang, entry.key),
                    "{} in {lang:?}",
                    entry.key
                );
                use_catalogue(catalogue.clone());
                let from_file = render(lang, entry.key, &args);
                LOADED.with(|loaded| loaded.borrow_mut().clear());
                assert_eq!(from_file, render(lang, entry.key, &args));
            }
        }
    }

    /// Nothing compiled in, as in the wasm module.
    fn none(_: Lang, _: &str) -> Option<&'static str> {
        None
    }

    #[test]
    fn the_module_reads_every_sentence_from_english_and_the_admins_language() {
        use_catalogue(Catalogue::from_locales_json(&locales_json(Lang::En)).unwrap());
        for entry in table::TABLE {
            let args: Vec<String> = placeholders(compiled_text(Lang::En, entry.key).unwrap())
                .iter()
                .map(|i| format!("«arg{i}»"))
                .collect();
            let english = render(Lang::En, entry.key, &args);
            assert_eq!(render_from(Lang::En, entry.key, &args, none), english);
            // A language whose file did not load reads English.
            assert_eq!(render_from(Lang::Ja, entry.key, &args, none), english);
        }
        use_catalogue(Catalogue::from_locales_json(&locales_json(Lang::Ja)).unwrap());
        for entry in table::TABLE {
            assert_eq!(
                render_from(Lang::Ja, entry.key, &[], none),
                render(Lang::Ja, entry.key, &[]),
                "{}",
                entry.key
            );
        }
        LOADED.with(|loaded| loaded.borrow_mut().clear());
    }

    #[test]
    fn without_its_sentences_a_message_still_names_itself_and_its_details() {
        LOADED.with(|loaded| loaded.borrow_mut().clear());
        let args = ["app-a".to_owned(), "app-b".to_owned()];
        assert_eq!(
            render_from(Lang::De, "app-mismatch", &args, none),
            "ssobridge could not read its sentences; the message is \"app-mismatch\": app-a; app-b."
        );
        assert_eq!(
            render_from(Lang::En, "background-restarted", &[], none),
            "ssobridge could not read its sentences; the message is \"background-restarted\"."
        );
        assert_eq!(
            render_from(Lang::En, "no-such-key", &[], none),
            "no-such-key"
        );
    }

    #[test]
    fn chrome_placeholders_read_back_as_the_tables() {
        assert_eq!(
            numbered_placeholders("$ARG2$ then $ARG1$, $ARG10$; $ARGx$ $ARG0$ $ARG"),
            "{1} then {0}, {9}; $ARGx$ $ARG0$ $ARG"
        );
    }

    #[test]
    fn keys_are_unique_and_fit_locales_names() {
        let mut keys: Vec<&str> = table::TABLE.iter().map(|e| e.key).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len(), "duplicate keys");
        assert!(
            keys.iter()
                .all(|k| k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        );
    }

    #[test]
    fn language_tags_choose_a_column() {
        assert_eq!(Lang::from_tag("nl-NL"), Lang::Nl);
        assert_eq!(Lang::from_tag("sv"), Lang::Sv);
        assert_eq!(Lang::from_tag("de_DE"), Lang::De);
        assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_tag("pt-BR"), Lang::PtBr);
        assert_eq!(Lang::from_tag("ja"), Lang::Ja);
        assert_eq!(Lang::from_tag("pl-PL"), Lang::Pl);
        assert_eq!(Lang::from_tag("zh-CN"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn nested_messages_and_lists_render_in_the_same_language() {
        let message = Message::new(
            "page-disagrees",
            vec![Arg::List(vec![Arg::Message(Message::new(
                "page-metadata-difference",
                vec![Arg::key("field-entity-id"), Arg::text("A"), Arg::text("B")],
            ))])],
        );
        let dutch = message.render(Lang::Nl);
        assert!(
            dutch.contains("Entiteits-id: de pagina toont A, de metagegevens zeggen B"),
            "{dutch}"
        );
    }
}
