//! `ssobridge inspect FILE [--json] [--pem OUT]`: reads a certificate or SAML metadata file and
//! prints what ssobridge would capture from it (SPEC section 9).
#![forbid(unsafe_code)]

use ssobridge::inspect::{self, Inspection};
use std::process::ExitCode;

const USAGE: &str =
    "usage: ssobridge inspect FILE [--json] [--pem OUT] [--thumbprint SHA1] [--now RFC3339]

Reads a certificate (PEM, Base64 or DER) or Azure AD SAML metadata XML and prints the
IdP values, every certificate's details and the signing certificate to use.

  --json            print one JSON object
  --pem OUT         write the chosen signing certificate as PEM to OUT ('-' for stdout)
  --thumbprint SHA1 the thumbprint Azure shows as active (rollover choice)
  --now RFC3339     judge validity at this instant instead of now";

struct Options {
    file: String,
    json: bool,
    pem_out: Option<String>,
    thumbprint: Option<String>,
    now: Option<u64>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    if args.next().as_deref() != Some("inspect") {
        return Err(USAGE.to_owned());
    }
    let mut file = None;
    let (mut json, mut pem_out, mut thumbprint, mut now) = (false, None, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--pem" => pem_out = Some(args.next().ok_or("--pem needs a file name")?),
            "--thumbprint" => thumbprint = Some(args.next().ok_or("--thumbprint needs a value")?),
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
