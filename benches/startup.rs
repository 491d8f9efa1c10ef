//! Start-up to first frame of the reader (issue 5: under 50 ms on the demo pair): the release
//! binary is started in a pseudo-terminal with no arguments, as a newcomer runs it, and timed
//! from spawning until it has written the end of its first frame (the closing
//! synchronized-update marker `CSI ? 2026 l`); then `q` quits it.
//!
//! ```text
//! cargo bench --bench startup            # 80x24 and 120x40, 15 runs each
//! ```
//!
//! Prints the median and the fastest run per size. Run by `scripts/bench`.

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

const RUNS: usize = 15;
const FRAME_END: &[u8] = b"\x1b[?2026l";

fn first_frame(cols: u16, rows: u16, state: &std::path::Path) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_counterpoint"));
    cmd.env("TERM", "xterm-256color");
    // No user config and a fresh state directory: the first minute of a newcomer.
    cmd.env("XDG_CONFIG_HOME", state.join("config"));
    cmd.env("XDG_STATE_HOME", state.join("state"));
    let mut reader = pty.master.try_clone_reader().expect("pty reader");
    let mut writer = pty.master.take_writer().expect("pty writer");
    let started = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("counterpoint starts");
    drop(pty.slave);
    let (found, seen) = mpsc::channel();
    std::thread::spawn(move || {
        let mut output = Vec::new();
        let mut buf = [0u8; 8192];
        let mut reported = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            output.extend_from_slice(&buf[..n]);
            if !reported && output.windows(FRAME_END.len()).any(|w| w == FRAME_END) {
                reported = true;
                let _ = found.send(started.elapsed());
            }
        }
    });
    let elapsed = seen.recv_timeout(Duration::from_secs(10)).expect("a first frame within 10 s");
    writer.write_all(b"q").expect("q reaches the reader");
    writer.flush().ok();
    child.wait().expect("counterpoint exits");
    elapsed
}

fn main() {
    // cargo passes `--bench` to every bench target; a plain `cargo bench` runs this too.
    let state = tempfile::tempdir().expect("a temporary directory");
    for (cols, rows) in [(80u16, 24u16), (120, 40)] {
        first_frame(cols, rows, state.path()); // warm the page cache
        let mut times: Vec<Duration> = (0..RUNS).map(|_| first_frame(cols, rows, state.path())).collect();
        times.sort();
        println!(
            "startup {cols}x{rows}: median {:.1} ms, fastest {:.1} ms ({RUNS} runs, spawn to end of first frame)",
            times[RUNS / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3
        );
    }
}
