//! The interactive reader: two articles side by side in the terminal.
//!
//! State, input and drawing are kept apart, in the way of ratatui's own examples:
//! [`app`] holds the state and changes it on an [`Action`](crate::keymap::Action) (tested
//! without a terminal), [`input`] turns terminal events into inputs through the keymap, and
//! [`view`] draws a frame from borrowed state. [`wrap`] and `doc` prepare the lines each pane
//! shows, cached per width. This module owns the terminal: raw mode and the alternate screen
//! (restored on quit, on error, on panic and on every signal that ends the process, with the
//! reading position saved first as a clean quit saves it), one buffered write per frame inside
//! synchronized-update markers, and a blocking event loop that only draws after a change.

mod actions;
mod aligned_doc;
pub mod app;
#[cfg(test)]
mod app_tests;
mod doc;
mod export_file;
mod help;
pub mod input;
mod layout;
mod memory;
#[cfg(test)]
mod memory_tests;
mod nav;
mod overlay;
mod overview;
mod overview_state;
mod panel;
mod ragged;
pub mod search;
mod search_steps;
mod sync_path;
#[cfg(test)]
mod sync_tests;
pub mod term;
pub mod view;
pub mod wrap;

use std::io::{self, Stdout};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::Terminal;

use crate::compare::Comparison;
use crate::config::{ColorChoice, Config};
use crate::session::{load, Inputs, LoadedOverview};
use crate::state::{PairState, StateStore};

pub use app::{App, Corpus, Effect, Overlay};
pub use export_file::write_export_file;
pub use input::{translate, Input, Mode};
pub use memory::{export_path, load_state, save_state, write_export};
pub use term::FrameBackend;
pub use view::draw;
pub use view::theme::{Palette, Theme};

/// Runs the reader until the user quits. Everything is loaded before this is called, so errors
/// up to here print on a normal terminal.
pub fn run(config: Config, comparison: Comparison, inputs: Inputs, color: ColorChoice) -> anyhow::Result<()> {
    release_freed_memory();
    let theme = Theme::detect(color, &config);
    let mut app = App::new(config, comparison, Some(inputs), theme);
    app.store = StateStore::default_location();
    load_state(&mut app);
    // A problem with the remembered state, if any, is said first; stderr is hidden by the
    // alternate screen, so a decoding warning goes to the status bar too.
    if app.message.is_none() {
        app.warn_about_articles();
    }
    run_app(app, color)
}

/// Gives the memory the analysis freed back to the system before the reader builds its views:
/// the allocator keeps freed pages for reuse, and on a long document the analysis's passing
/// buffers would otherwise stay in the reader's footprint for the whole session.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the kernel; it touches no live
    // allocation and is safe to call at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Runs the reader on the corpus overview of several analysed articles; Enter opens a pair.
/// Files left out of the overview are said in the status bar (stderr is hidden by the screen).
pub fn run_overview(config: Config, loaded: LoadedOverview, color: ColorChoice) -> anyhow::Result<()> {
    let theme = Theme::detect(color, &config);
    let mut app = App::with_overview(config, loaded.overview, theme)?;
    app.store = StateStore::default_location();
    app.warn_skipped(&loaded.skipped);
    run_app(app, color)
}

fn run_app(mut app: App, color: ColorChoice) -> anyhow::Result<()> {
    let mouse = app.config.reader.mouse;
    let snapshot = Snapshot::default();
    let mut screen = enter(mouse, &snapshot)?;
    let result = event_loop(&mut screen, &mut app, color, &snapshot);
    leave(mouse);
    if result.is_err() {
        // The terminal went away (a closed window): keep the place as a quit would.
        save_state(&mut app);
    }
    if let Some(error) = &app.save_error {
        eprintln!("counterpoint: warning: {}", crate::text::sanitize::visible(error));
    }
    result
}

/// The pair's state as of the last input, for a signal handler to save: the event loop may be
/// blocked in a read (or busy) when the signal comes, so the handler cannot ask the app.
#[derive(Default, Clone)]
struct Snapshot(Arc<Mutex<Option<(StateStore, String, PairState)>>>);

impl Snapshot {
    fn update(&self, app: &App) {
        let state = app.store.clone().zip(app.pair_state());
        if let Ok(mut slot) = self.0.lock() {
            *slot = state.map(|(store, state)| (store, app.pair_key().to_string(), state));
        }
    }

    fn save(&self) {
        if let Ok(slot) = self.0.lock() {
            if let Some((store, key, state)) = slot.as_ref() {
                let _ = store.save(key, state);
            }
        }
    }
}

type Term = Terminal<FrameBackend<Stdout>>;

/// The terminal, drawn through [`FrameBackend`]: a frame is one write inside
/// synchronized-update markers, nothing when nothing changed.
struct Screen {
    terminal: Term,
}

fn enter(mouse: bool, snapshot: &Snapshot) -> anyhow::Result<Screen> {
    // ratatui's init enters raw mode and the alternate screen and installs a panic hook that
    // restores them; the hook added on top first gives back the mouse and the cursor.
    drop(ratatui::try_init().context("cannot set up the terminal")?);
    let restore = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if mouse {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
        let _ = execute!(io::stdout(), Show);
        restore(info);
    }));
    restore_on_signals(mouse, snapshot.clone());
    let ready = (|| {
        if mouse {
            execute!(io::stdout(), EnableMouseCapture).context("cannot capture the mouse")?;
        }
        let backend = FrameBackend::terminal(io::stdout()).context("cannot read the terminal size")?;
        let terminal = Terminal::new(backend).context("cannot set up the terminal")?;
        Ok(Screen { terminal })
    })();
    if ready.is_err() {
        leave(mouse);
    }
    ready
}

/// Every signal that ends the process by default would leave the terminal raw, on the
/// alternate screen, with the cursor hidden and the mouse captured: SIGTERM (kill, shutdown),
/// SIGHUP (an SSH connection dropping, a terminal window closed), SIGINT and SIGQUIT (sent by
/// `kill` or a supervisor; in raw mode Ctrl-C and Ctrl-\ arrive as keys instead). A watcher
/// thread gives the terminal back, saves the reading position and bookmarks as a quit would,
/// then exits with the conventional 128 + signal status.
fn restore_on_signals(mouse: bool, snapshot: Snapshot) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            leave(mouse);
            snapshot.save();
            std::process::exit(128 + signal);
        }
    });
}

/// Panics after the first frame when `COUNTERPOINT_TEST_PANIC` is set, so the pty tests can
/// prove that a panic gives the terminal back. Every build has the trigger, release included:
/// the build that ships is the one whose panic path matters (a `panic = "abort"` or a hook
/// change in the release profile would otherwise go untested), and a variable named for tests
/// costs a user nothing they did not ask for.
fn panic_if_requested() {
    if std::env::var_os("COUNTERPOINT_TEST_PANIC").is_some() {
        panic!("test panic requested by COUNTERPOINT_TEST_PANIC");
    }
}

fn leave(mouse: bool) {
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), Show);
    ratatui::restore();
}

/// Draws a frame: the backend sends only what changed (rows that moved are scrolled by the
/// terminal), inside synchronized-update markers, with one write; nothing if nothing changed.
fn draw_frame(screen: &mut Screen, app: &App) -> io::Result<()> {
    screen.terminal.draw(|frame| draw(frame, app))?;
    Ok(())
}

fn event_loop(
    screen: &mut Screen,
    app: &mut App,
    color: ColorChoice,
    snapshot: &Snapshot,
) -> anyhow::Result<()> {
    let size = screen.terminal.size()?;
    app.resize(size.width, size.height);
    draw_frame(screen, app)?;
    snapshot.update(app);
    panic_if_requested();
    loop {
        // Blocks until something happens: no polling, no work while idle.
        let event = event::read().context("cannot read from the terminal")?;
        let Some(input) = translate(&event, &app.config.keymap, app.input_mode()) else { continue };
        match app.handle(input) {
            Effect::None => continue,
            Effect::Redraw => {}
            Effect::Quit => {
                save_state(app);
                return Ok(());
            }
            Effect::Reload => {
                if let Some(inputs) = app.inputs.clone() {
                    open(app, inputs, color, "reloaded");
                }
            }
            Effect::Open(inputs) => {
                let before = app.pair_key().to_string();
                save_state(app);
                open(app, inputs, color, "opened");
                if app.pair_key() != before {
                    load_state(app);
                }
            }
            Effect::SaveState => save_state(app),
            Effect::LoadState => load_state(app),
            Effect::Export { file_name, markdown, .. } => {
                write_export_file(app, &file_name, &markdown);
            }
            Effect::ListArticles(dir) => {
                let files = list_articles(&dir);
                app.open_picker(dir, files);
            }
        }
        draw_frame(screen, app)?;
        snapshot.update(app);
    }
}

/// Loads a pair and puts it in the app; on error keeps what is shown and says why.
fn open(app: &mut App, inputs: Inputs, color: ColorChoice, done: &str) {
    match load(&inputs) {
        Ok((config, comparison)) => {
            app.theme = Theme::detect(color, &config);
            app.replace(config, comparison, Some(inputs));
            if !app.warn_about_articles() {
                app.say(done);
            }
        }
        Err(e) => app.error(format!("{e} (still showing the last good version)")),
    }
}

/// The articles in `dir` as the corpus listing finds them (see [`crate::session::list_folder`]);
/// the bundled demo articles if `dir` cannot be listed.
pub fn list_articles(dir: &Path) -> Vec<PathBuf> {
    crate::session::list_folder(dir)
        .unwrap_or_else(|_| crate::bundled::BUNDLED_ARTICLES.iter().map(|(p, _)| PathBuf::from(p)).collect())
}
