//! Was it the admin who clicked? (SPEC 8, clickjacking.) `isTrusted` proves only that a real
//! input event arrived: a page on an allowed host can cover ssobridge's button with a decoy,
//! make it transparent, move it under the pointer, or steal the focus while the admin types.
//! The content script reports what it sees at the moment of the click; the decision is here.

use crate::Error;
use serde::{Deserialize, Serialize};

/// What the content script saw when its button received a click or key press.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ClickFacts {
    /// The event was the browser's, not a script's.
    pub trusted: bool,
    /// Enter or Space rather than a pointer.
    pub keyboard: bool,
    /// The admin pressed on the button (pointer), which also gives it the focus.
    pub focus_given: bool,
    /// Milliseconds from the admin's last Tab key to the focus reaching the button, when the
    /// focus came after one.
    pub focus_after_tab_ms: Option<u32>,
    /// The event targeted the button and the topmost element at the click point is the button.
    pub on_button: bool,
    /// The button lies wholly inside the viewport.
    pub in_viewport: bool,
    /// The button's width in CSS pixels.
    pub width_px: u32,
    /// The button's height in CSS pixels.
    pub height_px: u32,
    /// Milliseconds the button had been on screen when it was clicked.
    pub visible_ms: u32,
    /// The product of the button's and its ancestors' opacity, in percent.
    pub opacity_percent: u32,
    /// A filter, clip, mask, transform or blend mode applies to the button or an ancestor.
    pub effects: bool,
    /// The button or an ancestor is hidden.
    pub hidden: bool,
    /// The button and its panel still carry exactly the styles and place ssobridge gave them.
    pub style_intact: bool,
    /// The panel is in the top layer (a popover), above everything the page draws.
    pub top_layer: bool,
    /// Another top-layer element (a popover, modal dialog or fullscreen element of the page)
    /// overlaps the button: the only thing that can be drawn over the panel, and one with
    /// `pointer-events: none` escapes the hit test. (IntersectionObserver v2 would see it too,
    /// but in Chromium 156 it also calls the button hidden under fixed page elements that the
    /// top layer draws over, so it cannot decide.)
    pub overlaid: bool,
}

/// Anything less than fully opaque could be a decoy's trick.
pub const MIN_OPACITY_PERCENT: u32 = 100;

/// A button smaller than this (CSS pixels, each side) is too small to have been seen.
pub const MIN_BUTTON_PX: u32 = 8;

/// A focus that arrives this soon after the admin's Tab is the admin's doing.
pub const FOCUS_AFTER_TAB_MS: u32 = 1000;

/// A confirm button must have been on screen this long: one clicked the instant it is drawn
/// (under the pointer of a double click, or a page's timed decoy) was never read.
pub const CONFIRM_MIN_VISIBLE_MS: u32 = 600;

/// Accepts the click, or says why it does not count.
pub fn judge(facts: &ClickFacts) -> Result<(), Error> {
    let refuse = |reason: &'static str| Err(Error::UnsafeClick { reason });
    if !facts.trusted {
        return refuse("click-not-trusted");
    }
    let focus_given = facts.focus_given
        || facts
            .focus_after_tab_ms
            .is_some_and(|ms| ms <= FOCUS_AFTER_TAB_MS);
    if facts.keyboard && !focus_given {
        return refuse("click-focus-moved");
    }
    if !facts.style_intact || !facts.top_layer {
        return refuse("click-restyled");
    }
    if facts.hidden || facts.opacity_percent < MIN_OPACITY_PERCENT || facts.effects {
        return refuse("click-transparent");
    }
    if !facts.in_viewport || facts.width_px < MIN_BUTTON_PX || facts.height_px < MIN_BUTTON_PX {
        return refuse("click-off-screen");
    }
    if (!facts.keyboard && !facts.on_button) || facts.overlaid {
        return refuse("click-covered");
    }
    Ok(())
}

/// A confirmation also needs its button to have been on screen long enough to be read.
pub fn judge_confirm(facts: &ClickFacts) -> Result<(), Error> {
    if facts.visible_ms < CONFIRM_MIN_VISIBLE_MS {
        return Err(Error::UnsafeClick {
            reason: "click-too-soon",
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean() -> ClickFacts {
        ClickFacts {
            trusted: true,
            keyboard: false,
            focus_given: false,
            focus_after_tab_ms: None,
            on_button: true,
            in_viewport: true,
            width_px: 120,
            height_px: 32,
            visible_ms: 2000,
            opacity_percent: 100,
            effects: false,
            hidden: false,
            style_intact: true,
            top_layer: true,
            overlaid: false,
        }
    }

    fn reason(facts: &ClickFacts) -> Option<&'static str> {
        match judge(facts) {
            Ok(()) => None,
            Err(Error::UnsafeClick { reason }) => Some(reason),
            Err(_) => Some("other"),
        }
    }

    #[test]
    fn a_visible_uncovered_button_clicked_by_a_person_counts() {
        assert_eq!(reason(&clean()), None);
    }

    #[test]
    fn every_trick_is_refused_with_its_reason() {
        type Trick = fn(&mut ClickFacts);
        let cases: [(Trick, &str); 11] = [
            (|f| f.width_px = MIN_BUTTON_PX - 1, "click-off-screen"),
            (|f| f.height_px = 1, "click-off-screen"),
            (|f| f.overlaid = true, "click-covered"),
            (|f| f.trusted = false, "click-not-trusted"),
            (|f| f.on_button = false, "click-covered"),
            (|f| f.opacity_percent = 1, "click-transparent"),
            (|f| f.effects = true, "click-transparent"),
            (|f| f.hidden = true, "click-transparent"),
            (|f| f.in_viewport = false, "click-off-screen"),
            (|f| f.style_intact = false, "click-restyled"),
            (|f| f.top_layer = false, "click-restyled"),
        ];
        for (trick, expected) in cases {
            let mut facts = clean();
            trick(&mut facts);
            assert_eq!(reason(&facts), Some(expected), "{facts:?}");
        }
    }

    #[test]
    fn a_key_press_counts_only_where_the_admin_put_the_focus() {
        let mut facts = clean();
        facts.keyboard = true;
        facts.on_button = false;
        assert_eq!(reason(&facts), Some("click-focus-moved"));
        facts.focus_after_tab_ms = Some(FOCUS_AFTER_TAB_MS + 1);
        assert_eq!(reason(&facts), Some("click-focus-moved"));
        facts.focus_after_tab_ms = Some(FOCUS_AFTER_TAB_MS);
        assert_eq!(reason(&facts), None);
        facts.focus_after_tab_ms = None;
        facts.focus_given = true;
        assert_eq!(reason(&facts), None);
    }

    #[test]
    fn a_confirm_counts_only_once_it_has_been_on_screen_long_enough_to_read() {
        let mut facts = clean();
        facts.visible_ms = CONFIRM_MIN_VISIBLE_MS - 1;
        assert!(matches!(
            judge_confirm(&facts),
            Err(Error::UnsafeClick {
                reason: "click-too-soon"
            })
        ));
        facts.visible_ms = CONFIRM_MIN_VISIBLE_MS;
        assert!(judge_confirm(&facts).is_ok());
    }
}
