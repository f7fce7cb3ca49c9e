import Foundation

/// Completes file paths; the language calls it for quoted strings such as `load "da`.
public enum PathCompleter {
    /// The paths that start with `prefix`, sorted, directories ending in `/`.
    ///
    /// `prefix` is what the user typed of the path (without the opening quote): relative to
    /// the current directory, absolute, or starting with `~/`. Each candidate repeats the
    /// typed directory part verbatim (so `~/` stays `~/`). Hidden entries are offered only
    /// when the typed name starts with `.`. A missing or unreadable directory gives `[]`.
    /// - Parameters:
    ///   - prefix: the partial path.
    ///   - directory: what a relative `prefix` is relative to; `nil` means the current directory.
    ///   - fileManager: the file system to list.
    /// - Returns: full candidate paths, usable as ``Completion/candidates``.
    public static func candidates(
        prefix: String, relativeTo directory: URL? = nil, fileManager: FileManager = .default
    ) -> [String] {
        let directoryPart: String
        let namePart: String
        if let slash = prefix.lastIndex(of: "/") {
            directoryPart = String(prefix[...slash])
            namePart = String(prefix[prefix.index(after: slash)...])
        } else {
            directoryPart = ""
            namePart = prefix
        }
        var directoryToList = expandTilde(directoryPart.isEmpty ? "." : directoryPart)
        if let directory, !directoryToList.hasPrefix("/") {
            directoryToList = directory.appendingPathComponent(directoryToList).path
        }
        guard let names = try? fileManager.contentsOfDirectory(atPath: directoryToList) else {
            return []
        }
        let showHidden = namePart.hasPrefix(".")
        return names
            .filter { $0.hasPrefix(namePart) && (showHidden || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isDirectory: ObjCBool = false
                let full = (directoryToList as NSString).appendingPathComponent(name)
                let exists = fileManager.fileExists(atPath: full, isDirectory: &isDirectory)
                return directoryPart + name + (exists && isDirectory.boolValue ? "/" : "")
            }
    }

    /// `~` or `~/…` with the home directory substituted; other paths unchanged.
    static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSHomeDirectory() + path.dropFirst()
    }
}
