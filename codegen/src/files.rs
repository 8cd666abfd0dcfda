//! Where spec files are read from: the file system, or texts held in memory.
//!
//! The loader reads the service file and the operation files it lists through [`SpecFiles`],
//! and the diagnostics renderer reads the lines it shows through it too, so a spec held in
//! memory (by a test, a fuzzer, an editor) goes through the same code as one on disk.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};

/// Where spec files are read from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SpecFiles {
    /// The file system.
    #[default]
    Disk,
    /// Texts held in memory, by path. Paths are compared as written, after `.` and `dir/..`
    /// are taken out (`spec/./operations/../a.yaml` is `spec/a.yaml`); no other file exists.
    Memory(BTreeMap<PathBuf, String>),
}

impl SpecFiles {
    /// Files held in memory: `(path, text)` pairs.
    ///
    /// ```
    /// use specgen::SpecFiles;
    ///
    /// let files = SpecFiles::memory([
    ///     ("spec/service.yaml", "specgen: 1\n"),
    ///     ("spec/operations/get.yaml", "id: get\n"),
    /// ]);
    /// assert_eq!(files.read("spec/operations/../service.yaml".as_ref()).unwrap(), "specgen: 1\n");
    /// ```
    pub fn memory<P: AsRef<Path>, T: Into<String>>(
        files: impl IntoIterator<Item = (P, T)>,
    ) -> Self {
        SpecFiles::Memory(
            files
                .into_iter()
                .map(|(path, text)| (normalize(path.as_ref()), text.into()))
                .collect(),
        )
    }

    /// The text of the file at `path`.
    pub fn read(&self, path: &Path) -> io::Result<String> {
        match self {
            SpecFiles::Disk => std::fs::read_to_string(path),
            SpecFiles::Memory(files) => files
                .get(&normalize(path))
                .cloned()
                .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound)),
        }
    }
}

/// `a/./b/../c` as `a/c`: the path with `.` and each `dir/..` taken out, as written otherwise
/// (a leading `..` stays). For comparing paths held in memory and for messages.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalized_lexically() {
        assert_eq!(normalize(Path::new("a/./b/../c")), Path::new("a/c"));
        assert_eq!(normalize(Path::new("../a/../../b")), Path::new("../../b"));
        assert_eq!(normalize(Path::new("/a/b/..")), Path::new("/a"));
    }

    #[test]
    fn memory_holds_only_its_files() {
        let files = SpecFiles::memory([("spec/a.yaml", "a")]);
        assert_eq!(files.read(Path::new("./spec/a.yaml")).unwrap(), "a");
        let missing = files.read(Path::new("spec/b.yaml")).unwrap_err();
        assert_eq!(missing.kind(), io::ErrorKind::NotFound);
    }
}
