//! What reaches the worker from outside: a request of a content script or the popup, what the
//! browser says of its sender, and a post the sign-in watch observed. Types only, below both
//! admission (who may ask) and the protocol (what a request does).

use crate::azure::sp::Product;
use crate::click::ClickFacts;
use crate::fill::Progress;
use crate::goto::form::Mode;
use crate::snapshot::PageSnapshot;
use serde::Deserialize;

/// A request. Unknown types and ill-typed fields are refused.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum Request {
    /// Content script: which buttons to draw, and the drift check.
    View {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// ssobridge has written into this page since it loaded.
        #[serde(default)]
        filled_here: bool,
    },
    /// Content script: "Send to GoTo".
    Capture {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// What the content script saw of the click (first round).
        #[serde(default)]
        click: Option<ClickFacts>,
        /// The round token the worker issued for the judged click (every later round).
        #[serde(default)]
        token: Option<String>,
    },
    /// Content script: "Fill from Azure AD".
    Fill {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// The admin confirmed overwriting different values.
        #[serde(default)]
        confirmed: bool,
        /// What the content script saw of the click (first round).
        #[serde(default)]
        click: Option<ClickFacts>,
        /// The round token the worker issued for the judged click (every later round).
        #[serde(default)]
        token: Option<String>,
    },
    /// Content script: "Fill GoTo values".
    FillSp {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// The admin confirmed overwriting different values.
        #[serde(default)]
        confirmed: bool,
        /// What the content script saw of the click (first round).
        #[serde(default)]
        click: Option<ClickFacts>,
        /// The round token the worker issued for the judged click (every later round).
        #[serde(default)]
        token: Option<String>,
    },
    /// Content script, for the popup or its own status line: the page report of the frame
    /// (SPEC 2.1), redacted.
    PageReport {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// The browser's user agent, of which the report keeps the name and major version.
        #[serde(default)]
        user_agent: String,
    },
    /// Popup: what to show.
    PopupOpen,
    /// Popup: the GoTo fill mode.
    SetMode {
        /// The mode.
        mode: Mode,
    },
    /// Popup: the GoTo product (Relay State).
    SetProduct {
        /// The product.
        product: Product,
    },
    /// Popup: a certificate or metadata file, Base64-encoded (extension messages carry JSON).
    AddFile {
        /// The file's bytes in Base64 (empty when the file was too large to read).
        base64: String,
        /// The file's size, as the popup saw it before reading it.
        #[serde(default)]
        size: Option<u64>,
    },
    /// Popup: an App Federation Metadata Url pasted by the admin, to fetch and read.
    ReadMetadataUrl {
        /// The URL as typed.
        url: String,
    },
    /// Popup: forget the capture.
    Clear,
    /// Popup: watch the next test sign-in (SPEC 10.1); the popup has asked for the optional
    /// permissions first.
    StartSigninCheck,
}

impl Request {
    /// Whether the organisation's policy changes the answer: it sets the fill mode, the product
    /// and the sign-in check, which the fills and every popup view show. Reading the page and
    /// capturing do not depend on it, so the buttons never wait for it.
    pub fn depends_on_policy(&self) -> bool {
        !matches!(
            self,
            Request::View { .. } | Request::Capture { .. } | Request::PageReport { .. }
        )
    }

    /// For the first round of an action, the click that started it (`Some(None)`: no facts,
    /// so no click a person made).
    pub fn first_click(&self) -> Option<Option<&ClickFacts>> {
        match self {
            Request::Capture {
                progress: None,
                click,
                ..
            }
            | Request::Fill {
                progress: None,
                click,
                ..
            }
            | Request::FillSp {
                progress: None,
                click,
                ..
            } => Some(click.as_ref()),
            _ => None,
        }
    }

    /// The snapshot a content script sent, if this is a content script's request.
    pub fn snapshot(&self) -> Option<&PageSnapshot> {
        match self {
            Request::View { snapshot, .. }
            | Request::PageReport { snapshot, .. }
            | Request::Capture { snapshot, .. }
            | Request::Fill { snapshot, .. }
            | Request::FillSp { snapshot, .. } => Some(snapshot),
            _ => None,
        }
    }
}

/// What the browser says about a message's sender (`runtime.MessageSender`).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Sender {
    /// Extension id.
    pub id: String,
    /// The frame's or page's URL.
    pub url: String,
    /// The frame's origin (`"null"` in sandboxed frames); required.
    pub origin: Option<String>,
    /// The tab, present for content scripts.
    pub tab_id: Option<i64>,
    /// The frame (0 is the top frame).
    pub frame_id: i64,
    /// A frame of the same tab holds this one in an element with a `sandbox` attribute (the
    /// worker asks the tab's frames: a sandbox that keeps its origin cannot tell itself).
    pub sandboxed: bool,
}

/// A request the browser is making that the sign-in watch's `webRequest` observer saw
/// (`onBeforeRequest` details), passed on as the browser gives them: admission decides.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Posted {
    /// `details.method`.
    pub method: String,
    /// `details.type` (`main_frame` for a top-level navigation).
    #[serde(rename = "type")]
    pub kind: String,
    /// `details.url`.
    pub url: String,
    /// `details.initiator` (Chromium: the origin that started the request).
    pub initiator: Option<String>,
    /// `details.originUrl` (Firefox: the URL of the document that started it).
    pub origin_url: Option<String>,
    /// `details.tabId` (-1 outside a tab).
    pub tab_id: i64,
    /// `details.frameId` (0 for the top frame).
    pub frame_id: i64,
    /// The body was larger than the core reads; the worker passed none of it.
    pub oversize: bool,
}
