//! The interactive reader: two articles side by side in the terminal.
//!
//! State, input and drawing are kept apart, in the way of ratatui's own examples:
//! [`app`] holds the state and changes it on an [`Action`](crate::keymap::Action) (tested
//! without a terminal), [`input`] turns terminal events into inputs through the keymap, and
//! [`view`] draws a frame from borrowed state. [`wrap`] and `doc` prepare the lines each pane
//! shows, cached per width. This module owns the terminal: raw mode and the alternate screen
//! (restored on quit, on error and on panic), one buffered write per frame inside
//! synchronized-update markers, and a blocking event loop that only draws after a change.

pub mod app;
#[cfg(test)]
mod app_tests;
mod doc;
pub mod input;
mod layout;
mod nav;
mod overlay;
pub mod search;
pub mod view;
pub mod wrap;

use std::cell::Cell;
use std::io::{self, Stdout, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::Context;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::crossterm::{execute, queue};
use ratatui::Terminal;

use crate::compare::Comparison;
use crate::config::{ColorChoice, Config};
use crate::session::{load, Inputs};

pub use app::{App, Effect, Overlay};
pub use input::{translate, Input, Mode};
pub use view::draw;
pub use view::theme::{Palette, Theme};

/// Runs the reader until the user quits. Everything is loaded before this is called, so errors
/// up to here print on a normal terminal.
pub fn run(config: Config, comparison: Comparison, inputs: Inputs, color: ColorChoice) -> anyhow::Result<()> {
    let theme = Theme::detect(color, &config);
    let mouse = config.reader.mouse;
    let mut app = App::new(config, comparison, Some(inputs), theme);
    let mut screen = enter(mouse)?;
    let result = event_loop(&mut screen, &mut app, color);
    leave(mouse);
    result
}

/// A writer that keeps a whole frame and writes it with one system call, when told to.
struct FrameWriter {
    buffer: Vec<u8>,
    out: Stdout,
    /// Set just before the last write of a frame; ratatui's own flushes inside a frame wait.
    send: Rc<Cell<bool>>,
}

impl Write for FrameWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.send.replace(false) {
            return Ok(());
        }
        self.out.write_all(&self.buffer)?;
        self.buffer.clear();
        self.out.flush()
    }
}

type Term = Terminal<CrosstermBackend<FrameWriter>>;

/// The terminal and the switch that sends a finished frame.
struct Screen {
    terminal: Term,
    send: Rc<Cell<bool>>,
}

fn enter(mouse: bool) -> anyhow::Result<Screen> {
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
    let ready = (|| {
        if mouse {
            execute!(io::stdout(), EnableMouseCapture).context("cannot capture the mouse")?;
        }
        let send = Rc::new(Cell::new(false));
        let writer =
            FrameWriter { buffer: Vec::with_capacity(64 * 1024), out: io::stdout(), send: Rc::clone(&send) };
        let terminal = Terminal::new(CrosstermBackend::new(writer)).context("cannot set up the terminal")?;
        Ok(Screen { terminal, send })
    })();
    if ready.is_err() {
        leave(mouse);
    }
    ready
}

fn leave(mouse: bool) {
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), Show);
    ratatui::restore();
}

/// Draws a frame: only the cells that changed, inside synchronized-update markers so the
/// terminal shows it at once, written with one system call.
fn draw_frame(screen: &mut Screen, app: &App) -> io::Result<()> {
    queue!(screen.terminal.backend_mut(), BeginSynchronizedUpdate)?;
    screen.terminal.draw(|frame| draw(frame, app))?;
    screen.send.set(true);
    execute!(screen.terminal.backend_mut(), EndSynchronizedUpdate)
}

fn event_loop(screen: &mut Screen, app: &mut App, color: ColorChoice) -> anyhow::Result<()> {
    let size = screen.terminal.size()?;
    app.resize(size.width, size.height);
    draw_frame(screen, app)?;
    loop {
        // Blocks until something happens: no polling, no work while idle.
        let event = event::read().context("cannot read from the terminal")?;
        let Some(input) = translate(&event, &app.config.keymap, app.input_mode()) else { continue };
        match app.handle(input) {
            Effect::None => continue,
            Effect::Redraw => {}
            Effect::Quit => return Ok(()),
            Effect::Reload => {
                if let Some(inputs) = app.inputs.clone() {
                    open(app, inputs, color, "reloaded");
                }
            }
            Effect::Open(inputs) => open(app, inputs, color, "opened"),
            Effect::ListArticles(dir) => {
                let files = list_articles(&dir);
                app.open_picker(dir, files);
            }
        }
        draw_frame(screen, app)?;
    }
}

/// Loads a pair and puts it in the app; on error keeps what is shown and says why.
fn open(app: &mut App, inputs: Inputs, color: ColorChoice, done: &str) {
    match load(&inputs) {
        Ok((config, comparison)) => {
            let warnings: Vec<String> = [&comparison.left, &comparison.right]
                .iter()
                .flat_map(|side| side.article.warnings.iter().map(|w| format!("{}: {w}", side.article.name)))
                .collect();
            app.theme = Theme::detect(color, &config);
            app.replace(config, comparison, Some(inputs));
            match warnings.first() {
                Some(w) => app.error(format!("warning: {w}")),
                None => app.say(done),
            }
        }
        Err(e) => app.error(format!("{e} (still showing the last good version)")),
    }
}

/// The .md and .txt files in `dir`, sorted; the bundled demo articles if `dir` is not there.
pub fn list_articles(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return crate::bundled::BUNDLED_ARTICLES.iter().map(|(p, _)| PathBuf::from(p)).collect();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension().is_some_and(|x| x.eq_ignore_ascii_case("md") || x.eq_ignore_ascii_case("txt"))
        })
        .collect();
    files.sort();
    files
}
