//! What ssobridge says, in the admin's language: one table of sentences ([`table::TABLE`]), and
//! messages (a key and typed arguments) rendered from it. The core builds messages; it never
//! writes a sentence anywhere else, so English and every translation come from one place.

pub mod table;

use serde::{Deserialize, Serialize};

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
}

impl Lang {
    /// Every shipped language, in the table's column order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nl, Lang::Sv, Lang::De];

    /// The language of a BCP 47 tag such as `nl-NL` or `sv`; English for anything else.
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
            _ => Lang::En,
        }
    }

    /// The `_locales` folder name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Sv => "sv",
            Lang::De => "de",
        }
    }

    fn column(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Nl => 1,
            Lang::Sv => 2,
            Lang::De => 3,
        }
    }
}

/// One line of the table: a key and its text in each language (columns of [`Lang::ALL`]).
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The key; `_locales` use it with `-` turned into `_`.
    pub key: &'static str,
    /// The texts, `{0}`, `{1}`… standing for the arguments.
    pub texts: [&'static str; 4],
}

impl Entry {
    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> &'static str {
        self.texts[lang.column()]
    }
}

/// The entry for `key`.
pub fn entry(key: &str) -> Option<&'static Entry> {
    table::TABLE.iter().find(|e| e.key == key)
}

/// A message argument: plain text (a URL, a date), a table key rendered in the reader's
/// language (a field name), a nested message, or a list of them.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Renders `key` in `lang` with `args` in its placeholders. An unknown key renders as itself,
/// so a missing entry shows up in tests rather than as an empty line.
pub fn render(lang: Lang, key: &str, args: &[String]) -> String {
    let Some(entry) = entry(key) else {
        return key.to_owned();
    };
    let text = entry.text(lang);
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
pub fn locales_json(lang: Lang) -> String {
    let mut out = serde_json::Map::new();
    for entry in table::TABLE {
        let text = entry.text(lang);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_renders_every_argument_in_every_language() {
        for entry in table::TABLE {
            let english = placeholders(entry.text(Lang::En));
            for lang in Lang::ALL {
                let text = entry.text(lang);
                assert!(
                    !text.trim().is_empty(),
                    "{} is empty in {lang:?}",
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
        assert_eq!(Lang::from_tag("fr"), Lang::En);
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
