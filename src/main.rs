//! The `counterpoint` command: parses arguments, loads config and articles (before the terminal
//! changes mode, so errors print normally), then runs the reader or prints a report.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use counterpoint::config::{user_config_path, ColorChoice, Config, DEFAULT_CONFIG};
use counterpoint::report::{render, render_overview, write_report, Format};
use counterpoint::session::{expand_paths, load, load_article, load_overview, Inputs};
use counterpoint::text::sanitize::visible;

/// Read two articles side by side, aligned by topic, with their contradictions highlighted.
///
/// Two files open the split-pane reader; a directory or three or more files open the corpus
/// overview; no files open the bundled demo pair. When standard output is not a terminal, the
/// report is printed instead of opening the reader.
///
/// Exit status: 0 fine, 1 an input file could not be used, 2 usage or config error.
#[derive(Debug, Parser)]
#[command(name = "counterpoint", version, about, long_about)]
struct Cli {
    /// Articles (.txt, .md, .html) or a directory of them.
    files: Vec<PathBuf>,
    /// A config file merged over the built-in default (else the one in your XDG config dir).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// When to use colour in the reader: auto means only on a terminal, and never with
    /// NO_COLOR set or TERM=dumb.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the comparison (two files) or the corpus overview (a directory, or more files).
    Compare {
        /// Articles or a directory (default: the bundled pair).
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Wrap text output to this many columns (default: $COLUMNS, the terminal, or 80).
        #[arg(long, short)]
        width: Option<usize>,
    },
    /// Build a topic map for a new subject.
    Topics {
        #[command(subcommand)]
        action: TopicsCommand,
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
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `counterpoint man | man -l -`.
    Man,
}

#[derive(Debug, Subcommand)]
enum TopicsCommand {
    /// Propose topics shared by several articles, as a TOML snippet for config.toml.
    Suggest {
        /// Articles or directories to learn from.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check the topic map: per topic, the passages of each file it matches and its top terms.
    Check {
        /// Articles or directories (default: the bundled articles).
        files: Vec<PathBuf>,
    },
}

type Failure = (u8, String);

fn main() -> ExitCode {
    keep_large_buffers_out_of_the_heap();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err((code, message)) => {
            eprintln!("counterpoint: {}", visible(&message));
            ExitCode::from(code)
        }
    }
}

/// Fixes glibc's threshold above which an allocation gets its own mapping at its default,
/// 128 KB. Left dynamic, it rises to the size of the largest such buffer freed (the file bytes,
/// a token table: megabytes), after which the large vectors of a comparison are carved out of
/// the heap, whose freed pages the process keeps: the 10 MB-per-side pair peaked at 159 MB
/// resident for 121 MB of live data, and at 145 MB with the threshold fixed, at the same speed.
fn keep_large_buffers_out_of_the_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; it runs first thing in main, before
    // any other thread exists, and touches no allocation.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

fn load_config(path: &Option<PathBuf>) -> Result<Config, Failure> {
    Config::load(path.as_deref()).map_err(|e| (2, e.to_string()))
}

/// What the file arguments ask for.
enum Target {
    Pair(Inputs),
    Corpus(Vec<PathBuf>),
}

fn target(config_path: &Option<PathBuf>, files: Vec<PathBuf>) -> Result<Target, Failure> {
    let has_dir = files.iter().any(|f| f.is_dir());
    match files.len() {
        0 => {
            let config = load_config(config_path)?;
            let (left, right) = (PathBuf::from(&config.reader.left), PathBuf::from(&config.reader.right));
            Ok(Target::Pair(Inputs { left, right, config: config_path.clone() }))
        }
        2 if !has_dir => {
            let mut files = files.into_iter();
            let (left, right) = (files.next().expect("two"), files.next().expect("two"));
            Ok(Target::Pair(Inputs { left, right, config: config_path.clone() }))
        }
        1 if !has_dir => {
            Err((2, "give two articles to compare, a directory, or none for the bundled pair".into()))
        }
        _ => {
            let paths = expand_paths(&files).map_err(|e| (1, e.to_string()))?;
            if paths.len() < 2 {
                return Err((1, "a corpus needs at least two articles".into()));
            }
            Ok(Target::Corpus(paths))
        }
    }
}

fn report_width(explicit: Option<usize>) -> usize {
    explicit
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()))
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| crossterm::terminal::size().ok().map(|(w, _)| usize::from(w)))
                .flatten()
        })
        .filter(|w| *w > 0)
        .unwrap_or(80)
}

fn print(text: &str) -> Result<ExitCode, Failure> {
    print_with(|out| out.write_all(text.as_bytes()))
}

/// Writes to stdout through a buffer with `write` (a report streamed as it is made).
fn print_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<ExitCode, Failure> {
    let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    match write(&mut stdout).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err((1, format!("cannot write output: {e}"))),
    }
}

/// Lets go of a comparison whose report is written, as the process is about to exit: the
/// operating system takes its memory back at once, where dropping it freed its millions of
/// allocations one by one (83M instructions on the 10 MB pair, most of their time cache misses:
/// 1.87-1.92 s of CPU before, 1.80-1.90 s after, in alternating runs).
/// It holds plain data only (no file or handle to close).
fn exiting_with(comparison: counterpoint::compare::Comparison) {
    std::mem::forget(comparison);
}

/// Shows progress on stderr while many pairs are compared, when someone is watching.
fn progress(done: usize, total: usize) {
    if total >= 50 && std::io::stderr().is_terminal() && (done.is_multiple_of(25) || done == total) {
        eprint!("\rcomparing pairs: {done}/{total}{}", if done == total { "\n" } else { "" });
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Some(Command::Config { path, default }) => config_command(&cli.config, path, default),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "counterpoint", &mut out);
            print(&String::from_utf8_lossy(&out))
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out).map_err(|e| (1, e.to_string()))?;
            print(&String::from_utf8_lossy(&out))
        }
        Some(Command::Topics { action }) => topics_command(&cli.config, action),
        Some(Command::Compare { files, format, width }) => match target(&cli.config, files)? {
            Target::Pair(inputs) => {
                let (_, comparison) = load(&inputs).map_err(|e| (e.exit_code() as u8, e.to_string()))?;
                warn_about(&[&comparison.left.article, &comparison.right.article]);
                let width = report_width(width);
                let printed = print_with(|mut out| write_report(&comparison, format, width, &mut out));
                exiting_with(comparison);
                printed
            }
            Target::Corpus(paths) => {
                let config = load_config(&cli.config)?;
                let loaded = load_overview(&paths, &config, &progress)
                    .map_err(|e| (e.exit_code() as u8, e.to_string()))?;
                warn_skipped(&loaded.skipped);
                print(&render_overview(&loaded.overview, format, report_width(width)))
            }
        },
        None => match target(&cli.config, cli.files)? {
            Target::Pair(inputs) => {
                let (config, comparison) = load(&inputs).map_err(|e| (e.exit_code() as u8, e.to_string()))?;
                warn_about(&[&comparison.left.article, &comparison.right.article]);
                if !std::io::stdout().is_terminal() {
                    let printed = print(&render(&comparison, Format::Text, report_width(None)));
                    exiting_with(comparison);
                    return printed;
                }
                open_reader(config, comparison, inputs, cli.color)
            }
            Target::Corpus(paths) => {
                let config = load_config(&cli.config)?;
                let loaded = load_overview(&paths, &config, &progress)
                    .map_err(|e| (e.exit_code() as u8, e.to_string()))?;
                warn_skipped(&loaded.skipped);
                if !std::io::stdout().is_terminal() {
                    return print(&render_overview(&loaded.overview, Format::Text, report_width(None)));
                }
                counterpoint::reader::run_overview(config, loaded, cli.color)
                    .map(|()| ExitCode::SUCCESS)
                    .map_err(|e| (1, format!("{e:#}")))
            }
        },
    }
}

fn open_reader(
    config: Config,
    comparison: counterpoint::compare::Comparison,
    inputs: Inputs,
    color: ColorChoice,
) -> Result<ExitCode, Failure> {
    counterpoint::reader::run(config, comparison, inputs, color)
        .map(|()| ExitCode::SUCCESS)
        .map_err(|e| (1, format!("{e:#}")))
}

fn config_command(config: &Option<PathBuf>, path: bool, default: bool) -> Result<ExitCode, Failure> {
    if default || !path {
        return print(DEFAULT_CONFIG);
    }
    let mut lines = vec!["built-in default (embedded config.toml)".to_string()];
    match (config, user_config_path()) {
        (Some(p), _) => lines.push(format!("{} (--config)", p.display())),
        (None, Some(p)) if p.exists() => lines.push(format!("{} (user file)", p.display())),
        (None, Some(p)) => lines.push(format!("{} (user file, not present)", p.display())),
        (None, None) => lines.push("no user config directory found".to_string()),
    }
    // Validate too, so `config --path` doubles as a check of the user's file.
    let loaded = load_config(config);
    match &loaded {
        Ok(config) => lines.push(format!(
            "exports go to {}",
            counterpoint::exports::export_dir(&config.reader.export_dir).display()
        )),
        Err((_, message)) => lines.push(format!("error: {message}")),
    }
    // Each line made visible on its own: the newlines between them are meant.
    let text: String = lines.iter().map(|l| visible(l).into_owned() + "\n").collect();
    print(&text)?;
    Ok(if loaded.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(2) })
}

fn topics_command(config_path: &Option<PathBuf>, action: TopicsCommand) -> Result<ExitCode, Failure> {
    let config = load_config(config_path)?;
    let (files, suggest) = match action {
        TopicsCommand::Suggest { files } => (files, true),
        TopicsCommand::Check { files } => (files, false),
    };
    let paths = if files.is_empty() {
        counterpoint::bundled::BUNDLED_ARTICLES.iter().map(|(p, _)| PathBuf::from(p)).collect()
    } else {
        expand_paths(&files).map_err(|e| (1, e.to_string()))?
    };
    let mut articles = Vec::new();
    for path in &paths {
        articles.push(load_article(path, &config).map_err(|e| (1, e.to_string()))?);
    }
    warn_about(&articles.iter().collect::<Vec<_>>());
    if suggest {
        let topics = counterpoint::suggest::suggest(&articles);
        print(&counterpoint::suggest::render_suggestions(&topics, articles.len()))
    } else {
        let map = counterpoint::topics::TopicMap::new(&config).map_err(|e| (2, e.to_string()))?;
        print(&counterpoint::suggest::check(&map, &articles))
    }
}

/// Files a corpus overview left out, one warning line each.
fn warn_skipped(skipped: &[String]) {
    for warning in skipped {
        eprintln!("counterpoint: warning: {}", visible(warning));
    }
}

fn warn_about(articles: &[&counterpoint::article::Article]) {
    for article in articles {
        for w in &article.warnings {
            eprintln!("counterpoint: warning: {}: {}", visible(&article.name), visible(w));
        }
    }
}
