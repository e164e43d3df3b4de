//! A replica made from a page report: the shapes turned back into sample values of the same
//! shape (the same alias, the same sample), as a snapshot for the native recogniser tests and
//! as a static page the collector reads like the original. An admin's report of a page
//! ssobridge did not understand becomes a failing test in minutes.

use super::PageReport;
use crate::snapshot::{Element, PageSnapshot};

/// A sample text of at most `n` characters, words apart by single spaces.
fn sample_text(n: usize) -> String {
    "Lorem ipsum dolor sit amet consectetur adipiscing elit "
        .chars()
        .cycle()
        .take(n)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// The sample for one placeholder's inside (`tenant-1`, `text:12 chars`), or `None` when it is
/// not one of the report's shapes.
fn sample(shape: &str) -> Option<String> {
    let number = |rest: &str| rest.parse::<u64>().ok();
    let count = |rest: &str| {
        rest.trim_end_matches(" chars")
            .trim_end_matches("hex")
            .parse::<usize>()
            .ok()
    };
    let guid = |kind: u64, n: u64| format!("{kind:08x}-0000-4000-8000-{n:012x}");
    let (name, rest) = shape.split_once(['-', ':']).unwrap_or((shape, ""));
    Some(match name {
        "tenant" => guid(0x7e4a_0001, number(rest)?),
        "app" => guid(0xa990_0002, number(rest)?),
        "object" => guid(0x0b1e_0003, number(rest)?),
        "guid" => guid(0x9d1d_0004, number(rest)?),
        "thumbprint" => format!("{:040X}", 0xA0_0000 + number(rest)?),
        "email" => "someone@example.com".to_owned(),
        "url" => "https://example.invalid/".to_owned(),
        "segment" => "s".repeat(count(rest)?),
        "text" => {
            let n = count(rest)?;
            let mut text = sample_text(n);
            // A sample cut at a space is one shorter: pad it with a letter.
            while text.chars().count() < n {
                text.push('x');
            }
            text
        }
        "base64" => "QUJDMTIz".chars().cycle().take(count(rest)?).collect(),
        "hex" => "0".repeat(count(rest)?),
        "sha256" => "0".repeat(64),
        "certificate" => {
            let n = count(rest)?;
            let head = "-----BEGIN CERTIFICATE-----\n";
            let tail = "\n-----END CERTIFICATE-----";
            let body = n.saturating_sub(head.len() + tail.len());
            format!(
                "{head}{}{tail}",
                "QUJDMTIz".chars().cycle().take(body).collect::<String>()
            )
        }
        _ => return None,
    })
}

/// Text with every shape of the report replaced by its sample.
pub fn realize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('>')
            .and_then(|close| Some((close, sample(&after[..close])?)))
        {
            Some((close, value)) => {
                out.push_str(&value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The report as a snapshot: what the collector would send on a page holding the samples.
pub fn snapshot(report: &PageReport) -> PageSnapshot {
    PageSnapshot {
        url: realize(&report.url),
        lang: report.lang.clone(),
        top_frame: report.top_frame,
        ancestor_origins: report
            .ancestor_origins
            .as_ref()
            .map(|origins| origins.iter().map(|o| realize(o)).collect()),
        sandboxed: report.sandboxed,
        elements: report
            .elements
            .iter()
            .map(|e| Element {
                label: realize(&e.label),
                group_label: realize(&e.group_label),
                value: realize(&e.value),
                name: realize(&e.name),
                id: realize(&e.id),
                placeholder: realize(&e.placeholder),
                aria_label: realize(&e.aria_label),
                options: e
                    .options
                    .iter()
                    .map(|o| crate::snapshot::SelectOption {
                        value: realize(&o.value),
                        text: realize(&o.text),
                        selected: o.selected,
                    })
                    .collect(),
                sections: e.sections.iter().map(|s| realize(s)).collect(),
                ..e.clone()
            })
            .collect(),
        ..PageSnapshot::default()
    }
}

/// Text for HTML, escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A name the page may use as a tag: lower-case letters, digits and dashes.
fn tag_name(tag: &str) -> String {
    let clean: String = tag
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if clean.is_empty() || clean.starts_with(|c: char| c.is_ascii_digit()) {
        "div".to_owned()
    } else {
        clean
    }
}

/// One element as HTML, named by a hidden text its `aria-labelledby` points to (what the
/// collector reads first), so its label is the report's whatever the layout.
fn element_html(element: &Element) -> String {
    let tag = tag_name(&element.tag);
    let mut attributes = String::new();
    let mut attribute = |name: &str, value: &str| {
        if !value.is_empty() {
            attributes.push_str(&format!(" {name}=\"{}\"", escape(value)));
        }
    };
    attribute("role", &element.role);
    attribute("name", &element.name);
    attribute("id", &element.id);
    attribute("placeholder", &element.placeholder);
    attribute("accept", &element.accept);
    attribute("aria-label", &element.aria_label);
    attribute("aria-haspopup", &element.has_popup);
    if let Some(expanded) = element.expanded {
        attribute("aria-expanded", if expanded { "true" } else { "false" });
    }
    let label_id = format!("replica-label-{}", element.key);
    if !element.label.is_empty() {
        attribute("aria-labelledby", &label_id);
    }
    let control = matches!(tag.as_str(), "input" | "textarea" | "select");
    if tag == "input" {
        attribute(
            "type",
            if element.input_type.is_empty() {
                "text"
            } else {
                &element.input_type
            },
        );
        attribute("value", &element.value);
        if element.checked {
            attributes.push_str(" checked");
        }
    } else if element.checked {
        attribute(
            if element.is_radio() {
                "aria-checked"
            } else {
                "aria-selected"
            },
            "true",
        );
    }
    if !element.editable {
        attributes.push_str(if control {
            " readonly"
        } else {
            " aria-readonly=\"true\""
        });
    }
    if !element.visible {
        attributes.push_str(" hidden");
    }
    let label = if element.label.is_empty() {
        String::new()
    } else {
        format!(
            "<script type=\"text/plain\" id=\"{label_id}\">{}</script>",
            escape(&element.label)
        )
    };
    let body = match tag.as_str() {
        "input" => return format!("{label}<input{attributes}>"),
        "select" => element
            .options
            .iter()
            .map(|o| {
                format!(
                    "<option value=\"{}\"{}>{}</option>",
                    escape(&o.value),
                    if o.selected { " selected" } else { "" },
                    escape(&o.text)
                )
            })
            .collect(),
        _ => escape(&element.value),
    };
    format!("{label}<{tag}{attributes}>{body}</{tag}>")
}

/// What elements next to each other share: the regions around them, their row, their root.
fn context(element: &Element) -> (Vec<String>, u32, u32, String) {
    (
        element.sections.clone(),
        element.row,
        element.shadow_root,
        element.host.clone(),
    )
}

/// The report as a static page: its elements in order, inside the regions (named as the report
/// names them), rows and shadow roots (declarative, open) the report says they sat in.
pub fn page(report: &PageReport) -> String {
    let realized = snapshot(report);
    let mut body = String::new();
    let elements = &realized.elements;
    let mut start = 0;
    while start < elements.len() {
        let shared = context(&elements[start]);
        let end = (start..elements.len())
            .find(|i| context(&elements[*i]) != shared)
            .unwrap_or(elements.len());
        let (sections, row, root, host) = shared;
        let mut inner: String = elements[start..end].iter().map(element_html).collect();
        if root != 0 {
            let host = if host.contains('-') {
                tag_name(&host)
            } else {
                "replica-host".to_owned()
            };
            inner =
                format!("<{host}><template shadowrootmode=\"open\">{inner}</template></{host}>");
        }
        if row != 0 {
            inner = format!("<div role=\"row\">{inner}</div>");
        }
        // Innermost region first in the report: wrap from the inside out.
        for name in &sections {
            inner = format!("<section aria-label=\"{}\">{inner}</section>", escape(name));
        }
        body.push_str(&inner);
        body.push('\n');
        start = end;
    }
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>Replica of a page report</title></head>\n\
         <!-- Made by `cargo run -p ssobridge --example replica` from a page report (ssobridge {}, {}): every value is a sample of the shape the report gives. -->\n\
         <body>\n{body}</body>\n</html>\n",
        escape(&report.lang),
        escape(&report.version),
        escape(&report.browser),
    )
}
