//! `make bench`, instruction counts: runs the core's `inspect` on one input file N times, for
//! `valgrind --tool=callgrind` (tests/bench/callgrind.mjs runs it with N = 0 and N > 0 and
//! reports the difference per run). Counts instructions, so figures compare across commits and
//! machines where wall-clock times do not.
//!     cargo run --release -p ssobridge --example callgrind -- FILE N
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: callgrind FILE N");
    let runs: u32 = args.next().map_or(1, |n| n.parse().expect("N is a number"));
    let bytes = std::fs::read(&file).unwrap();
    // A fixed instant, as in examples/bench.rs: the certificates' status does not change.
    let now = 1_790_000_000;
    for _ in 0..runs {
        black_box(ssobridge::inspect::inspect(black_box(&bytes), None, now).unwrap());
    }
}
