//! Criterion bench of drawing the reader: one frame of each view at 80x24, 120x40 and 200x60
//! on the generated 1 MB pair (target: under 2 ms at 200x60 whatever the document size), and a
//! one-line scroll followed by its frame. The comparison is built once, outside the timing: a
//! frame never re-analyses; wrapped lines are cached per pane width, so the first frame at a new
//! size (which wraps) is measured apart from the steady state.
//!
//! Run with `cargo bench --bench render`.

mod common;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use counterpoint::article::Article;
use counterpoint::compare::compare;
use counterpoint::config::Config;
use counterpoint::keymap::Action;
use counterpoint::reader::{draw, App, Palette, Theme};
use counterpoint::topics::TopicMap;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn app_for(config: &Config, map: &TopicMap, left: &str, right: &str) -> App {
    let comparison =
        compare(Article::parse("left.md", left), Article::parse("right.md", right), map, &config.analysis);
    App::new(config.clone(), comparison, None, Theme::new(Palette::Indexed))
}

fn render(c: &mut Criterion) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).expect("the default map builds");
    let (left, right) = common::pair(1_000_000);
    let mut group = c.benchmark_group("render");
    group.sample_size(30).measurement_time(Duration::from_secs(4));
    for (w, h) in SIZES {
        for view in ["read", "aligned"] {
            let mut app = app_for(&config, &map, &left, &right);
            app.resize(w, h);
            if view == "aligned" {
                app.update(Action::ToggleView);
            }
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
            // The first frame wraps what it shows; later frames reuse the cache.
            terminal.draw(|f| draw(f, &app)).expect("draw");
            group.bench_function(format!("frame/{view}/{w}x{h}"), |b| {
                b.iter(|| terminal.draw(|f| draw(f, &app)).map(|_| ()).expect("draw"))
            });
            group.bench_function(format!("scroll_j/{view}/{w}x{h}"), |b| {
                b.iter(|| {
                    app.update(Action::ScrollDown);
                    terminal.draw(|f| draw(f, &app)).map(|_| ()).expect("draw")
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
