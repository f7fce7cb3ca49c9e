/// The text of `help`, `help TOPIC` and `?TOPIC`, built from the catalogue so it never drifts
/// from what validation accepts.
public enum HelpTexts {
    /// Help lines are broken at spaces to fit this many columns (examples are never broken).
    static let lineWidth = 78

    /// Topics that are not commands: (name, summary, text, example).
    private static let extraTopics: [(name: String, summary: String, text: String, example: String)] = [
        ("let", "bind a name to a value: let w = [0.5, -1]",
         """
         `let NAME = EXPRESSION` computes a value and gives it a name. Values are numbers, lists \
         (vectors) and nested lists (matrices). Operators: + - * / element-wise, ^ power, · or \
         `dot` the dot product, @ the matrix product. `ans` is the last value shown. A name may \
         not be a command or a built-in function. A bare expression (no `let`) is computed and \
         shown; a trailing `;` hides it.
         """,
         "let w = [0.5, -1]\nlet x = [1, 2]\nsigmoid(w · x + 0.1)"),
        ("grad", "gradients by backpropagation: grad f(w) wrt w, b",
         """
         `grad EXPRESSION wrt NAME, NAME…` computes the expression and its gradient with respect \
         to each named value, by backpropagation through the computation graph; `show graph` \
         draws that graph with every intermediate value.
         """,
         "let w = [0.5, -1]\nlet x = [1, 2]\nlet b = 0.1\ngrad sigmoid(w · x + b) wrt w, b\nshow graph"),
        ("functions", "the built-in functions: sigmoid, tanh, relu, softmax, randn, mse…",
         "Built-in functions, used in expressions as f(x); a mark gives the derivative: sigmoid'(0).",
         "softmax([1, 2, 3])\nlet q = randn(3, 4)\ntranspose(q)\nmse([1,0], [0.8,0.1])"),
        ("measures", "what the session measures: accuracy(valid), loss(train), epochs, best_epoch…",
         """
         Measurements of the session, usable wherever a value is: typed alone, in `let`, and in \
         `expect` conditions (lessons prove what they teach with them).
         """,
         "data line\nlayer dense 1 sigmoid\ntrain 20\naccuracy(valid)\nepochs_to(0.9)\nlet gap = loss(valid) - loss(train)"),
    ]

    /// The session's measurements (`help measures`): usage and meaning.
    static let measures: [(usage: String, summary: String)] = [
        ("accuracy(split)", "the fraction classified right on train, valid or test"),
        ("loss(split)", "the mean loss on train, valid or test"),
        ("epochs", "how many epochs the current network has trained"),
        ("epochs_to(acc)", "the first epoch reaching valid accuracy acc (inf if none)"),
        ("best_epoch", "the epoch with the lowest valid loss (`restore best` goes there)"),
        ("distinct_units(layer)", "how many units of a dense layer differ (1: all alike)"),
        ("roughness", "the share of epochs whose training loss rose (0: it only fell)"),
        ("diverged", "1 when the last training stopped on a NaN or infinite loss, else 0"),
    ]

    /// The names of the measurements (`accuracy`, `epochs_to`…).
    static var measureNames: [String] {
        measures.map { String($0.usage.prefix { $0 != "(" }) }
    }

    /// Topics that are only topics (nothing to type by that name): listed as `?name`.
    private static let topicOnly: Set<String> = ["functions", "measures"]

    /// Every help topic: commands, aliases, `let`, `grad`, `functions`, `measures`, and each
    /// function and measurement name.
    public static var topics: [String] {
        CommandCatalogue.verbsAndAliases + extraTopics.map(\.name) + FunctionCatalogue.names + measureNames
    }

    /// The examples of the non-command topics (`let`, `grad`, `functions`, `measures`), for tests.
    public static var topicExamples: [String] { extraTopics.map(\.example) }

    /// Help on `topic` (a command, alias, `let`, `grad`, `functions`, `measures`, a function
    /// or measurement name, or a command's sub-word such as `lr` or `dropout`; a
    /// leading `?` and any words after the first are ignored), the overview for `nil` or an
    /// empty topic, and `nil` for an unknown topic.
    public static func help(topic: String?) -> String? {
        guard let topic else { return overview }
        var trimmed = Substring(topic)
        while let f = trimmed.first, f == " " || f == "?" { trimmed = trimmed.dropFirst() }
        let words = trimmed.split(separator: " ").map { $0.lowercased() }
        guard let word = words.first else { return overview }
        if let spec = CommandCatalogue.spec(named: word) {
            if words.count > 1, let sub = spec.subcommand(named: words[1]), sub.help != nil {
                return wrapped(page(for: spec, sub: sub))   // `help data copy`
            }
            return wrapped(page(for: spec))
        }
        let name = measureNames.contains(word) ? "measures" : word
        if let extra = extraTopics.first(where: { $0.name == name }) {
            var text = "\(extra.name) — \(extra.summary)\n\n\(extra.text)\n"
            if extra.name == "functions" {
                text += "\n" + FunctionCatalogue.all.map { "  \(pad($0.name, 14))\($0.summary)" }.joined(separator: "\n") + "\n"
            }
            if extra.name == "measures" {
                text += "\n" + measures.map { "  \(pad($0.usage, 23))\($0.summary)" }.joined(separator: "\n") + "\n"
            }
            return wrapped(text + "\nexample:\n" + indent(extra.example))
        }
        if let owner = CommandCatalogue.all.first(where: { spec in spec.subcommands.contains { $0.name == word } }) {
            if let sub = owner.subcommand(named: word), sub.help != nil {
                return wrapped(page(for: owner, sub: sub))   // `help copy` is `data copy`'s own page
            }
            return wrapped(page(for: owner))   // `help lr` is `set`'s page, `help dropout` is `layer`'s
        }
        if let f = FunctionCatalogue.function(named: word) {
            let arguments = f.arity.upperBound == 1 ? "x" : (f.arity.lowerBound == 2 ? "a, b" : "rows[, cols]")
            return wrapped("\(f.name)(\(arguments)) — \(f.summary)\n\nexample:\n  \(f.name)(\(f.arity.upperBound == 1 ? "[1, -2, 3]" : (f.arity.lowerBound == 2 ? "[1, 0], [0.8, 0.1]" : "2, 3")))")
        }
        return nil
    }

    /// The grouped overview `help` shows.
    public static var overview: String {
        var lines = ["nnlab — type a statement and press Enter. `help TOPIC` or `?TOPIC` explains one.", ""]
        for group in HelpGroup.allCases {
            lines.append(group.rawValue)
            for spec in CommandCatalogue.all where spec.group == group {
                lines.append("  \(pad(spec.verb, 12))\(spec.summary)")
            }
            if group == .values {
                for extra in extraTopics {
                    let name = topicOnly.contains(extra.name) ? "?" + extra.name : extra.name
                    lines.append("  \(pad(name, 12))\(extra.summary)")
                }
            }
            lines.append("")
        }
        lines.append("A trailing `;` hides a statement's output; `ans` is the last value; Tab completes.")
        return wrapped(lines.joined(separator: "\n"))
    }

    /// The help page of one sub-word that has its own paragraph (`help data copy`).
    public static func page(for spec: CommandSpec, sub: SubcommandSpec) -> String {
        var lines = ["\(spec.verb) \(sub.name) — \(sub.summary)", ""]
        let options = (sub.options + spec.options).map { "[\($0.usage)]" }
        lines.append("usage: " + ([spec.verb, sub.name] + sub.parameters.map(\.placeholder) + options).joined(separator: " "))
        lines += ["", sub.help ?? sub.summary]
        let optionLines = (sub.options + spec.options).map { "  \(pad($0.isFlag ? $0.name : $0.name + "=", 14))\($0.summary)" }
        if !optionLines.isEmpty { lines += ["", "options:"] + optionLines }
        lines += ["", "See `help \(spec.verb)` for the command as a whole."]
        if let example = sub.example { lines += ["", "example:", indent(example)] }
        return lines.joined(separator: "\n")
    }

    /// The examples of sub-words' own pages, for tests.
    public static var subcommandExamples: [(String, String)] {
        CommandCatalogue.all.flatMap { spec in spec.subcommands.compactMap { sub in sub.example.map { (spec.verb, $0) } } }
    }

    /// The help page of one command.
    public static func page(for spec: CommandSpec) -> String {
        var lines = ["\(spec.verb) — \(spec.summary)", ""]
        let usage = spec.usage
        lines.append(usage.count == 1 ? "usage: \(usage[0])" : "usage:")
        if usage.count > 1 { lines += usage.map { "  " + $0 } }
        lines += ["", spec.help]
        if !spec.subcommands.isEmpty {
            let noun = spec.subcommandNoun
            lines += ["", noun + (noun.hasSuffix("s") ? "es:" : "s:")]
            lines += spec.subcommands.map { "  \(pad($0.name, 14))\($0.summary)" }
        }
        var seen: Set<String> = []
        var optionLines: [String] = []
        for option in spec.subcommands.flatMap(\.options) + spec.options where seen.insert(option.name).inserted {
            optionLines.append("  \(pad(option.isFlag ? option.name : option.name + "=", 14))\(option.summary)")
        }
        // Parameters: one line per name, or one per sub-word when the kinds differ (`set`).
        var parameterLines: [String] = []
        let owned = spec.parameters.map { (owner: "", parameter: $0) }
            + spec.subcommands.flatMap { sub in sub.parameters.map { (owner: sub.name, parameter: $0) } }
        var names: [String] = []
        for entry in owned where !names.contains(entry.parameter.name) { names.append(entry.parameter.name) }
        for name in names {
            let group = owned.filter { $0.parameter.name == name }
            let kinds = Set(group.map { $0.parameter.kind.description })
            if kinds.count == 1, let first = group.first {
                // An expression's own summary says what it is (the generic kind names plot's).
                var kind = "; " + first.parameter.kind.description
                if case .expression = first.parameter.kind { kind = "" }
                parameterLines.append("  \(pad(name.uppercased(), 14))\(first.parameter.summary)\(kind)")
            } else {
                for entry in group {
                    let title = "\(entry.owner) \(name.uppercased())"
                    parameterLines.append("  \(pad(title, 18))\(entry.parameter.kind.description)")
                }
            }
        }
        if !parameterLines.isEmpty { lines += ["", "arguments:"] + parameterLines }
        if !optionLines.isEmpty { lines += ["", "options:"] + optionLines }
        if !spec.aliases.isEmpty { lines += ["", "also: " + spec.aliases.joined(separator: ", ")] }
        lines += ["", spec.examples.count == 1 ? "example:" : "examples:"]
        lines.append(spec.examples.map(indent).joined(separator: "\n\n"))
        return lines.joined(separator: "\n")
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// `text` with every line longer than ``lineWidth`` broken at spaces, up to its examples.
    /// A listing line (`  name      summary`) continues under its summary.
    static func wrapped(_ text: String) -> String {
        var out: [String] = []
        var inExamples = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("example") { inExamples = true }
            guard !inExamples, DisplayWidth.of(line) > lineWidth else {
                out.append(line)
                continue
            }
            let hang = hangingIndent(of: line)
            let head = String(line.prefix(hang)), rest = String(line.dropFirst(hang))
            let body = DisplayWidth.wrap(rest, width: Swift.max(20, lineWidth - hang))
            out += body.enumerated().map { ($0.offset == 0 ? head : String(repeating: " ", count: hang)) + $0.element }
        }
        return out.joined(separator: "\n")
    }

    /// Where a line's text continues after a wrap: after the gap of a listing line
    /// (`  name      summary`), else after its leading spaces.
    private static func hangingIndent(of line: String) -> Int {
        let characters = Array(line)
        let leading = characters.prefix { $0 == " " }.count
        var i = leading
        while i < characters.count, characters[i] != " " { i += 1 }   // the first word
        var gap = i
        while gap < characters.count, characters[gap] == " " { gap += 1 }
        return leading > 0 && gap - i >= 2 && gap < characters.count ? gap : leading
    }
}
