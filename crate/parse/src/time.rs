//! Instants as the product shows them: RFC 3339 UTC with whole seconds (`2029-10-13T12:54:16Z`).

use der::DateTime;
use std::time::Duration;

/// Seconds since the Unix epoch, the core's one notion of "now" (callers pass it in, so every
/// status is testable).
pub type UnixSeconds = u64;

/// Formats seconds since the epoch as RFC 3339 UTC. Out-of-range values (past 9999) clamp to
/// the last representable second rather than failing: they only occur in hand-made certificates.
pub fn rfc3339(seconds: UnixSeconds) -> String {
    let date_time =
        DateTime::from_unix_duration(Duration::from_secs(seconds)).unwrap_or(DateTime::INFINITY);
    format_date_time(&date_time)
}

/// Formats a DER `DateTime` as RFC 3339 UTC.
pub fn format_date_time(dt: &DateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minutes(),
        dt.seconds()
    )
}

/// Parses the RFC 3339 UTC form this module writes (used for `--now` and by tests).
pub fn parse_rfc3339(text: &str) -> Option<UnixSeconds> {
    let text = text.trim().strip_suffix('Z')?;
    let (date, time) = text.split_once('T')?;
    let mut date_parts = date.splitn(3, '-').map(str::parse::<u16>);
    let mut time_parts = time.splitn(3, ':').map(str::parse::<u8>);
    let (year, month, day) = (
        date_parts.next()?.ok()?,
        u8::try_from(date_parts.next()?.ok()?).ok()?,
        u8::try_from(date_parts.next()?.ok()?).ok()?,
    );
    let (hour, minute, second) = (
        time_parts.next()?.ok()?,
        time_parts.next()?.ok()?,
        time_parts.next()?.ok()?,
    );
    let dt = DateTime::new(year, month, day, hour, minute, second).ok()?;
    Some(dt.unix_duration().as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_round_trip() {
        let seconds = parse_rfc3339("2029-10-13T12:54:16Z");
        assert_eq!(seconds, Some(1_886_590_456));
        assert_eq!(rfc3339(1_886_590_456), "2029-10-13T12:54:16Z");
    }

    #[test]
    fn rejects_other_forms() {
        assert_eq!(parse_rfc3339("2029-10-13 12:54:16"), None);
        assert_eq!(parse_rfc3339("2029-13-13T12:54:16Z"), None);
        assert_eq!(parse_rfc3339(""), None);
    }
}
