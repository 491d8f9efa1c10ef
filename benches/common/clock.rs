//! A criterion measurement of the CPU time of the benchmark thread, for shared machines.
//!
//! On a two-core machine where others compile, wall time swings by 2-10x with their load; the
//! time the benchmark thread spent on a CPU does not. Linux's `CLOCK_THREAD_CPUTIME_ID` gives it
//! in nanoseconds (std has no binding for it, hence the one `extern` call below). For
//! single-threaded code on an idle machine both clocks agree; `scripts/bench` also measures the
//! whole `counterpoint` process in wall time.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};

/// On-CPU time of the current thread.
pub struct ThreadTime;

#[cfg(target_os = "linux")]
mod sys {
    /// `struct timespec` on 64-bit Linux.
    #[repr(C)]
    pub struct Timespec {
        pub seconds: i64,
        pub nanoseconds: i64,
    }

    pub const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

    extern "C" {
        pub fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
}

/// Nanoseconds the current thread has run, or `None` where this is not measured.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
pub fn thread_nanos() -> Option<u64> {
    let mut time = sys::Timespec { seconds: 0, nanoseconds: 0 };
    // SAFETY: `time` is a valid, writable `struct timespec` for the duration of the call, and
    // CLOCK_THREAD_CPUTIME_ID is supported by every Linux since 2.6.
    let status = unsafe { sys::clock_gettime(sys::CLOCK_THREAD_CPUTIME_ID, &mut time) };
    (status == 0).then(|| time.seconds as u64 * 1_000_000_000 + time.nanoseconds as u64)
}

/// Nanoseconds the current thread has run, or `None` where this is not measured.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
pub fn thread_nanos() -> Option<u64> {
    None
}

impl ThreadTime {
    /// Whether this machine can measure thread CPU time.
    pub fn available() -> bool {
        thread_nanos().is_some()
    }
}

impl Measurement for ThreadTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_nanos().unwrap_or(0)
    }

    fn end(&self, start: u64) -> u64 {
        thread_nanos().unwrap_or(0).saturating_sub(start)
    }

    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        // Values are nanoseconds, as with wall time, so its formatter fits.
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}
