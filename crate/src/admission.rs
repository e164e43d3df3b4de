//! Who may ask what (SPEC 8 and 10.1): every "may this happen" of the worker, in one place. A
//! request is admitted by its sender (this extension, an https frame of an allowed host whose
//! origin the browser reports, a tab, a frame no foreign site or sandbox holds), by the click
//! that started it (judged in [`crate::click`]), and by the round token the worker issued for
//! that click, which every later round of the same action must carry. A post the sign-in watch
//! observed counts only as a top-level POST to GoTo's ACS started by a Microsoft sign-in page.
//! Nothing here reads or changes the state beyond the round tokens.

use crate::azure::sp::GOTO_SP_ACS_URL;
use crate::click;
use crate::hosts::{self, Site};
use crate::request::{Posted, Request, Sender};
use crate::state::{Context, Round, WorkerState};
use crate::time::UnixSeconds;
use crate::{Error, Result};

/// The largest input the core reads (a posted body, a file, a fetched document); the worker
/// and the popup drop anything larger before they copy it (`limits()` in wasm).
pub const MAX_INPUT_BYTES: usize = crate::text::MAX_INPUT_BYTES;

/// A round token lasts this long: long enough for an admin to read a conflict and confirm.
pub const ROUND_TOKEN_SECONDS: UnixSeconds = 600;

/// At most this many round tokens are kept (one per action in progress, per frame).
pub const MAX_ROUNDS_KEPT: usize = 8;

/// What an admitted request may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admitted {
    /// The side of the sending page (`None`: the extension's own pages).
    pub site: Option<Site>,
    /// A round token to issue: the request is the judged first round of an action.
    pub grant: Option<Round>,
}

/// Admits a request, or says why not. Content scripts: this extension, a tab, an allowed https
/// host matching the snapshot's and suiting the request, the browser-reported origin of that
/// host, a frame that is neither sandboxed nor framed by another site, and for an action either
/// a judged click (first round) or the round token of one (later rounds). Popup requests: this
/// extension's own pages, by URL and origin.
pub fn admit(
    request: &Request,
    sender: &Sender,
    state: &WorkerState,
    context: &Context,
) -> Result<Admitted> {
    if sender.id != context.extension_id {
        return Err(Error::BadMessage {
            detail: "not from this extension".to_owned(),
        });
    }
    let Some(snapshot) = request.snapshot() else {
        return admit_own_page(sender, context).map(|()| Admitted {
            site: None,
            grant: None,
        });
    };
    let refuse = || Error::HostNotAllowed {
        origin: sender.url.clone(),
    };
    let Some(tab_id) = sender.tab_id else {
        return Err(Error::BadMessage {
            detail: "not from a content script".to_owned(),
        });
    };
    let site = hosts::site_of(&sender.url).ok_or_else(refuse)?;
    let host = hosts::https_host(&sender.url).ok_or_else(refuse)?;
    // Every supported browser reports the origin (Firefox since 126, the build needs 140): one
    // that is missing is not a browser's message.
    match sender.origin.as_deref() {
        None => {
            return Err(Error::BadMessage {
                detail: "the sender has no origin".to_owned(),
            });
        }
        Some("null") => {
            return Err(Error::FrameNotAllowed {
                reason: "frame-sandboxed",
            });
        }
        Some(origin) if origin != format!("https://{host}") => return Err(refuse()),
        Some(_) => {}
    }
    if hosts::https_host(&snapshot.url) != Some(host) {
        return Err(Error::BadMessage {
            detail: "the snapshot is not of the sending frame".to_owned(),
        });
    }
    let fits = match request {
        Request::Capture(_) | Request::FillSp(_) => site == Site::Azure,
        Request::Fill(_) => site == Site::Goto,
        _ => true,
    };
    if !fits {
        return Err(refuse());
    }
    check_frame(request, sender, site)?;
    let grant = admit_round(request, tab_id, sender.frame_id, state, context)?;
    Ok(Admitted {
        site: Some(site),
        grant,
    })
}

/// The toolbar popup has no tab; the same page opened in a tab has one. Either way its URL and
/// origin are the extension's own, which no web page or content script can have.
fn admit_own_page(sender: &Sender, context: &Context) -> Result<()> {
    let base = &context.extension_base;
    let own_origin = base.trim_end_matches('/');
    let own_page = !base.is_empty()
        && sender.url.starts_with(base.as_str())
        && sender.origin.as_deref() == Some(own_origin);
    if own_page {
        Ok(())
    } else {
        Err(Error::BadMessage {
            detail: "popup requests come from the extension's pages only".to_owned(),
        })
    }
}

/// A frame counts only when it is not sandboxed and every frame around it is a host of the
/// same side (SPEC 8): a GoTo page framed by another site, or by Azure, gets no button.
fn check_frame(request: &Request, sender: &Sender, site: Site) -> Result<()> {
    let refuse = |reason: &'static str| Err(Error::FrameNotAllowed { reason });
    let Some(snapshot) = request.snapshot() else {
        return Ok(());
    };
    // An opaque origin, or a parent frame that sandboxed this one (it keeps its origin with
    // allow-same-origin, so only the parent's element says so).
    if snapshot.sandboxed || sender.sandboxed {
        return refuse("frame-sandboxed");
    }
    // The browser's frame id is the truth; the snapshot's own claim can only add suspicion.
    if sender.frame_id == 0 && snapshot.top_frame {
        return Ok(());
    }
    let Some(ancestors) = snapshot.ancestor_origins.as_ref().filter(|a| !a.is_empty()) else {
        return refuse("frame-ancestry-unknown");
    };
    let same_side = |origin: &String| hosts::site_of(&format!("{origin}/")) == Some(site);
    if ancestors.iter().all(same_side) {
        Ok(())
    } else {
        refuse("frame-foreign-ancestor")
    }
}

/// The name of an action's request type, as its round token records it.
fn action_of(request: &Request) -> Option<(&'static str, bool)> {
    match request {
        Request::Capture(_) => Some(("capture", false)),
        Request::Fill(round) => Some(("fill", round.confirmed)),
        Request::FillSp(round) => Some(("fill-sp", round.confirmed)),
        _ => None,
    }
}

fn token_of(request: &Request) -> Option<&str> {
    match request {
        Request::Capture(round) | Request::Fill(round) | Request::FillSp(round) => {
            round.token.as_deref()
        }
        _ => None,
    }
}

/// The first round of an action needs a judged click (a confirmation, one on a confirm button
/// that was on screen long enough to be read) and earns a round token; every later round needs
/// that token, from the same tab and frame, for the same action, and no more confirmed than
/// the click was. A view needs neither.
fn admit_round(
    request: &Request,
    tab_id: i64,
    frame_id: i64,
    state: &WorkerState,
    context: &Context,
) -> Result<Option<Round>> {
    let Some((action, confirmed)) = action_of(request) else {
        return Ok(None);
    };
    match request.first_click() {
        Some(facts) => {
            let facts = facts.ok_or(Error::UnsafeClick {
                reason: "click-not-trusted",
            })?;
            click::judge(facts)?;
            if confirmed {
                click::judge_confirm(facts)?;
            }
            if context.fresh_token.len() < 16 {
                return Err(Error::BadMessage {
                    detail: "no round token to issue".to_owned(),
                });
            }
            Ok(Some(Round {
                token: context.fresh_token.clone(),
                tab_id,
                frame_id,
                action: action.to_owned(),
                confirmed,
                until: context.now.saturating_add(ROUND_TOKEN_SECONDS),
            }))
        }
        None => {
            let token = token_of(request).unwrap_or_default();
            let held = state.rounds.iter().any(|round| {
                !token.is_empty()
                    && round.token == token
                    && round.tab_id == tab_id
                    && round.frame_id == frame_id
                    && round.action == action
                    && (round.confirmed || !confirmed)
                    && context.now < round.until
            });
            if held {
                Ok(None)
            } else {
                Err(Error::UnsafeClick {
                    reason: "click-no-round",
                })
            }
        }
    }
}

/// Keeps a newly issued round token beside the live ones (expired ones dropped, the oldest
/// dropped beyond [`MAX_ROUNDS_KEPT`]); one per tab, frame and action.
pub fn keep_round(state: &mut WorkerState, grant: Round, now: UnixSeconds) {
    state.rounds.retain(|round| {
        now < round.until
            && !(round.tab_id == grant.tab_id
                && round.frame_id == grant.frame_id
                && round.action == grant.action)
    });
    state.rounds.push(grant);
    let excess = state.rounds.len().saturating_sub(MAX_ROUNDS_KEPT);
    state.rounds.drain(..excess);
}

/// Ends an action's round token once the action is done.
pub fn end_round(state: &mut WorkerState, token: Option<&str>) {
    if let Some(token) = token {
        state.rounds.retain(|round| round.token != token);
    }
}

/// The token a request carries, or the one just issued for it.
pub fn round_token<'a>(request: &'a Request, grant: Option<&'a Round>) -> Option<&'a str> {
    grant
        .map(|round| round.token.as_str())
        .or(token_of(request))
}

/// Whether a post the sign-in watch observed is the admin's test sign-in (SPEC 10.1): a
/// top-level POST navigation, in a tab, to exactly GoTo's ACS URL, started by a page of a
/// Microsoft sign-in host, with a body the core may read. Anything else is ignored, and the
/// watch goes on: a page must not be able to forge a result or use up the watch.
pub fn admit_post(posted: &Posted) -> bool {
    let initiator = posted
        .initiator
        .as_deref()
        .filter(|i| !i.is_empty() && *i != "null")
        .or(posted.origin_url.as_deref());
    let from_sign_in = initiator
        .and_then(hosts::https_host)
        .is_some_and(|host| hosts::LOGIN_HOSTS.contains(&host.to_ascii_lowercase().as_str()));
    posted.method.eq_ignore_ascii_case("POST")
        && posted.kind == "main_frame"
        && posted.url == GOTO_SP_ACS_URL
        && posted.tab_id >= 0
        && posted.frame_id == 0
        && !posted.oversize
        && from_sign_in
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::policy::Policy;

    const ID: &str = "abcdefghijklmnopabcdefghijklmnop";
    const BASE: &str = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";
    const TOKEN: &str = "0123456789abcdef0123456789abcdef";
    const CLICK: &str = r#"{"trusted":true,"onButton":true,"inViewport":true,"widthPx":120,"heightPx":32,"visibleMs":2000,"opacityPercent":100,"styleIntact":true,"topLayer":true}"#;

    fn context() -> Context {
        Context {
            extension_id: ID.to_owned(),
            extension_base: BASE.to_owned(),
            lang: crate::i18n::Lang::En,
            now: 1_000_000,
            fresh_token: TOKEN.to_owned(),
            policy: Some(Policy::default()),
        }
    }

    fn goto_sender() -> Sender {
        Sender {
            id: ID.to_owned(),
            url: "https://organization.logmeininc.com/#/idp".to_owned(),
            origin: Some("https://organization.logmeininc.com".to_owned()),
            tab_id: Some(7),
            frame_id: 0,
            sandboxed: false,
        }
    }

    fn fill(extra: &str) -> Request {
        let json = format!(
            r#"{{"type":"fill","snapshot":{{"url":"https://organization.logmeininc.com/","topFrame":true}}{extra}}}"#
        );
        serde_json::from_str(&json).unwrap()
    }

    fn err(result: Result<Admitted>) -> String {
        match result {
            Ok(_) => "admitted".to_owned(),
            Err(Error::UnsafeClick { reason } | Error::FrameNotAllowed { reason }) => {
                reason.to_owned()
            }
            Err(other) => other.code().to_owned(),
        }
    }

    fn held(confirmed: bool) -> WorkerState {
        WorkerState {
            rounds: vec![Round {
                token: TOKEN.to_owned(),
                tab_id: 7,
                frame_id: 0,
                action: "fill".to_owned(),
                confirmed,
                until: 1_000_060,
            }],
            ..WorkerState::default()
        }
    }

    #[test]
    fn a_judged_click_earns_a_round_token_for_its_tab_frame_and_action() {
        let admitted = admit(
            &fill(&format!(r#","click":{CLICK}"#)),
            &goto_sender(),
            &WorkerState::default(),
            &context(),
        )
        .unwrap();
        let grant = admitted.grant.unwrap();
        assert_eq!(
            (grant.token.as_str(), grant.tab_id, grant.action.as_str()),
            (TOKEN, 7, "fill")
        );
        assert!(!grant.confirmed);
    }

    #[test]
    fn a_later_round_without_the_token_is_refused_and_confirmed_cannot_be_added() {
        let state = WorkerState::default();
        // The review's forged round: progress present, confirmed, no click, no token.
        let forged = fill(r#","progress":{},"confirmed":true"#);
        assert_eq!(
            err(admit(&forged, &goto_sender(), &state, &context())),
            "click-no-round"
        );
        // The right token admits a later round; a confirmation the click did not make does not.
        let later = fill(&format!(r#","progress":{{}},"token":"{TOKEN}""#));
        assert_eq!(
            err(admit(&later, &goto_sender(), &held(false), &context())),
            "admitted"
        );
        let upgraded = fill(&format!(
            r#","progress":{{}},"confirmed":true,"token":"{TOKEN}""#
        ));
        assert_eq!(
            err(admit(&upgraded, &goto_sender(), &held(false), &context())),
            "click-no-round"
        );
        assert_eq!(
            err(admit(&upgraded, &goto_sender(), &held(true), &context())),
            "admitted"
        );
        // Another tab, another frame, a wrong or expired token: refused.
        let mut other_tab = goto_sender();
        other_tab.tab_id = Some(8);
        assert_eq!(
            err(admit(&later, &other_tab, &held(false), &context())),
            "click-no-round"
        );
        let wrong = fill(r#","progress":{},"token":"not-the-token-at-all""#);
        assert_eq!(
            err(admit(&wrong, &goto_sender(), &held(false), &context())),
            "click-no-round"
        );
        let mut late = context();
        late.now = 1_000_060;
        assert_eq!(
            err(admit(&later, &goto_sender(), &held(false), &late)),
            "click-no-round"
        );
    }

    #[test]
    fn a_first_round_needs_a_judged_click_and_a_confirm_needs_time_on_screen() {
        let state = WorkerState::default();
        assert_eq!(
            err(admit(&fill(""), &goto_sender(), &state, &context())),
            "click-not-trusted"
        );
        let quick = CLICK.replace(r#""visibleMs":2000"#, r#""visibleMs":10"#);
        let confirm = fill(&format!(r#","confirmed":true,"click":{quick}"#));
        assert_eq!(
            err(admit(&confirm, &goto_sender(), &state, &context())),
            "click-too-soon"
        );
        let read = fill(&format!(r#","confirmed":true,"click":{CLICK}"#));
        assert!(
            admit(&read, &goto_sender(), &state, &context())
                .unwrap()
                .grant
                .unwrap()
                .confirmed
        );
        let tiny = CLICK.replace(r#""widthPx":120"#, r#""widthPx":2"#);
        assert_eq!(
            err(admit(
                &fill(&format!(r#","click":{tiny}"#)),
                &goto_sender(),
                &state,
                &context()
            )),
            "click-off-screen"
        );
    }

    #[test]
    fn a_sender_must_name_its_origin_and_it_must_be_its_hosts() {
        let state = WorkerState::default();
        let view = fill(&format!(r#","click":{CLICK}"#));
        let mut sender = goto_sender();
        sender.origin = None;
        assert_eq!(
            err(admit(&view, &sender, &state, &context())),
            "bad-message"
        );
        sender.origin = Some("https://evil.example.com".to_owned());
        assert_eq!(
            err(admit(&view, &sender, &state, &context())),
            "host-not-allowed"
        );
        sender.origin = Some("null".to_owned());
        assert_eq!(
            err(admit(&view, &sender, &state, &context())),
            "frame-sandboxed"
        );
        let mut sender = goto_sender();
        sender.id = "another-extension".to_owned();
        assert_eq!(
            err(admit(&view, &sender, &state, &context())),
            "bad-message"
        );
        let mut sender = goto_sender();
        sender.tab_id = None;
        assert_eq!(
            err(admit(&view, &sender, &state, &context())),
            "bad-message"
        );
    }

    #[test]
    fn a_frame_its_parent_sandboxed_is_refused_even_with_its_origin() {
        let mut sender = goto_sender();
        sender.sandboxed = true;
        let view: Request = serde_json::from_str(
            r#"{"type":"view","snapshot":{"url":"https://organization.logmeininc.com/","topFrame":true}}"#,
        )
        .unwrap();
        assert_eq!(
            err(admit(&view, &sender, &WorkerState::default(), &context())),
            "frame-sandboxed"
        );
    }

    #[test]
    fn popup_requests_need_the_extensions_own_url_and_origin() {
        let open: Request = serde_json::from_str(r#"{"type":"popup-open"}"#).unwrap();
        let state = WorkerState::default();
        let mut popup = Sender {
            id: ID.to_owned(),
            url: format!("{BASE}popup.html"),
            origin: Some(BASE.trim_end_matches('/').to_owned()),
            ..Sender::default()
        };
        assert_eq!(err(admit(&open, &popup, &state, &context())), "admitted");
        popup.origin = None;
        assert_eq!(err(admit(&open, &popup, &state, &context())), "bad-message");
        popup.origin = Some("https://organization.logmeininc.com".to_owned());
        assert_eq!(err(admit(&open, &popup, &state, &context())), "bad-message");
    }

    fn real_signin() -> Posted {
        Posted {
            method: "POST".to_owned(),
            kind: "main_frame".to_owned(),
            url: GOTO_SP_ACS_URL.to_owned(),
            initiator: Some("https://login.microsoftonline.com".to_owned()),
            origin_url: None,
            tab_id: 3,
            frame_id: 0,
            oversize: false,
        }
    }

    #[test]
    fn only_a_top_level_post_to_the_acs_from_a_microsoft_sign_in_page_counts() {
        assert!(admit_post(&real_signin()));
        // Firefox names the initiating document instead.
        let firefox = Posted {
            initiator: None,
            origin_url: Some("https://login.microsoftonline.us/t/saml2".to_owned()),
            ..real_signin()
        };
        assert!(admit_post(&firefox));
        type Forge = fn(&mut Posted);
        let forged: [Forge; 10] = [
            |p| p.initiator = Some("https://evil.example.com".to_owned()),
            |p| p.initiator = Some("https://login.microsoftonline.com.evil.example".to_owned()),
            |p| p.initiator = None,
            |p| p.initiator = Some("null".to_owned()),
            |p| p.method = "GET".to_owned(),
            |p| p.kind = "sub_frame".to_owned(),
            |p| p.url = format!("{GOTO_SP_ACS_URL}?x=1"),
            |p| p.tab_id = -1,
            |p| p.frame_id = 2,
            |p| p.oversize = true,
        ];
        for forge in forged {
            let mut posted = real_signin();
            forge(&mut posted);
            assert!(!admit_post(&posted), "{posted:?}");
        }
    }

    #[test]
    fn round_tokens_are_kept_one_per_action_and_bounded() {
        let mut state = WorkerState::default();
        for n in 0..20 {
            let grant = Round {
                token: format!("t{n}"),
                tab_id: n,
                until: 100,
                action: "fill".to_owned(),
                ..Round::default()
            };
            keep_round(&mut state, grant, 10);
        }
        assert_eq!(state.rounds.len(), MAX_ROUNDS_KEPT);
        let again = Round {
            token: "new".to_owned(),
            tab_id: 19,
            until: 100,
            action: "fill".to_owned(),
            ..Round::default()
        };
        keep_round(&mut state, again, 10);
        assert_eq!(state.rounds.iter().filter(|r| r.tab_id == 19).count(), 1);
        end_round(&mut state, Some("new"));
        assert!(state.rounds.iter().all(|r| r.token != "new"));
    }
}
