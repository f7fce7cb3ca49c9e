extension CommandCatalogue {
    /// Checks a parsed command against the catalogue: verb, sub-word, number and kind of
    /// arguments, ranges and size limits, unknown, duplicate and misplaced options. Every
    /// error points at the offending token and offers the nearest allowed word.
    public static func validate(_ command: Command) throws(Diagnostic) -> ValidatedCommand {
        guard let spec = spec(named: command.verb.text) else {
            throw Diagnostic("unknown command `\(abbreviate(command.verb.text))`", at: command.verb.span,
                             expected: "a command such as data, layer, train, show (`help` lists them)",
                             suggestion: Suggest.nearest(to: command.verb.text, in: verbs))
        }
        var positional = command.arguments
        var subcommand: SubcommandSpec?
        var parameters = spec.parameters
        var optionSpecs = spec.options
        var title = spec.verb
        if !spec.subcommands.isEmpty {
            let names = spec.subcommandNames
            guard let first = positional.first else {
                throw Diagnostic("`\(spec.verb)` needs a \(spec.subcommandNoun)", at: SourceSpan(at: command.span.end),
                                 expected: names.count == 1 ? "`\(spec.verb) \(names[0])`" : "one of " + listing(names))
            }
            guard case .word(let word) = first.value else {
                throw Diagnostic("expected a \(spec.subcommandNoun), got \(first.kindDescription)", at: first.span,
                                 expected: "one of " + listing(names))
            }
            guard let sub = spec.subcommand(named: word) else {
                throw Diagnostic("unknown \(spec.subcommandNoun) `\(abbreviate(word))`", at: first.span,
                                 expected: "one of " + listing(names), suggestion: Suggest.nearest(to: word, in: names))
            }
            positional.removeFirst()
            subcommand = sub
            parameters = sub.parameters
            optionSpecs = sub.options + spec.options
            title = "\(spec.verb) \(sub.name)"
        }
        let usage = "`" + (subcommand.map { s in spec.usage.first { $0 == "\(spec.verb) \(s.name)" || $0.hasPrefix("\(spec.verb) \(s.name) ") } ?? title }
                                 ?? spec.usage.first ?? title) + "`"

        // Flags are bare words anywhere after the sub-word.
        let flagNames = optionSpecs.filter(\.isFlag).map(\.name)
        var flags: Set<String> = []
        var remaining: [Argument] = []
        for argument in positional {
            if case .word(let w) = argument.value, flagNames.contains(w.lowercased()) {
                if !flags.insert(w.lowercased()).inserted {
                    throw Diagnostic("`\(w)` is given twice", at: argument.span, expected: "each flag once")
                }
            } else {
                remaining.append(argument)
            }
        }

        // Positional parameters in order.
        var values: [NamedValue] = []
        var cursor = 0
        for parameter in parameters {
            if cursor >= remaining.count {
                if parameter.isOptional { continue }
                throw Diagnostic("`\(title)` needs \(parameter.label == parameter.name ? parameter.name : "a value")", at: SourceSpan(at: command.span.end),
                                 expected: "\(parameter.kind.description): \(usage)")
            }
            let count = parameter.isVariadic ? remaining.count - cursor : 1
            if count > parameter.maxCount {
                let extra = remaining[cursor + parameter.maxCount]
                throw Diagnostic("too many values for \(parameter.label): the limit is \(parameter.maxCount)", at: extra.span,
                                 expected: "at most \(parameter.maxCount)")
            }
            for argument in remaining[cursor..<(cursor + count)] {
                let value = try convert(argument, to: parameter.kind, label: parameter.label)
                values.append(NamedValue(name: parameter.name, value: value, span: argument.span))
            }
            cursor += count
        }
        if cursor < remaining.count {
            let extra = remaining[cursor]
            var suggestion: String?
            if case .word(let w) = extra.value {
                // `show confusion valid`: the word is a value of an option, so say `split=valid`.
                let owner = optionSpecs.first { option in
                    if case .word(let words, _)? = option.kind { return words.contains(w.lowercased()) }
                    return false
                }
                suggestion = owner.map { "\($0.name)=\(w.lowercased())" }
                    ?? Suggest.nearest(to: w, in: optionSpecs.map(\.name)).map { name in
                        optionSpecs.first { $0.name == name && !$0.isFlag } != nil ? name + "=" : name
                    }
            }
            let message = parameters.isEmpty ? "`\(title)` takes no arguments" : "too many arguments for `\(title)`"
            throw Diagnostic(message + ": unexpected \(extra.kindDescription)", at: extra.span,
                             expected: usage, suggestion: suggestion)
        }

        // Options.
        var options: [NamedValue] = []
        let optionNames = optionSpecs.map(\.name)
        for option in command.options {
            let name = option.name.text.lowercased()
            guard let optionSpec = optionSpecs.first(where: { $0.name == name }) else {
                if optionNames.isEmpty {
                    throw Diagnostic("`\(title)` takes no options", at: option.span, expected: usage)
                }
                if optionSpecs.allSatisfy(\.isFlag) {   // `train 100 epochs=3`: train has only the word `live`
                    throw Diagnostic("`\(title)` takes no options (`name=value`), only the word\(optionNames.count == 1 ? "" : "s") "
                                     + listing(optionNames), at: option.span, expected: usage)
                }
                throw Diagnostic("unknown option `\(abbreviate(option.name.text))=` for `\(title)`", at: option.name.span,
                                 expected: "one of " + listing(optionSpecs.map(\.usage)),
                                 suggestion: Suggest.nearest(to: name, in: optionNames))
            }
            guard let kind = optionSpec.kind else {
                throw Diagnostic("`\(name)` is a flag: write it alone, without `=`", at: option.span,
                                 expected: "`\(title) … \(name)`", suggestion: name)
            }
            if options.contains(where: { $0.name == name }) {
                throw Diagnostic("option `\(name)=` is given twice", at: option.span, expected: "each option once")
            }
            let value = try convert(option.value, to: kind, label: name)
            options.append(NamedValue(name: name, value: value, span: option.value.span))
        }

        let validated = ValidatedCommand(verb: spec.verb, subcommand: subcommand?.name, arguments: values,
                                         options: options, flags: flags, command: command)
        try spec.check?(validated)
        return validated
    }

    /// Converts `argument` to `kind`, or explains why it can't be.
    static func convert(_ argument: Argument, to kind: ValueKind, label: String) throws(Diagnostic) -> ArgumentValue {
        let span = argument.span
        switch (kind, argument.value) {
        case (.integer(let range), .number(let v)):
            guard v == v.rounded() else {
                throw Diagnostic("\(label) must be a whole number, not \(formatNumber(v))", at: span,
                                 expected: kind.description)
            }
            if v > Double(range.upperBound) {
                throw Diagnostic("\(label) \(formatNumber(v)) is too large; the limit is \(range.upperBound)", at: span,
                                 expected: kind.description)
            }
            if v < Double(range.lowerBound) {
                throw Diagnostic("\(label) must be at least \(range.lowerBound), not \(formatNumber(v))", at: span,
                                 expected: kind.description)
            }
            return .integer(Int(v))
        case (.number(let range), .number(let v)):
            if !range.contains(v) {
                if let upper = range.upper, range.upperIsOpen ? v >= upper : v > upper {
                    let phrase = range.upperIsOpen ? "must be below \(formatNumber(upper))" : "\(formatNumber(v)) is too large; the limit is \(formatNumber(upper))"
                    throw Diagnostic(range.upperIsOpen ? "\(label) \(phrase), not \(formatNumber(v))" : "\(label) \(phrase)",
                                     at: span, expected: range.description)
                }
                let lower = range.lower ?? 0
                throw Diagnostic("\(label) must be \(range.lowerIsOpen ? "greater than" : "at least") \(formatNumber(lower)), not \(formatNumber(v))",
                                 at: span, expected: range.description)
            }
            return .number(v)
        case (.word(let words, let noun), .word(let w)):
            let lowered = w.lowercased()
            if words.contains(lowered) { return .word(lowered) }
            throw Diagnostic("unknown \(noun) `\(abbreviate(w))`", at: span, expected: "one of " + listing(words),
                             suggestion: Suggest.nearest(to: w, in: words))
        case (.name, .word(let w)):
            return .word(w)
        case (.string, .string(let s)):
            if s.isEmpty { throw Diagnostic("\(label) is empty", at: span, expected: "a file name such as \"m.json\"") }
            return .string(s)
        case (.string, .word(let w)):
            throw Diagnostic("\(label) must be in quotes", at: span, expected: "a quoted string", suggestion: "\"\(abbreviate(w))\"")
        case (.expression, .expression(let e)):
            return .expression(e)
        case (.expression, .number(let v)):
            return .expression(.number(v, span: span))
        case (.expression, .word(let w)):
            return .expression(.identifier(w, span: span))
        case (.numbers(let maxCount), .list(let items)):
            var numbers: [Double] = []
            for item in items {
                guard case .number(let v) = item.value else {
                    throw Diagnostic("\(label) must hold numbers only, not \(item.kindDescription)", at: item.span,
                                     expected: kind.description)
                }
                numbers.append(v)
            }
            if numbers.isEmpty { throw Diagnostic("\(label) is an empty list", at: span, expected: kind.description) }
            if numbers.count > maxCount {
                throw Diagnostic("\(label) has \(numbers.count) numbers; the limit is \(maxCount)", at: span,
                                 expected: kind.description)
            }
            return .numbers(numbers)
        case (.either(let kinds), _):
            for candidate in kinds where fits(argument.value, candidate) {
                return try convert(argument, to: candidate, label: label)
            }
            throw typeMismatch(argument, kind: kind, label: label)
        default:
            throw typeMismatch(argument, kind: kind, label: label)
        }
    }

    private static func fits(_ value: Argument.Value, _ kind: ValueKind) -> Bool {
        switch (kind, value) {
        case (.integer, .number), (.number, .number), (.word, .word), (.name, .word), (.string, .string),
             (.string, .word), (.expression, _), (.numbers, .list):
            return true
        case (.either(let kinds), _):
            return kinds.contains { fits(value, $0) }
        default:
            return false
        }
    }

    private static func typeMismatch(_ argument: Argument, kind: ValueKind, label: String) -> Diagnostic {
        var suggestion: String?
        if case .word(let w) = argument.value {
            suggestion = Suggest.nearest(to: w, in: kind.words)
        }
        return Diagnostic("wrong kind of value for \(label): got \(argument.kindDescription)", at: argument.span,
                          expected: kind.description, suggestion: suggestion)
    }
}
