//! The page snapshot a content script sends and the fill plan it gets back (SPEC section 3).
//! The content script only collects and applies; every decision is made on these types.

use serde::{Deserialize, Serialize};

/// What a content script saw: the candidate elements of one frame.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageSnapshot {
    /// The frame's URL.
    pub url: String,
    /// The document's language (`<html lang>`), else the browser's.
    pub lang: String,
    /// True in the top frame.
    pub top_frame: bool,
    /// `location.ancestorOrigins`, innermost first, where the browser has it.
    pub ancestor_origins: Option<Vec<String>>,
    /// The document's origin is opaque (a sandbox without `allow-same-origin`).
    pub sandboxed: bool,
    /// The frame's index among its parent's frames (`parent.frames[i] === window`), by which
    /// the worker asks the parent whether it sandboxed this frame.
    pub frame_index: Option<u32>,
    /// Candidate elements in document order.
    pub elements: Vec<Element>,
}

/// One element: a form control, a custom control (ARIA role) or a leaf holding text.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Element {
    /// The content script's handle for the element; plans refer to it.
    pub key: u32,
    /// Lower-case tag name.
    pub tag: String,
    /// `type` of an input.
    pub input_type: String,
    /// `name` attribute.
    pub name: String,
    /// `id` attribute.
    pub id: String,
    /// `placeholder` attribute.
    pub placeholder: String,
    /// `accept` attribute of a file input.
    pub accept: String,
    /// `aria-label`.
    pub aria_label: String,
    /// `role`.
    pub role: String,
    /// `aria-haspopup`.
    pub has_popup: String,
    /// `aria-expanded`, where present.
    pub expanded: Option<bool>,
    /// The element's label as a person reads it: `<label for>`, a wrapping label,
    /// `aria-labelledby`, or the nearest text before it.
    pub label: String,
    /// The label of the group it belongs to (fieldset legend, radio group label).
    pub group_label: String,
    /// The value of a control, or the text of a leaf element.
    pub value: String,
    /// Options of a `<select>`.
    pub options: Vec<SelectOption>,
    /// Checked state of a radio or checkbox, `aria-checked`/`aria-selected` of custom ones.
    pub checked: bool,
    /// Rendered and not hidden.
    pub visible: bool,
    /// Neither disabled nor read-only.
    pub editable: bool,
    /// Names of the regions the element sits in, innermost first (a `section`, `fieldset`,
    /// dialog, landmark or labelled group: its label, legend or first heading).
    pub sections: Vec<String>,
    /// The table or grid row the element sits in (`tr`, `role=row`), numbered per snapshot; 0
    /// outside rows. Cells of one row share it.
    pub row: u32,
    /// The shadow root the element sits in, numbered per snapshot in the order the walk met
    /// them; 0 in the document itself. Names (`id`, a radio's `name`) are unique only within
    /// one root.
    pub shadow_root: u32,
    /// The tag of the custom element whose shadow root holds the element; empty in the
    /// document.
    pub host: String,
}

/// One `<option>`.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SelectOption {
    /// The option's value.
    pub value: String,
    /// The option's text.
    pub text: String,
    /// Whether it is selected.
    pub selected: bool,
}

impl Element {
    /// A text box: `<input>` of a text-like type.
    pub fn is_text_input(&self) -> bool {
        self.tag == "input"
            && matches!(
                self.input_type.as_str(),
                "" | "text" | "url" | "search" | "email"
            )
            || self.role == "textbox" && self.tag != "textarea"
    }

    /// A heading, by tag or role.
    pub fn is_heading(&self) -> bool {
        matches!(
            self.tag.as_str(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "legend" | "caption"
        ) || self.role == "heading"
    }

    /// A control whose value someone can type (an editable text box or text area).
    pub fn is_typed_text(&self) -> bool {
        (self.is_text_input() || self.is_textarea()) && self.editable
    }

    /// A `<textarea>`.
    pub fn is_textarea(&self) -> bool {
        self.tag == "textarea"
    }

    /// `<input type=file>`.
    pub fn is_file_input(&self) -> bool {
        self.tag == "input" && self.input_type == "file"
    }

    /// A native or ARIA radio.
    pub fn is_radio(&self) -> bool {
        (self.tag == "input" && self.input_type == "radio") || self.role == "radio"
    }

    /// A native `<select>`.
    pub fn is_select(&self) -> bool {
        self.tag == "select"
    }

    /// A custom dropdown's button (combobox or listbox trigger).
    pub fn is_listbox_trigger(&self) -> bool {
        self.role == "combobox" || self.has_popup == "listbox" || self.has_popup == "true"
    }

    /// A custom dropdown's option.
    pub fn is_option(&self) -> bool {
        self.role == "option"
    }

    /// Everything a person or a screen reader would read as this element's name, lower-cased.
    pub fn label_text(&self) -> String {
        [&self.label, &self.aria_label]
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| crate::text::lowercase(s))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The developer-facing hints: name, id, placeholder, lower-cased.
    pub fn hints(&self) -> String {
        crate::text::lowercase(&format!(
            "{} {} {} {}",
            self.name, self.id, self.placeholder, self.accept
        ))
    }
}

/// One operation of a fill plan, on snapshot keys.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Op {
    /// Focus, set the value as a person would (native setter), `input`, `change`, blur.
    SetText {
        /// Element key.
        key: u32,
        /// The value.
        value: String,
    },
    /// Choose an option of a native `<select>` by value, then `input` and `change`.
    SelectOption {
        /// Element key.
        key: u32,
        /// The option's value.
        value: String,
    },
    /// Click (custom dropdown, its option, a radio).
    Click {
        /// Element key.
        key: u32,
    },
    /// Put a file into `<input type=file>` through `DataTransfer`, then `change`.
    AttachFile {
        /// Element key.
        key: u32,
        /// File name.
        name: String,
        /// MIME type.
        mime: String,
        /// File content (text).
        content: String,
    },
}

/// What the content script does after applying the operations.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Then {
    /// Wait for the page to change (bounded), take a new snapshot and ask again.
    Resnapshot,
    /// Finished.
    Done,
}

crate::variants::deserialize_by_name!(then_is_read_by_name: Then {
    Resnapshot = "resnapshot",
    Done = "done",
});
