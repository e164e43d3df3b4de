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
///
/// On the wire a request is one object with its `type` beside its fields. [`Request::from_json`]
/// reads `type` first and then the variant's own struct from the same text, so each struct has
/// one deserializer; the derived (internally tagged) `Deserialize` would buffer the whole
/// message, snapshot included, into serde's `Content` and keep a second deserializer for every
/// type inside it (twiggy: 70 KB of the wasm module with the stored state's `Value` round trip).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Request {
    /// Content script: which buttons to draw, and the drift check.
    View(ViewRequest),
    /// Content script: "Send to GoTo".
    Capture(RoundRequest),
    /// Content script: "Fill from Azure AD".
    Fill(RoundRequest),
    /// Content script: "Fill GoTo values".
    FillSp(RoundRequest),
    /// Content script, for the popup or its own status line: the page report of the frame
    /// (SPEC 2.1), redacted.
    PageReport(PageReportRequest),
    /// Popup: what to show.
    PopupOpen,
    /// Popup: the GoTo fill mode.
    SetMode(SetModeRequest),
    /// Popup: the GoTo product (Relay State).
    SetProduct(SetProductRequest),
    /// Popup: a certificate or metadata file, Base64-encoded (extension messages carry JSON).
    AddFile(AddFileRequest),
    /// Popup: an App Federation Metadata Url pasted by the admin, to fetch and read.
    ReadMetadataUrl(UrlRequest),
    /// Popup: forget the capture.
    Clear,
    /// Popup: watch the next test sign-in (SPEC 10.1); the popup has asked for the optional
    /// permissions first.
    StartSigninCheck,
}

/// The request types, as `type` names them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RequestType {
    View,
    Capture,
    Fill,
    FillSp,
    PageReport,
    PopupOpen,
    SetMode,
    SetProduct,
    AddFile,
    ReadMetadataUrl,
    Clear,
    StartSigninCheck,
}

crate::variants::deserialize_by_name!(request_type_is_read_by_name: RequestType {
    View = "view",
    Capture = "capture",
    Fill = "fill",
    FillSp = "fill-sp",
    PageReport = "page-report",
    PopupOpen = "popup-open",
    SetMode = "set-mode",
    SetProduct = "set-product",
    AddFile = "add-file",
    ReadMetadataUrl = "read-metadata-url",
    Clear = "clear",
    StartSigninCheck = "start-signin-check",
});

/// `type` alone; serde_json skips the other fields without buffering them.
#[derive(Deserialize)]
struct Typed {
    #[serde(rename = "type")]
    kind: RequestType,
}

/// [`Request::View`].
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ViewRequest {
    /// The frame's snapshot.
    pub snapshot: PageSnapshot,
    /// ssobridge has written into this page since it loaded.
    #[serde(default)]
    pub filled_here: bool,
}

/// A round of a capture or a fill ([`Request::Capture`], [`Request::Fill`],
/// [`Request::FillSp`]).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundRequest {
    /// The frame's snapshot.
    pub snapshot: PageSnapshot,
    /// From the previous round.
    #[serde(default)]
    pub progress: Option<Progress>,
    /// The admin confirmed overwriting different values (fills; a capture overwrites nothing).
    #[serde(default)]
    pub confirmed: bool,
    /// What the content script saw of the click (first round).
    #[serde(default)]
    pub click: Option<ClickFacts>,
    /// The round token the worker issued for the judged click (every later round).
    #[serde(default)]
    pub token: Option<String>,
}

/// [`Request::PageReport`].
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageReportRequest {
    /// The frame's snapshot.
    pub snapshot: PageSnapshot,
    /// The browser's user agent, of which the report keeps the name and major version.
    #[serde(default)]
    pub user_agent: String,
}

/// [`Request::SetMode`].
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SetModeRequest {
    /// The mode.
    pub mode: Mode,
}

/// [`Request::SetProduct`].
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SetProductRequest {
    /// The product.
    pub product: Product,
}

/// [`Request::AddFile`].
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct AddFileRequest {
    /// The file's bytes in Base64 (empty when the file was too large to read).
    pub base64: String,
    /// The file's size, as the popup saw it before reading it.
    #[serde(default)]
    pub size: Option<u64>,
}

/// [`Request::ReadMetadataUrl`].
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct UrlRequest {
    /// The URL as typed.
    pub url: String,
}

impl Request {
    /// Reads a request from its JSON text: `type` first, then that variant's struct from the
    /// same text (see [`Request`]).
    pub fn from_json(text: &str) -> serde_json::Result<Request> {
        use serde_json::from_str;
        Ok(match from_str::<Typed>(text)?.kind {
            RequestType::View => Request::View(from_str(text)?),
            RequestType::Capture => Request::Capture(from_str(text)?),
            RequestType::Fill => Request::Fill(from_str(text)?),
            RequestType::FillSp => Request::FillSp(from_str(text)?),
            RequestType::PageReport => Request::PageReport(from_str(text)?),
            RequestType::PopupOpen => Request::PopupOpen,
            RequestType::SetMode => Request::SetMode(from_str(text)?),
            RequestType::SetProduct => Request::SetProduct(from_str(text)?),
            RequestType::AddFile => Request::AddFile(from_str(text)?),
            RequestType::ReadMetadataUrl => Request::ReadMetadataUrl(from_str(text)?),
            RequestType::Clear => Request::Clear,
            RequestType::StartSigninCheck => Request::StartSigninCheck,
        })
    }

    /// Whether the organisation's policy changes the answer: it sets the fill mode, the product
    /// and the sign-in check, which the fills and every popup view show. Reading the page and
    /// capturing do not depend on it, so the buttons never wait for it.
    pub fn depends_on_policy(&self) -> bool {
        !matches!(
            self,
            Request::View(_) | Request::Capture(_) | Request::PageReport(_)
        )
    }

    /// For the first round of an action, the click that started it (`Some(None)`: no facts,
    /// so no click a person made).
    pub fn first_click(&self) -> Option<Option<&ClickFacts>> {
        match self {
            Request::Capture(round) | Request::Fill(round) | Request::FillSp(round)
                if round.progress.is_none() =>
            {
                Some(round.click.as_ref())
            }
            _ => None,
        }
    }

    /// The snapshot a content script sent, if this is a content script's request.
    pub fn snapshot(&self) -> Option<&PageSnapshot> {
        match self {
            Request::View(ViewRequest { snapshot, .. })
            | Request::PageReport(PageReportRequest { snapshot, .. })
            | Request::Capture(RoundRequest { snapshot, .. })
            | Request::Fill(RoundRequest { snapshot, .. })
            | Request::FillSp(RoundRequest { snapshot, .. }) => Some(snapshot),
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
