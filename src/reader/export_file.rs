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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::app::Effect;

    #[test]
    fn an_export_goes_to_the_export_folder_and_the_status_says_where() {
        let mut app = crate::reader::app_tests::app();
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("made/on/demand");
        app.config.reader.export_dir = folder.display().to_string();
        let Effect::Export { file_name, markdown, .. } = app.update(crate::keymap::Action::Export) else {
            panic!("export is an effect")
        };
        let written = write_export_file(&mut app, &file_name, &markdown).unwrap();
        assert_eq!(written, folder.join(&file_name));
        assert!(crate::exports::is_export(&written));
        assert_eq!(std::fs::read_to_string(&written).unwrap(), markdown);
        let said = app.message.clone().unwrap();
        assert!(!said.error && said.text.contains(&folder.display().to_string()), "{}", said.text);
        // A folder that cannot be made is said, not a panic.
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").unwrap();
        app.config.reader.export_dir = blocker.join("sub").display().to_string();
        assert_eq!(write_export_file(&mut app, &file_name, &markdown), None);
        assert!(app.message.clone().unwrap().error);
    }
}
