//! The real binary in a real pseudo-terminal: the terminal is always given back (quit, panic,
//! SIGTERM, SIGHUP, SIGINT, SIGQUIT), the reading position and bookmarks survive a signal, and
//! nothing an article holds reaches the terminal as an escape sequence.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

/// An article full of terminal attacks: colour codes, a title change, an OSC 52 clipboard
/// write, an OSC 8 link, a DCS string, cursor moves, C1 CSI, BEL and bidi overrides.
const HOSTILE: &str = "Title: Evil \u{1b}]0;pwned\u{7} title\n\n\
Sanctions hurt ordinary Iranians \u{1b}[31mbadly\u{1b}[0m, and the talks \u{1b}]52;c;ZXZpbA==\u{7} are a lifeline.\n\n\
Read \u{1b}]8;;http://evil.example\u{1b}\\this link\u{1b}]8;;\u{1b}\\ and \u{1b}Pq#0;2;0;0;0\u{1b}\\ now \u{1b}[2J\u{1b}[H moved.\n\n\
The regime \u{9b}31m says \u{202e}sdrawkcab\u{202c} and \u{2066}isolated\u{2069} things about sanctions \u{7} too.\n";

struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Vec<u8>>>,
    // Removed when the session ends, so no run leaves a state directory behind in /tmp.
    _state_home: tempfile::TempDir,
}

fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
    let pty =
        native_pty_system().openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_counterpoint"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-pty-no-config"));
    let state_home = tempfile::tempdir().unwrap();
    cmd.env("XDG_STATE_HOME", state_home.path());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let output = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&output);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let writer = pty.master.take_writer().unwrap();
    Session { child, master: pty.master, writer, output, _state_home: state_home }
}

impl Session {
    fn bytes(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    fn wait_for(&self, needle: &[u8]) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.bytes().windows(needle.len()).any(|w| w == needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "timed out waiting for {:?}; got {:?}",
            String::from_utf8_lossy(needle),
            String::from_utf8_lossy(&self.bytes())
        );
    }

    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread drain what the program wrote last.
                std::thread::sleep(Duration::from_millis(200));
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "the program did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the terminal is back in cooked mode with echo, as a shell expects it.
    fn terminal_is_cooked(&self) -> bool {
        let fd = self.master.as_raw_fd().expect("a unix pty");
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: fd is the open master of our pty and termios is a valid out-parameter.
        let ok = unsafe { libc::tcgetattr(fd, &mut termios) } == 0;
        ok && termios.c_lflag & libc::ICANON != 0 && termios.c_lflag & libc::ECHO != 0
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs").join(name).display().to_string()
}

/// The end of the first frame: the synchronized-update end marker.
const FRAME_END: &[u8] = b"\x1b[?2026l";
const LEAVE_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049l";

fn assert_restored(s: &Session, how: &str) {
    let out = s.bytes();
    assert!(contains(&out, LEAVE_ALTERNATE_SCREEN), "{how}: alternate screen not left");
    assert!(contains(&out, b"\x1b[?25h"), "{how}: cursor not shown again");
    assert!(s.terminal_is_cooked(), "{how}: terminal left in raw mode");
}

#[test]
fn quitting_restores_the_terminal() {
    let mut s = start(&[&fixture("negation_1.md"), &fixture("negation_2.md")], &[]);
    s.wait_for(FRAME_END);
    s.writer.write_all(b"q").unwrap();
    assert_eq!(s.wait_exit(), 0);
    assert_restored(&s, "q");
}

#[test]
fn ctrl_c_restores_the_terminal() {
    let mut s = start(&[&fixture("negation_1.md"), &fixture("negation_2.md")], &[]);
    s.wait_for(FRAME_END);
    s.writer.write_all(b"\x03").unwrap();
    s.wait_exit();
    assert_restored(&s, "Ctrl-C");
}

#[test]
fn a_panic_restores_the_terminal_and_prints_the_message() {
    let mut s =
        start(&[&fixture("negation_1.md"), &fixture("negation_2.md")], &[("COUNTERPOINT_TEST_PANIC", "1")]);
    let code = s.wait_exit();
    assert_ne!(code, 0);
    assert_restored(&s, "panic");
    let out = s.bytes();
    let restore_at =
        out.windows(LEAVE_ALTERNATE_SCREEN.len()).position(|w| w == LEAVE_ALTERNATE_SCREEN).unwrap();
    let message_at =
        out.windows(b"test panic".len()).position(|w| w == b"test panic").expect("panic message printed");
    assert!(message_at > restore_at, "the panic message comes after the terminal is restored");
}

#[test]
fn every_signal_that_ends_the_reader_restores_the_terminal() {
    for signal in [libc::SIGTERM, libc::SIGHUP, libc::SIGINT, libc::SIGQUIT] {
        let mut s = start(&[&fixture("negation_1.md"), &fixture("negation_2.md")], &[]);
        s.wait_for(FRAME_END);
        let pid = s.child.process_id().expect("a pid") as libc::pid_t;
        // SAFETY: sending a signal to our own child process.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
        s.wait_exit();
        assert_restored(&s, &format!("signal {signal}"));
    }
}

/// A long pair (60 paragraphs a side) in `dir`, so that moving changes the passage at the top.
fn long_pair(dir: &Path) -> (String, String) {
    let mut paths = Vec::new();
    for (name, word) in [("long_1.md", "rise"), ("long_2.md", "fall")] {
        let mut text = format!("Title: Long {name}\n\n");
        for i in 0..60 {
            text.push_str(&format!(
                "Paragraph {i}: sanctions on oil exports {word} again, officials said on day {i}.\n\n"
            ));
        }
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path.display().to_string());
    }
    (paths[0].clone(), paths[1].clone())
}

/// The one saved pair state under `state_home`.
fn saved_state(state_home: &Path) -> serde_json::Value {
    let dir = state_home.join("counterpoint");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("no state saved in {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap()
}

fn send(s: &Session, signal: libc::c_int) {
    let pid = s.child.process_id().expect("a pid") as libc::pid_t;
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
}

#[test]
fn a_hung_up_or_stopped_reader_keeps_its_position() {
    for signal in [libc::SIGHUP, libc::SIGTERM, libc::SIGINT] {
        let dir = tempfile::tempdir().unwrap();
        let (left, right) = long_pair(dir.path());
        let state = dir.path().join("state");
        let mut s = start(&[&left, &right], &[("XDG_STATE_HOME", state.to_str().unwrap())]);
        s.wait_for(FRAME_END);
        s.writer.write_all(b"G").unwrap();
        // Let the reader handle the key and draw before the signal comes.
        std::thread::sleep(Duration::from_millis(500));
        send(&s, signal);
        s.wait_exit();
        assert_restored(&s, &format!("signal {signal}"));
        let saved = saved_state(&state);
        assert!(saved["left_passage"].as_u64().unwrap() > 30, "signal {signal}: {saved}");
    }
}

#[test]
fn a_bookmark_is_saved_when_it_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let (left, right) = long_pair(dir.path());
    let state = dir.path().join("state");
    let mut s = start(&[&left, &right], &[("XDG_STATE_HOME", state.to_str().unwrap())]);
    s.wait_for(FRAME_END);
    s.writer.write_all(b"m").unwrap();
    s.wait_for(b"bookmarked");
    // SIGKILL cannot be caught: only what was saved when the bookmark was made survives it.
    send(&s, libc::SIGKILL);
    s.wait_exit();
    let saved = saved_state(&state);
    assert_eq!(saved["bookmarks"].as_array().map(Vec::len), Some(1), "{saved}");
}

/// Every escape sequence in `out`, as (introducer byte, whole sequence).
fn escape_sequences(out: &[u8]) -> Vec<(u8, Vec<u8>)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < out.len() {
        if out[i] != 0x1b || i + 1 >= out.len() {
            i += 1;
            continue;
        }
        let kind = out[i + 1];
        let mut j = i + 2;
        if kind == b'[' {
            while j < out.len() && !(0x40..=0x7e).contains(&out[j]) {
                j += 1;
            }
            j += 1;
        }
        found.push((kind, out[i..j.min(out.len())].to_vec()));
        i = j;
    }
    found
}

#[test]
fn article_escape_sequences_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let evil = dir.path().join("evil.md");
    std::fs::write(&evil, HOSTILE).unwrap();
    let mut s = start(&[evil.to_str().unwrap(), &fixture("sanctions_stance_2.md")], &[]);
    s.wait_for(FRAME_END);
    for key in [&b"j"[..], b"}", b"v", b"j", b"c", b"\x1b", b"?", b"\x1b", b"/", b"sanctions\r", b"n"] {
        s.writer.write_all(key).unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }
    s.writer.write_all(b"q").unwrap();
    s.wait_exit();
    let out = s.bytes();
    for (kind, seq) in escape_sequences(&out) {
        // Only CSI sequences (cursor moves, SGR colours, modes, scroll regions) and the
        // two-byte keypad/charset modes crossterm may emit are allowed: no OSC, DCS, APC, PM.
        assert!(
            kind == b'[' || kind == b'=' || kind == b'>' || kind == b'7' || kind == b'8',
            "forbidden escape {:?}",
            String::from_utf8_lossy(&seq)
        );
        assert!(!seq.ends_with(b"t"), "no window manipulation: {:?}", String::from_utf8_lossy(&seq));
    }
    let text = String::from_utf8_lossy(&out);
    assert!(!text.contains('\u{7}'), "no BEL");
    assert!(!text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)), "no C1 controls");
    assert!(!text.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')), "no bidi controls");
    assert!(text.contains("<U+202E>") || text.contains("^["), "hostile characters shown as placeholders");
}

#[test]
fn reloading_a_file_that_became_a_fifo_says_why_and_keeps_the_reader_alive() {
    let dir = tempfile::tempdir().unwrap();
    let (left, right) = long_pair(dir.path());
    let mut s = start(&[&left, &right], &[]);
    s.wait_for(FRAME_END);
    std::fs::remove_file(&left).unwrap();
    let name = std::ffi::CString::new(left.as_str()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    // Opening the FIFO for reading used to block the reader for good, Ctrl-C included.
    s.writer.write_all(b"r").unwrap();
    s.wait_for(b"is a named pipe (FIFO)");
    s.writer.write_all(b"q").unwrap();
    assert_eq!(s.wait_exit(), 0);
    assert_restored(&s, "q after a refused reload");
}
