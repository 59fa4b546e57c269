//! No import cycle between any two files of the workspace (src/ and cli/src/). A file depends on
//! another when it names a module or an item written there: by `use` (through re-exports and
//! glob imports, so a `mod.rs` that only re-exports is no hub) or by a path in the code
//! (`super::order_panel::status_text(…)`, `orderlens::detect::detect`). Declaring a child
//! (`mod x;`) is no dependency. These dependencies must form a DAG, so every file can be read
//! knowing only the files below it; the test names each cycle with the lines that make it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The workspace's crates: the name other crates use, and the root file.
const CRATES: &[(&str, &str)] = &[
    ("orderlens", "src/lib.rs"),
    ("orderlens_cli", "cli/src/lib.rs"),
    ("orderlens-bin", "cli/src/main.rs"),
    ("lang-packs", "src/bin/lang-packs.rs"),
];

#[test]
fn no_two_files_import_each_other_directly_or_around_a_cycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tree = Tree::read(root, CRATES);
    let mut unreached: BTreeSet<PathBuf> = ["src", "cli/src"].iter().flat_map(|d| rust_files(&root.join(d))).collect();
    for m in &tree.modules {
        unreached.remove(&root.join(&m.file));
    }
    assert!(unreached.is_empty(), "files no crate declares (declare them with `mod`, or delete them): {unreached:?}");
    let cycles = tree.cycles();
    assert!(cycles.is_empty(), "import cycles between files:\n\n{}", cycles.join("\n\n"));
}

#[test]
fn the_checker_finds_cycles_and_sees_through_re_exports() {
    let dir = std::env::temp_dir().join(format!("orderlens-cycles-{}", std::process::id()));
    let write = |files: &[(&str, &str)]| {
        let _ = fs::remove_dir_all(&dir);
        for (path, text) in files {
            let path = dir.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        Tree::read(&dir, &[("demo", "src/lib.rs")]).cycles()
    };
    // Two siblings: one by `use`, the other by a path in a function body.
    let siblings = write(&[
        ("src/lib.rs", "mod a;\nmod b;\n"),
        ("src/a.rs", "// use crate::b::Nothing; (a comment is no import)\nuse crate::b::B;\npub fn helper() {}\n"),
        ("src/b.rs", "pub struct B;\nfn f() { let _ = \"super::a::x\"; super::a::helper(); }\n"),
    ]);
    assert_eq!(siblings.len(), 1, "{siblings:?}");
    assert!(siblings[0].contains("src/a.rs → src/b.rs (line 2: crate::b::B)"), "{}", siblings[0]);
    assert!(siblings[0].contains("src/b.rs → src/a.rs (line 2: super::a::helper)"), "{}", siblings[0]);
    // A mod.rs that re-exports (explicitly and by glob) passes names on without being a hub
    // (and `&'static Y` defines no `Y`).
    let reexports = write(&[
        ("src/lib.rs", "mod m;\npub use m::*;\n"),
        ("src/m/mod.rs", "mod x;\nmod y;\npub use x::X;\npub use y::*;\nfn f(_: &'static Y) { x::make(); }\n"),
        ("src/m/x.rs", "use super::Y;\nuse crate::Y as Again;\npub struct X;\npub fn make() {}\n"),
        ("src/m/y.rs", "pub struct Y;\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use crate::m::X;\n}\n"),
    ]);
    assert_eq!(reexports, Vec::<String>::new());
    // …but a parent that defines what its child uses, and uses the child, is a cycle.
    let parent = write(&[
        ("src/lib.rs", "mod m;\n"),
        ("src/m.rs", "mod x;\npub struct T;\npub fn f() { x::g() }\n"),
        ("src/m/x.rs", "use super::{T, f as _};\npub fn g() {}\n"),
    ]);
    assert_eq!(parent.len(), 1, "{parent:?}");
    assert!(parent[0].contains("src/m.rs → src/m/x.rs") && parent[0].contains("src/m/x.rs → src/m.rs"));
    let _ = fs::remove_dir_all(&dir);
}

/// A module: the file it is written in (inline modules share their file) and what it says.
#[derive(Default)]
struct Module {
    file: PathBuf,
    parent: Option<usize>,
    krate: usize,
    children: BTreeMap<String, usize>,
    /// Every `use` leaf: the name it brings in (`None` for a glob) and the path as written.
    uses: Vec<(Option<String>, Vec<String>, usize)>,
    /// Names of items defined here (for glob imports).
    defines: BTreeSet<String>,
    /// Paths with `::` in the code: (line, segments).
    paths: Vec<(usize, Vec<String>)>,
    /// Under `#[cfg(test)]`: left out, a test may use what sits above the code it tests.
    test: bool,
}

struct Tree {
    modules: Vec<Module>,
    crates: BTreeMap<String, usize>,
}

enum Target {
    Module(usize),
    /// An item written in this module.
    Item(usize),
}

impl Tree {
    fn read(root: &Path, crates: &[(&str, &str)]) -> Tree {
        let mut tree = Tree { modules: Vec::new(), crates: BTreeMap::new() };
        for (name, file) in crates {
            let id = tree.load_file(root, Path::new(file), None, usize::MAX, false);
            tree.modules[id].krate = id;
            tree.crates.insert(name.to_string(), id);
        }
        tree
    }

    fn load_file(&mut self, root: &Path, file: &Path, parent: Option<usize>, krate: usize, test: bool) -> usize {
        let text = fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let tokens = tokens(&code_only(&text));
        self.load(root, file, &tokens, parent, krate, test)
    }

    /// Reads one module's tokens: child modules (file or inline), `use`s, item names, paths.
    fn load(
        &mut self,
        root: &Path,
        file: &Path,
        tokens: &[Token],
        parent: Option<usize>,
        krate: usize,
        test: bool,
    ) -> usize {
        let id = self.modules.len();
        let krate = if krate == usize::MAX { id } else { krate };
        self.modules.push(Module { file: file.to_path_buf(), parent, krate, test, ..Module::default() });
        let (mut i, mut depth) = (0, 0usize);
        while i < tokens.len() {
            let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
            match word(i) {
                "{" => depth += 1,
                "}" => depth = depth.saturating_sub(1),
                "mod" if depth == 0 && word(i + 2) == ";" => {
                    let name = word(i + 1).to_string();
                    let test = test || under_cfg_test(tokens, i);
                    let child = self.load_file(root, &child_file(root, file, &name), Some(id), krate, test);
                    self.modules[id].children.insert(name, child);
                    i += 3;
                    continue;
                }
                "mod" if depth == 0 && word(i + 2) == "{" => {
                    let end = matching_brace(tokens, i + 2);
                    let test = test || under_cfg_test(tokens, i);
                    let child = self.load(root, file, &tokens[i + 3..end], Some(id), krate, test);
                    self.modules[id].children.insert(word(i + 1).to_string(), child);
                    i = end + 1;
                    continue;
                }
                "use" => {
                    let end = (i..tokens.len()).find(|&k| word(k) == ";").unwrap_or(tokens.len());
                    let mut leaves = Vec::new();
                    use_tree(&tokens[i + 1..end], &mut 0, Vec::new(), &mut leaves);
                    let line = tokens[i].line;
                    self.modules[id].uses.extend(leaves.into_iter().map(|(name, path)| (name, path, line)));
                    i = end + 1;
                    continue;
                }
                // (`'static` is a lifetime, not an item.)
                "fn" | "struct" | "enum" | "trait" | "type" | "const" | "static" | "union"
                    if depth == 0 && word(i.wrapping_sub(1)) != "'" =>
                {
                    self.modules[id].defines.insert(word(i + 1).to_string());
                }
                "macro_rules" if word(i + 1) == "!" => {
                    self.modules[id].defines.insert(word(i + 2).to_string());
                }
                w if is_ident(w) && word(i + 1) == "::" && word(i.wrapping_sub(1)) != "::" => {
                    let mut segments = vec![w.to_string()];
                    let mut k = i + 1;
                    while word(k) == "::" && is_ident(word(k + 1)) {
                        segments.push(word(k + 1).to_string());
                        k += 2;
                    }
                    if segments.len() > 1 {
                        self.modules[id].paths.push((tokens[i].line, segments));
                    }
                    i = k;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        id
    }

    /// What `path`, written in module `from`, names; `None` for other crates and local names.
    fn resolve(&self, from: usize, path: &[String], hops: usize) -> Option<Target> {
        let m = &self.modules[from];
        let first = path.first()?.as_str();
        let mut current = match first {
            "crate" => m.krate,
            "self" => from,
            "super" => m.parent?,
            _ if m.children.contains_key(first) => m.children[first],
            _ if self.crates.contains_key(first) => self.crates[first],
            _ if m.uses.iter().any(|(name, ..)| name.as_deref() == Some(first)) => {
                match self.name(from, first, hops)? {
                    Target::Module(module) => module,
                    item => return Some(item),
                }
            }
            _ => return None,
        };
        for segment in &path[1..] {
            current = match segment.as_str() {
                "super" => self.modules[current].parent?,
                "self" => current,
                s => match self.modules[current].children.get(s) {
                    Some(&child) => child,
                    None => return self.name(current, s, hops),
                },
            };
        }
        Some(Target::Module(current))
    }

    /// Where the name `name` of module `m` is written: through its `use`s, else in `m` itself.
    fn name(&self, m: usize, name: &str, hops: usize) -> Option<Target> {
        self.find(m, name, hops).unwrap_or(Some(Target::Item(m)))
    }

    /// `None` when `m` neither has nor imports `name`; `Some(None)` when it imports it from
    /// another crate.
    fn find(&self, m: usize, name: &str, hops: usize) -> Option<Option<Target>> {
        let module = &self.modules[m];
        if hops > 32 || module.defines.contains(name) {
            return Some(Some(Target::Item(m)));
        }
        if let Some(&child) = module.children.get(name) {
            return Some(Some(Target::Module(child)));
        }
        if let Some((_, path, _)) = module.uses.iter().find(|(n, ..)| n.as_deref() == Some(name)) {
            return Some(self.resolve(m, path, hops + 1));
        }
        module.uses.iter().filter(|(n, ..)| n.is_none()).find_map(|(_, path, _)| {
            match self.resolve(m, path, hops + 1) {
                Some(Target::Module(glob)) => self.find(glob, name, hops + 1),
                _ => None,
            }
        })
    }

    /// File → file → the first line that makes the dependency.
    fn edges(&self) -> BTreeMap<&Path, BTreeMap<&Path, String>> {
        let mut edges: BTreeMap<&Path, BTreeMap<&Path, String>> = BTreeMap::new();
        for (id, m) in self.modules.iter().enumerate().filter(|(_, m)| !m.test) {
            let uses = m.uses.iter().map(|(_, path, line)| (*line, path));
            for (line, path) in uses.chain(m.paths.iter().map(|(line, path)| (*line, path))) {
                let Some(Target::Module(to) | Target::Item(to)) = self.resolve(id, path, 0) else { continue };
                let to = self.modules[to].file.as_path();
                if to != m.file {
                    let why = format!("line {line}: {}", path.join("::"));
                    edges.entry(&m.file).or_default().entry(to).or_insert(why);
                }
            }
        }
        edges
    }

    /// Each group of files that depend on each other, as one cycle through them with its lines.
    fn cycles(&self) -> Vec<String> {
        let edges = self.edges();
        let reaches = |from: &Path| {
            let mut seen: BTreeSet<&Path> = BTreeSet::new();
            let mut stack = vec![from];
            while let Some(f) = stack.pop() {
                for &next in edges.get(f).into_iter().flat_map(|e| e.keys()) {
                    if seen.insert(next) {
                        stack.push(next);
                    }
                }
            }
            seen
        };
        let mut reported: BTreeSet<&Path> = BTreeSet::new();
        let mut cycles = Vec::new();
        for &file in edges.keys() {
            if reported.contains(file) || !reaches(file).contains(file) {
                continue;
            }
            // The shortest way back to `file`, by breadth-first search.
            let mut back: BTreeMap<&Path, &Path> = BTreeMap::new();
            let mut queue = std::collections::VecDeque::from([file]);
            'search: while let Some(f) = queue.pop_front() {
                for &next in edges.get(f).into_iter().flat_map(|e| e.keys()) {
                    if next == file {
                        back.insert(file, f);
                        break 'search;
                    }
                    if !back.contains_key(next) {
                        back.insert(next, f);
                        queue.push_back(next);
                    }
                }
            }
            let mut ring = vec![file];
            let mut at = back[file];
            while at != file {
                ring.push(at);
                at = back[at];
            }
            ring.reverse();
            ring.rotate_right(1);
            let lines: Vec<String> = (0..ring.len())
                .map(|k| {
                    let (a, b) = (ring[k], ring[(k + 1) % ring.len()]);
                    format!("  {} → {} ({})", a.display(), b.display(), edges[a][b])
                })
                .collect();
            reported.extend(ring.iter().copied());
            cycles.push(lines.join("\n"));
        }
        cycles
    }
}

/// The file of `mod name;` declared in `file`.
fn child_file(root: &Path, file: &Path, name: &str) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new(""));
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let dir = if matches!(stem, "lib" | "main" | "mod") { dir.to_path_buf() } else { dir.join(stem) };
    let flat = dir.join(format!("{name}.rs"));
    if root.join(&flat).exists() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

/// The leaves of a use tree: `a::{b, c::*, d as e, self}` → (b, a::b), (None, a::c), (e, a::d), (a, a).
fn use_tree(tokens: &[Token], at: &mut usize, mut prefix: Vec<String>, out: &mut Vec<(Option<String>, Vec<String>)>) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    while *at < tokens.len() {
        match word(*at) {
            "::" => *at += 1,
            "*" => {
                *at += 1;
                out.push((None, prefix));
                return;
            }
            "{" => {
                *at += 1;
                while *at < tokens.len() && word(*at) != "}" {
                    use_tree(tokens, at, prefix.clone(), out);
                    if word(*at) == "," {
                        *at += 1;
                    }
                }
                *at += 1;
                return;
            }
            "self" if word(*at + 1) != "::" => {
                *at += 1;
                let name = prefix.last().cloned();
                out.push((rename(tokens, at).or(name), prefix));
                return;
            }
            w if is_ident(w) && word(*at + 1) == "::" => {
                prefix.push(w.to_string());
                *at += 2;
            }
            w if is_ident(w) => {
                *at += 1;
                prefix.push(w.to_string());
                out.push((Some(rename(tokens, at).unwrap_or_else(|| w.to_string())), prefix));
                return;
            }
            _ => {
                *at += 1;
                return;
            }
        }
    }
}

/// `as name` after a use leaf.
fn rename(tokens: &[Token], at: &mut usize) -> Option<String> {
    if tokens.get(*at).is_some_and(|t| t.text == "as") {
        *at += 2;
        return tokens.get(*at - 1).map(|t| t.text.clone());
    }
    None
}

/// The `mod` at `at` has `#[cfg(test)]` or `#[cfg(all(test, …))]` among its attributes.
fn under_cfg_test(tokens: &[Token], at: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let mut k = at;
    while k > 0 && matches!(word(k - 1), "pub" | "(" | ")" | "crate" | "super" | "in" | "self") {
        k -= 1;
    }
    while k > 0 && word(k - 1) == "]" {
        let open = (0..k - 1).rev().find(|&j| word(j) == "[" && word(j.wrapping_sub(1)) == "#").unwrap_or(0);
        let attribute: Vec<&str> = (open + 1..k - 1).map(word).collect();
        let test = attribute.iter().enumerate().any(|(j, w)| *w == "test" && (j < 2 || attribute[j - 2] != "not"));
        if attribute.first() == Some(&"cfg") && test {
            return true;
        }
        k = open.saturating_sub(1);
    }
    false
}

fn matching_brace(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0;
    for (k, t) in tokens.iter().enumerate().skip(open) {
        match t.text.as_str() {
            "{" => depth += 1,
            "}" if depth == 1 => return k,
            "}" => depth -= 1,
            _ => {}
        }
    }
    tokens.len()
}

struct Token {
    text: String,
    line: usize,
}

fn is_ident(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Identifiers, `::` and single punctuation characters, with their line numbers.
fn tokens(code: &str) -> Vec<Token> {
    let chars: Vec<char> = code.chars().collect();
    let (mut out, mut line, mut i) = (Vec::new(), 1, 0);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
        }
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token { text: chars[start..i].iter().collect(), line });
            continue;
        }
        if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push(Token { text: "::".into(), line });
            i += 2;
            continue;
        }
        if !c.is_whitespace() {
            out.push(Token { text: c.to_string(), line });
        }
        i += 1;
    }
    out
}

/// The code with comments, strings and character literals blanked (line breaks kept).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1).copied());
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                match (chars[i], chars.get(i + 1)) {
                    ('/', Some('*')) => (depth, i) = (depth + 1, i + 1),
                    ('*', Some('/')) => (depth, i) = (depth - 1, i + 1),
                    (c, _) => blank(&mut out, c),
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !ident_before(&chars, i) {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            i += 2 + hashes;
            while i < chars.len()
                && !(chars[i] == '"' && chars[i + 1..].iter().take(hashes).filter(|&&h| h == '#').count() == hashes)
            {
                blank(&mut out, chars[i]);
                i += 1;
            }
            i += 1 + hashes;
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&c) = chars.get(i) {
                    blank(&mut out, c);
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// An identifier ends right before `i` (`br"…"` counts as a raw string, `for"` does not occur).
fn ident_before(chars: &[char], i: usize) -> bool {
    let word = |k: usize| k < chars.len() && (chars[k].is_alphanumeric() || chars[k] == '_');
    i > 0 && word(i - 1) && !(chars[i - 1] == 'b' && (i < 2 || !word(i - 2)))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
