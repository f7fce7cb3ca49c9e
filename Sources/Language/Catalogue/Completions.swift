/// Tab completion from the catalogue.
public enum Completions {
    /// Candidates for the word ending at `cursor` (a UTF-8 offset into `line`).
    ///
    /// `start` is the UTF-8 offset where the word being completed begins; each candidate
    /// replaces `line[start..<cursor]`. At the start of a line: commands, `let`, `grad` and
    /// functions; after `help` or `?`: topics; after a verb: its sub-words; then option names
    /// (`noise=`), flags and the words the next parameter accepts (activations, initialisers…);
    /// after `name=`: that option's words. Inside a string nothing is offered (the line editor
    /// completes file paths there). Matching ignores case; candidates are sorted.
    public static func completions(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let bytes = Array(line.utf8)
        var end = Swift.max(0, Swift.min(cursor, bytes.count))
        while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        var start = end
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        let partial = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        let before = String(decoding: bytes[0..<start], as: UTF8.self)

        var scanner = StatementScanner()
        for c in before.unicodeScalars { _ = scanner.feed(c) }
        if scanner.inString { return (start, []) }

        let pool = candidates(before: before)
        let matches = Set(pool.filter { $0.lowercased().hasPrefix(partial) })
        return (start, matches.sorted())
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x27
    }

    private static func candidates(before: String) -> [String] {
        let stripped = Syntax.stripPastedPrompt(before)
        let words = stripped.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first?.lowercased() else {
            return CommandCatalogue.verbsAndAliases + ["let", "grad"] + FunctionCatalogue.names
        }
        if first == "?" || (first == "help" && words.count == 1) { return HelpTexts.topics }
        if first.hasPrefix("?") { return [] }
        guard let spec = CommandCatalogue.spec(named: first) else {
            return FunctionCatalogue.names + (words.contains("grad") ? ["wrt"] : [])
        }
        if spec.syntax == .expressions && !stripped.hasSuffix("=") {
            return FunctionCatalogue.names + ["x"] + spec.options.map { $0.name + "=" }
        }
        if !spec.subcommands.isEmpty && words.count == 1 && !stripped.hasSuffix("=") { return spec.subcommandNames }
        let sub = spec.subcommands.isEmpty ? nil : spec.subcommand(named: words[1])
        if !spec.subcommands.isEmpty && sub == nil { return [] }
        let options = (sub?.options ?? []) + spec.options
        if stripped.hasSuffix("="), let last = words.last {
            let name = String(last.dropLast()).lowercased()
            return options.first { $0.name == name }?.kind?.words ?? []
        }
        let parameters = sub?.parameters ?? spec.parameters
        let flagNames = Set(options.filter(\.isFlag).map(\.name))
        let positional = words.dropFirst(sub == nil ? 1 : 2).filter { word in
            !word.contains("=") && !flagNames.contains(word.lowercased())
        }
        var pool: [String] = []
        let given = Set(words.compactMap { $0.split(separator: "=").first.map { $0.lowercased() } })
        for option in options where !given.contains(option.name) {
            pool.append(option.isFlag ? option.name : option.name + "=")
        }
        if let parameter = parameters.indices.contains(positional.count) ? parameters[positional.count]
            : parameters.last(where: \.isVariadic) {
            pool += parameter.kind.words
        }
        if spec.verb == "compare", positional.count >= 1 {
            switch positional[0].lowercased() {
            case "init": pool += Vocabulary.initializers
            case "optimizer": pool += Vocabulary.optimizers
            case "loss": pool += Vocabulary.losses
            default: break
            }
        }
        return pool
    }
}
