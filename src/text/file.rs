//! Reads an input file whole, but only a regular file and never more than a limit.
//!
//! Everything the tool reads from disk (articles, saved pages, configs, saved reader state)
//! comes through [`read_limited`]. A path names a regular file, or it is refused with a reason
//! before anything is read: a FIFO would block the open until a writer comes (and an endless
//! writer would fill memory), `/dev/zero` reports a size of 0 and never ends, a directory or a
//! socket holds no text. The file is opened without blocking, checked again once open (it may
//! have been swapped since it was looked at), and read through `Read::take(limit + 1)`, so a
//! file that lies about its size, or grows while it is read, cannot take more than the limit.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("no such file")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    #[error("is a directory, not a file")]
    Directory,
    /// A FIFO, a device, a socket: reading one can block forever or never end.
    #[error("is {0}, not a regular file")]
    NotRegular(&'static str),
    #[error("the file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    /// The file said it was within the limit, but more than that could be read from it.
    #[error("the file holds more than the limit of {limit} bytes (it grew while it was read)")]
    Grew { limit: u64 },
    /// A part of the path is a file ("notes.txt/child").
    #[error("a part of the path is a file, not a folder")]
    NotAFolder,
    /// The system's reason, in its own words without its error number ("cannot be read:
    /// input/output error", not "Input/output error (os error 5)").
    #[error("cannot be read: {}", system_reason(.0))]
    Other(io::Error),
}

/// The system's words for an error, lower case, without the " (os error N)" Rust adds.
fn system_reason(e: &io::Error) -> String {
    e.to_string().split(" (os error").next().unwrap_or_default().to_lowercase()
}

impl From<io::Error> for FileError {
    fn from(e: io::Error) -> FileError {
        match e.kind() {
            io::ErrorKind::NotFound => FileError::NotFound,
            io::ErrorKind::PermissionDenied => FileError::PermissionDenied,
            io::ErrorKind::NotADirectory => FileError::NotAFolder,
            _ => FileError::Other(e),
        }
    }
}

/// The whole content of the regular file at `path` (a symlink is followed to one), at most
/// `limit` bytes; anything else is refused with a [`FileError`] before it is read.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    check_regular(&std::fs::metadata(path)?)?;
    let file = open_without_blocking(path)?;
    let meta = file.metadata()?;
    check_regular(&meta)?;
    if meta.len() > limit {
        return Err(FileError::TooLarge { size: meta.len(), limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(FileError::Grew { limit });
    }
    Ok(bytes)
}

/// Refuses what is not a regular file, naming what it is.
pub fn check_regular(meta: &Metadata) -> Result<(), FileError> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(FileError::Directory);
    }
    Err(FileError::NotRegular(special_kind(&kind)))
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "a special file"
}

/// Opens for reading without waiting: on a FIFO swapped in after the check, a plain open would
/// block until some process opened it for writing. The flag changes nothing for regular files.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file_up_to_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_limited(&path, 5).unwrap(), b"12345");
        assert!(matches!(read_limited(&path, 4), Err(FileError::TooLarge { size: 5, limit: 4 })));
        assert!(matches!(read_limited(&dir.path().join("none"), 4), Err(FileError::NotFound)));
        assert!(matches!(read_limited(dir.path(), 4), Err(FileError::Directory)));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_fifos_are_refused_without_reading() {
        let started = std::time::Instant::now();
        let e = read_limited(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert_eq!(e.to_string(), "is a character device, not a regular file");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.md");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        let e = read_limited(&fifo, 1 << 20).unwrap_err();
        assert_eq!(e.to_string(), "is a named pipe (FIFO), not a regular file");
        let link = dir.path().join("zero.html");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(read_limited(&link, 1 << 20), Err(FileError::NotRegular(_))));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_swapped_in_after_the_check_does_not_block_the_open() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        let file = open_without_blocking(&fifo).expect("opened at once, with no writer");
        assert!(check_regular(&file.metadata().unwrap()).is_err());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_that_reports_a_smaller_size_is_read_only_up_to_the_limit() {
        // Files under /proc report a size of 0 and hold more: like a file that lies about its
        // size (or grows while read), the bound holds whatever the size said.
        let path = Path::new("/proc/self/status");
        assert_eq!(std::fs::metadata(path).unwrap().len(), 0);
        assert!(matches!(read_limited(path, 16), Err(FileError::Grew { limit: 16 })));
        assert!(read_limited(path, 1 << 20).unwrap().starts_with(b"Name:"));
    }
}
