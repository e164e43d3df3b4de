//! Filling GoTo's Identity provider form (SPEC 5.2-5.4), one round at a time: choose the mode,
//! wait for its fields, write, then verify what the page kept.

use super::form::{self, BindingGroup, GotoForm, Mode, ModeControl, TextField};
use crate::field::Setting;
use crate::fill::{self, Field, FillStep, Progress, Target, Write};
use crate::settings::Settings;
use crate::snapshot::{Op, PageSnapshot};
use crate::{Error, Result};

/// Rounds before giving up on a form that does not appear (the content script waits up to a
/// couple of seconds per round).
pub const MAX_ROUNDS: u32 = 8;
const MAX_MODE_ATTEMPTS: u32 = 4;

/// Plans one round of the GoTo fill.
pub fn plan(
    snapshot: &PageSnapshot,
    settings: Option<&Settings>,
    mode: Mode,
    confirmed: bool,
    progress: &Progress,
    now: crate::time::UnixSeconds,
) -> FillStep {
    let mut next = Progress {
        round: progress.round.saturating_add(1),
        ..progress.clone()
    };
    let Some(settings) = settings else {
        return FillStep::failed(next, &Error::NothingCaptured);
    };
    if let Err(err) = settings
        .check_fillable(now)
        .and_then(|()| check_values(settings, mode))
    {
        return FillStep::failed(next, &err);
    }
    let form = form::recognise(snapshot);
    let rounds_left = next.round < MAX_ROUNDS;
    if !form.is_present() {
        return if rounds_left {
            FillStep::wait(next, "waiting-for-form")
        } else {
            FillStep::failed(
                next,
                &Error::FormNotFound {
                    missing: vec!["form-identity-provider-fields"],
                },
            )
        };
    }
    if let Some(control) = &form.mode
        && control.current() != Some(mode)
        && progress.written.is_none()
    {
        if next.mode_attempts >= MAX_MODE_ATTEMPTS {
            return FillStep::failed(next, &Error::ModeNotAvailable { mode: mode.key() });
        }
        next.mode_attempts = next.mode_attempts.saturating_add(1);
        let op = match control {
            ModeControl::Select { key, options, .. } => options
                .iter()
                .find(|(_, m)| *m == mode)
                .map(|(value, _)| Op::SelectOption {
                    key: *key,
                    value: value.clone(),
                }),
            ModeControl::Listbox {
                trigger, options, ..
            } => Some(
                options
                    .iter()
                    .find(|(_, m)| *m == mode)
                    .map_or(Op::Click { key: *trigger }, |(key, _)| Op::Click {
                        key: *key,
                    }),
            ),
        };
        let Some(op) = op else {
            return FillStep::failed(next, &Error::ModeNotAvailable { mode: mode.key() });
        };
        let mut step = FillStep::wait(next, "choosing-mode");
        step.ops.push(op);
        return step;
    }
    if !form.ready_for(mode) {
        return if rounds_left {
            FillStep::wait(next, "waiting-for-fields")
        } else {
            FillStep::failed(
                next,
                &Error::FormNotFound {
                    missing: missing_fields(&form, mode),
                },
            )
        };
    }
    fill::step(&targets(&form, settings, mode), &next, confirmed)
}

fn check_values(settings: &Settings, mode: Mode) -> Result<()> {
    let missing = |what: Setting| Err(Error::MissingValue { what });
    match mode {
        Mode::Manual if settings.sign_in_url.is_none() => missing(Setting::SignInUrl),
        Mode::Manual if settings.entity_id.is_none() => missing(Setting::EntityId),
        Mode::Manual if settings.certificate.is_none() => missing(Setting::Certificate),
        Mode::Automatic if settings.metadata_url.is_none() => missing(Setting::MetadataUrl),
        Mode::MetadataFile if settings.metadata_xml.is_none() => missing(Setting::MetadataXml),
        _ => Ok(()),
    }
}

fn missing_fields(form: &GotoForm, mode: Mode) -> Vec<&'static str> {
    let mut missing = Vec::new();
    match mode {
        Mode::Manual => {
            if form.sign_in_url.is_none() {
                missing.push(Field::SignInUrl.key());
            }
            if form.entity_id.is_none() {
                missing.push(Field::EntityId.key());
            }
            if form.certificate_text.is_none() && form.certificate_file.is_none() {
                missing.push(Field::Certificate.key());
            }
        }
        Mode::Automatic => missing.push(Field::MetadataUrl.key()),
        Mode::MetadataFile => missing.push(Field::MetadataFile.key()),
    }
    missing
}

fn text_target(field: Field, found: &Option<TextField>, value: Option<&String>) -> Option<Target> {
    let found = found.as_ref().filter(|f| f.editable)?;
    Some(Target {
        field,
        key: found.key,
        current: found.value.clone(),
        desired: value?.clone(),
        write: Write::Text,
    })
}

fn binding_target(field: Field, group: &Option<BindingGroup>) -> Option<Target> {
    let group = group.as_ref()?;
    if let Some((key, value)) = &group.select {
        return Some(Target {
            field,
            key: *key,
            current: group.checked.clone(),
            desired: "REDIRECT".to_owned(),
            write: Write::Select {
                value: value.clone(),
            },
        });
    }
    let key = group.redirect?;
    Some(Target {
        field,
        key,
        current: group.checked.clone(),
        desired: "REDIRECT".to_owned(),
        write: Write::Radio { key },
    })
}

fn targets(form: &GotoForm, settings: &Settings, mode: Mode) -> Vec<Target> {
    let pem = settings.certificate.as_ref().map(|c| c.details.pem.clone());
    let mut targets: Vec<Option<Target>> = Vec::new();
    match mode {
        Mode::Manual => {
            targets.push(text_target(
                Field::SignInUrl,
                &form.sign_in_url,
                settings.sign_in_url.as_ref(),
            ));
            targets.push(binding_target(Field::SignInBinding, &form.sign_in_binding));
            if settings.sign_out_url.is_some() {
                targets.push(text_target(
                    Field::SignOutUrl,
                    &form.sign_out_url,
                    settings.sign_out_url.as_ref(),
                ));
                targets.push(binding_target(
                    Field::SignOutBinding,
                    &form.sign_out_binding,
                ));
            }
            targets.push(text_target(
                Field::EntityId,
                &form.entity_id,
                settings.entity_id.as_ref(),
            ));
            let certificate = text_target(Field::Certificate, &form.certificate_text, pem.as_ref())
                .or_else(|| {
                    Some(Target {
                        field: Field::Certificate,
                        key: form.certificate_file?,
                        current: String::new(),
                        desired: pem.clone()?,
                        write: Write::File {
                            name: "azure-ad-signing.cer".to_owned(),
                            mime: "application/pkix-cert".to_owned(),
                        },
                    })
                });
            targets.push(certificate);
        }
        Mode::Automatic => targets.push(text_target(
            Field::MetadataUrl,
            &form.metadata_url,
            settings.metadata_url.as_ref(),
        )),
        Mode::MetadataFile => {
            let xml = settings.metadata_xml.as_ref();
            let target = text_target(Field::MetadataFile, &form.metadata_text, xml).or_else(|| {
                Some(Target {
                    field: Field::MetadataFile,
                    key: form.metadata_file?,
                    current: String::new(),
                    desired: xml?.clone(),
                    write: Write::File {
                        name: "federationmetadata.xml".to_owned(),
                        mime: "text/xml".to_owned(),
                    },
                })
            });
            targets.push(target);
        }
    }
    targets.into_iter().flatten().collect()
}
