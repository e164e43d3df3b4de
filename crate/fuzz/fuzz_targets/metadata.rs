//! Any bytes as a metadata document or any input: never a panic, and a result only with
//! shape-checked values.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = ssobridge::metadata::parse(text);
    }
    if let Ok(result) = ssobridge::inspect::inspect(data, None, 1_700_000_000) {
        if let Some(entity_id) = &result.entity_id {
            assert!(ssobridge::shapes::entity_id(entity_id).is_ok());
        }
        assert!(result.chosen < result.certificates.len());
    }
});
