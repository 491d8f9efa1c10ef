//! The `counterpoint` command: parses arguments, loads config and articles (before the terminal
//! changes mode, so errors print normally), then runs the reader or prints a report.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use counterpoint::config::{user_config_path, ColorChoice, Config, DEFAULT_CONFIG};
use counterpoint::report::{render, Format};
use counterpoint::session::{load, Inputs};
use counterpoint::text::sanitize::visible;

/// Read two articles side by side, aligned by topic, with their contradictions highlighted.
///
/// With no files, opens the bundled demo pair. When standard output is not a terminal, prints
/// the text report instead of opening the reader.
#[derive(Debug, Parser)]
#[command(name = "counterpoint", version, about, long_about)]
struct Cli {
    /// The left article (.txt or .md).
    left: Option<PathBuf>,
    /// The right article (.txt or .md).
    right: Option<PathBuf>,
    /// A config file merged over the built-in default (else the one in your XDG config dir).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the comparison as text, Markdown or JSON.
    Compare {
        /// The left article (default: the bundled pair).
        left: Option<PathBuf>,
        /// The right article.
        right: Option<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Wrap text output to this many columns (default: $COLUMNS, the terminal, or 80).
        #[arg(long, short)]
        width: Option<usize>,
    },
    /// Show which config files are used, or print the default config.
    Config {
        /// Print the paths of the config files in use.
        #[arg(long)]
        path: bool,
        /// Print the built-in default config.toml (a starting point for your own).
        #[arg(long)]
        default: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err((code, message)) => {
            eprintln!("counterpoint: {}", visible(&message));
            ExitCode::from(code)
        }
    }
}

type Failure = (u8, String);

fn inputs(
    cli_config: &Option<PathBuf>,
    left: Option<PathBuf>,
    right: Option<PathBuf>,
) -> Result<Inputs, Failure> {
    let (left, right) = match (left, right) {
        (Some(l), Some(r)) => (l, r),
        (None, None) => {
            let config = Config::load(cli_config.as_deref()).map_err(|e| (2, e.to_string()))?;
            (PathBuf::from(&config.reader.left), PathBuf::from(&config.reader.right))
        }
        _ => return Err((2, "give two articles to compare (or none for the bundled pair)".into())),
    };
    Ok(Inputs { left, right, config: cli_config.clone() })
}

fn report_width(explicit: Option<usize>) -> usize {
    explicit
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()))
        .or_else(|| {
            crossterm::terminal::size()
                .ok()
                .map(|(w, _)| usize::from(w))
                .filter(|_| std::io::stdout().is_terminal())
        })
        .unwrap_or(80)
}

fn print(text: &str) -> Result<ExitCode, Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err((1, format!("cannot write output: {e}"))),
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Some(Command::Config { path, default }) => {
            if default || !path {
                return print(DEFAULT_CONFIG);
            }
            let mut lines = vec!["built-in default (embedded config.toml)".to_string()];
            match (&cli.config, user_config_path()) {
                (Some(p), _) => lines.push(format!("{} (--config)", p.display())),
                (None, Some(p)) if p.exists() => lines.push(format!("{} (user file)", p.display())),
                (None, Some(p)) => lines.push(format!("{} (user file, not present)", p.display())),
                (None, None) => lines.push("no user config directory found".to_string()),
            }
            print(&(visible(&lines.join("\n")).into_owned() + "\n"))
        }
        Some(Command::Compare { left, right, format, width }) => {
            let inputs = inputs(&cli.config, left, right)?;
            let (_, comparison) = load(&inputs).map_err(|e| (e.exit_code() as u8, e.to_string()))?;
            warn(&comparison);
            print(&render(&comparison, format, report_width(width)))
        }
        None => {
            let inputs = inputs(&cli.config, cli.left, cli.right)?;
            let (config, comparison) = load(&inputs).map_err(|e| (e.exit_code() as u8, e.to_string()))?;
            warn(&comparison);
            if !std::io::stdout().is_terminal() {
                return print(&render(&comparison, Format::Text, report_width(None)));
            }
            counterpoint::reader::run(config, comparison, inputs, cli.color)
                .map(|()| ExitCode::SUCCESS)
                .map_err(|e| (1, format!("{e:#}")))
        }
    }
}

fn warn(comparison: &counterpoint::compare::Comparison) {
    for side in [&comparison.left, &comparison.right] {
        for w in &side.article.warnings {
            eprintln!("counterpoint: warning: {}: {}", visible(&side.article.name), visible(w));
        }
    }
}
