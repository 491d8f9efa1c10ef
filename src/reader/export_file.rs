//! Writing an export to the export folder (see [`crate::exports`]) and saying where it went in
//! the status bar. The one piece of the export that does I/O, called by the event loop.

use std::path::PathBuf;

use crate::exports::export_path;
use crate::state::write_atomically;

use super::app::App;

/// Writes `markdown` as `file_name` in the configured export folder (made if missing); the
/// path written, or says why it could not be.
pub fn write_export_file(app: &mut App, file_name: &str, markdown: &str) -> Option<PathBuf> {
    let path = export_path(&app.config.reader.export_dir, file_name);
    let written = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::create_dir_all(dir),
        _ => Ok(()),
    }
    .and_then(|()| write_atomically(&path, markdown.as_bytes()));
    match written {
        Ok(()) => {
            app.say(format!("exported to {}", path.display()));
            Some(path)
        }
        Err(e) => {
            app.error(format!("cannot export to {}: {e}", path.display()));
            None
        }
    }
}
