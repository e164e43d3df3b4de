//! `ssobridge inspect FILE [--json] [--pem OUT]`: reads a certificate or SAML metadata file and
//! prints what ssobridge would capture from it (SPEC section 9); given a SAML response, runs the
//! sign-in check on it (SPEC 10.4), against a metadata file or certificate with `--against`.
#![forbid(unsafe_code)]

use serde::Serialize;
use ssobridge::i18n::{Arg, Lang};
use ssobridge::inspect::{self, Inspection};
use ssobridge::signin::{self, Check, Findings, Overall, Reference, State, Summary};
use std::process::ExitCode;

const USAGE: &str =
    "usage: ssobridge inspect FILE [--json] [--pem OUT] [--thumbprint SHA1] [--now RFC3339]
       ssobridge inspect RESPONSE [--against FILE] [--json] [--pem OUT] [--now RFC3339]

Reads a certificate (PEM, Base64 or DER) or Azure AD SAML metadata XML and prints the
IdP values, every certificate's details and the signing certificate to use.

Given a SAML response instead (the SAMLResponse value as posted, Base64 or URL-encoded,
the whole form body, or the XML), checks whether GoTo will accept it and prints one line per
check. It exits 0 whenever the response could be read, problems or not.

  --json            print one JSON object
  --pem OUT         write the chosen signing certificate (for a response: the certificate
                    it is signed with) as PEM to OUT ('-' for stdout)
  --thumbprint SHA1 the thumbprint Azure shows as active (rollover choice)
  --against FILE    compare the response with this metadata file or certificate (what GoTo
                    was filled with); without it, the entity ID and certificate checks say
                    what the response holds
  --now RFC3339     judge validity at this instant instead of now";

struct Options {
    file: String,
    json: bool,
    pem_out: Option<String>,
    thumbprint: Option<String>,
    against: Option<String>,
    now: Option<u64>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    if args.next().as_deref() != Some("inspect") {
        return Err(USAGE.to_owned());
    }
    let mut file = None;
    let (mut json, mut pem_out, mut thumbprint, mut now) = (false, None, None, None);
    let mut against = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--pem" => pem_out = Some(args.next().ok_or("--pem needs a file name")?),
            "--thumbprint" => thumbprint = Some(args.next().ok_or("--thumbprint needs a value")?),
            "--against" => against = Some(args.next().ok_or("--against needs a file name")?),
            "--now" => {
                let value = args.next().ok_or("--now needs an RFC 3339 instant")?;
                now = Some(ssobridge::time::parse_rfc3339(&value).ok_or(format!(
                    "--now: \"{value}\" is not like 2029-10-13T12:54:16Z"
                ))?);
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if file.is_none() && !arg.starts_with("--") => file = Some(arg),
            _ => return Err(format!("unexpected argument \"{arg}\"\n\n{USAGE}")),
        }
    }
    Ok(Options {
        file: file.ok_or(USAGE)?,
        json,
        pem_out,
        thumbprint,
        against,
        now,
    })
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Everything is computed before anything is printed, so a failure prints nothing on stdout.
fn run(options: &Options) -> Result<String, String> {
    let bytes = read_input(&options.file)?;
    let now = options.now.unwrap_or_else(ssobridge::time::now);
    if signin::looks_like_response(&bytes) {
        return run_signin(options, &bytes, now);
    }
    if options.against.is_some() {
        return Err("--against compares a SAML response; this input is not one".to_owned());
    }
    let parsed = inspect::parse(&bytes).map_err(|err| err.to_string())?;
    let inspection = parsed
        .inspect(options.thumbprint.as_deref(), now)
        .map_err(|err| err.to_string())?;
    let mut output = if options.json {
        let mut json = serde_json::to_string_pretty(&inspection).map_err(|err| err.to_string())?;
        json.push('\n');
        json
    } else {
        human(&inspection)
    };
    if let Some(out) = &options.pem_out {
        let pem = inspection
            .certificates
            .get(inspection.chosen)
            .map(|c| c.details.pem.clone())
            .unwrap_or_default();
        if out == "-" {
            output.push_str(&pem);
        } else {
            std::fs::write(out, pem).map_err(|err| format!("cannot write {out}: {err}"))?;
        }
    }
    Ok(output)
}

fn read_input(file: &str) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let limit = ssobridge::text::MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|err| format!("cannot read {file}: {err}"))?;
    Ok(bytes)
}

fn human(inspection: &Inspection) -> String {
    let mut out = String::new();
    let mut line = |label: &str, value: &str| out.push_str(&format!("{label:<22}{value}\n"));
    let none = "(none)";
    if let Some(entity_id) = &inspection.entity_id {
        line("Entity ID", entity_id);
        line(
            "Sign-in URL",
            inspection.sign_in_url.as_deref().unwrap_or(none),
        );
        line(
            "Sign-out URL",
            inspection.sign_out_url.as_deref().unwrap_or(none),
        );
    }
    for (index, cert) in inspection.certificates.iter().enumerate() {
        let marker = if index == inspection.chosen {
            " (chosen)"
        } else {
            ""
        };
        line(
            &format!("Certificate {}{marker}", index + 1),
            &cert.details.subject,
        );
        line("  Thumbprint (SHA-1)", &cert.details.thumbprint_sha1);
        line("  SHA-256", &cert.details.thumbprint_sha256);
        line(
            "  Valid",
            &format!(
                "{} to {} ({})",
                cert.details.not_before,
                cert.details.not_after,
                cert.status.as_str()
            ),
        );
    }
    line("Chosen because", &inspection.chosen_explanation);
    for warning in &inspection.warnings {
        line("Warning", &warning.message);
    }
    out
}

/// The sign-in check's JSON: the findings, with each sentence in English, and what the
/// response holds.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SigninJson {
    kind: &'static str,
    state: Overall,
    checks: Vec<CheckJson>,
    reference: Reference,
    #[serde(flatten)]
    response: Summary,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CheckJson {
    check: Check,
    state: State,
    message: String,
    key: String,
    args: Vec<Arg>,
}

/// A readable response exits 0 even with problems: the findings are the output (SPEC 9 keeps
/// exit 1 for input that cannot be read).
fn run_signin(options: &Options, bytes: &[u8], now: u64) -> Result<String, String> {
    let reference = match &options.against {
        Some(file) => Reference::from_file(&read_input(file)?, options.thumbprint.as_deref(), now)
            .map_err(|err| format!("{file}: {err}"))?,
        None => Reference::default(),
    };
    let response = signin::read(bytes).map_err(|err| err.to_string())?;
    let findings = response.check(&reference, now);
    let summary = response.summary(now);
    let mut output = if options.json {
        let json = SigninJson {
            kind: "saml-response",
            state: findings.state,
            checks: findings
                .checks
                .iter()
                .map(|f| CheckJson {
                    check: f.check,
                    state: f.state,
                    message: f.message.render(Lang::En),
                    key: f.message.key.clone(),
                    args: f.message.args.clone(),
                })
                .collect(),
            reference,
            response: summary.clone(),
        };
        let mut text = serde_json::to_string_pretty(&json).map_err(|err| err.to_string())?;
        text.push('\n');
        text
    } else {
        human_signin(&findings)
    };
    if let Some(out) = &options.pem_out {
        let pem = summary
            .signatures
            .iter()
            .find_map(|s| s.certificate.as_ref())
            .map(|c| c.details.pem.clone())
            .ok_or("the response's signature carries no certificate to write")?;
        if out == "-" {
            output.push_str(&pem);
        } else {
            std::fs::write(out, pem).map_err(|err| format!("cannot write {out}: {err}"))?;
        }
    }
    Ok(output)
}

fn human_signin(findings: &Findings) -> String {
    let mut out = String::new();
    for finding in &findings.checks {
        let state = match finding.state {
            State::Ok => "ok",
            State::Problem => "PROBLEM",
        };
        out.push_str(&format!(
            "{:<13}{state:<9}{}\n",
            finding.check.as_str(),
            finding.message.render(Lang::En)
        ));
    }
    let problems = findings
        .checks
        .iter()
        .filter(|f| f.state == State::Problem)
        .count();
    match findings.state {
        Overall::Ok => out.push_str("result       ok\n"),
        Overall::Problems => out.push_str(&format!("result       {problems} problem(s)\n")),
    }
    out
}
