import Foundation
import NeuralNet

private typealias O = CommonOptions

/// `data spiral`, `data digits`, `data load "f.csv"`, `data copy len=8`…: the session's data
/// set, made by one entry of `DataCommand.sets`.
struct DataCommand: LanguageCommand {
    static let spec = CommandSpec(
        "data", group: .data,
        summary: "load or generate a dataset (spiral, circle, digits, a CSV, sequence tasks)",
        help: """
        Replaces the session's dataset. circle, xor, gaussian and spiral are the TensorFlow \
        Playground's two-class sets; moons is two interleaved half-moons, line a linearly \
        separable set, sine a 1-D regression y = sin(x) + noise. digits is the 8×8 handwritten \
        digits (1,797 images, 10 classes). load reads your own CSV; the task (classification or \
        regression) is inferred from the target column unless task= says. copy, reverse, adding, \
        parity and sinewave are sequence tasks for recurrent networks and attention (len= sets \
        the length, vocab= the number of tokens; `help data copy` and so on say what each \
        asks of a network). The data is split 70/15/15 into train, valid and test (see split).
        """,
        examples: ["data spiral n=200 noise=0.1 seed=1\nshow data", "data moons\nshow data"],
        subcommandNoun: "dataset",
            subcommands: sets.map(\.sub))
    static let changesSession = true

    /// One data set: its sub-word with options and help, and how it is made.
    struct Entry: Sendable {
        /// The sub-word, its options and help.
        let sub: SubcommandSpec
        /// Makes the data set from the typed arguments.
        let make: @Sendable (Arguments) throws(DataError) -> Dataset

        init(_ sub: SubcommandSpec, make: @escaping @Sendable (Arguments) throws(DataError) -> Dataset) {
            self.sub = sub
            self.make = make
        }
    }

    /// The options of `data`, typed; each set reads those it has (the catalogue refuses others).
    struct Arguments: Sendable {
        var n: Int?
        var noise: Double
        var seed: UInt64
        var length: Int?
        var vocabulary: Int?
        var delay: Int?
        /// `load`'s file, resolved against the working directory.
        var file: URL?
        /// `load`'s target column: a name or a number from 1.
        var target: String?
        var task: Dataset.TaskKind?
    }

    private static let playground = [O.samples, O.noise, O.seed]
    private static let sequence = [O.samples, O.length, O.vocabulary, O.seed]
    private static let sequenceOptions = sequence

    /// Every data set, in help order.
    static let sets: [Entry] = Vocabulary.playgroundSets.map { name in
        Entry(SubcommandSpec(name, "the Playground's \(name) set (two classes, 2-D)", options: playground)) { (a) throws(DataError) in
            switch name {
            case "circle": return try Dataset.circle(n: a.n ?? 500, noise: a.noise, seed: a.seed)
            case "xor": return try Dataset.xor(n: a.n ?? 500, noise: a.noise, seed: a.seed)
            case "gaussian": return try Dataset.gaussian(n: a.n ?? 500, noise: a.noise, seed: a.seed)
            default: return try Dataset.spiral(n: a.n ?? 500, noise: a.noise, seed: a.seed)
            }
        }
    } + [
        Entry(SubcommandSpec("moons", "two interleaved half-moons (two classes, 2-D)", options: playground)) { (a) throws(DataError) in
            try Dataset.moons(n: a.n ?? 500, noise: a.noise, seed: a.seed)
        },
        Entry(SubcommandSpec("line", "two classes separated by a line (2-D)", options: playground)) { (a) throws(DataError) in
            try Dataset.line(n: a.n ?? 500, noise: a.noise, seed: a.seed)
        },
        Entry(SubcommandSpec("sine", "1-D regression: y = sin(x) + noise", options: playground)) { (a) throws(DataError) in
            try Dataset.sine(n: a.n ?? 200, noise: a.noise, seed: a.seed)
        },
        Entry(SubcommandSpec("digits", "8×8 handwritten digits, 10 classes (n= takes a subset)",
                             options: [O.samples, O.seed])) { (a) throws(DataError) in
            let all = Dataset.digits()
            return a.n.map { all.subset(Array(0..<Swift.min($0, all.count))) } ?? all
        },
        Entry(SubcommandSpec("load", "your own CSV file",
                             parameters: [ParameterSpec("file", .string, summary: "path of the CSV file")],
                             options: [
                                 OptionSpec("target", .either([.name, .string, .integer(1...100_000)]),
                                            summary: "the column to predict: its name or number (default: the last)"),
                                 OptionSpec("task", .word(Vocabulary.tasks, noun: "task"),
                                            summary: "classification or regression (default: inferred)"),
                             ])) { (a) throws(DataError) in
            try Dataset.loadCSV(path: a.file?.path ?? "", target: a.target, task: a.task)
        },
        Entry(SubcommandSpec("copy", "sequence task: repeat the input tokens, a step late",
                       options: sequenceOptions + [OptionSpec("delay", .integer(0...(Limits.maxSequenceLength - 1)),
                                                              summary: "how many steps late (default 1; 0: the input itself)")],
                       help: """
                       Each example is a sequence of len= tokens (default 10) drawn from 1 to vocab=−1 \
                       (vocab= defaults to 10; token 0, shown _, is the blank and never drawn). The target \
                       at each step is the input token delay= steps earlier (default 1), and the blank \
                       before that: a class per step. To get it right a network must remember the last \
                       few tokens it saw, which a dense layer applied step by step cannot; a recurrent \
                       layer can. n= sets the number of sequences (default 1,000).
                       """,
                       example: "data copy n=200 len=6 delay=2\nshow data")) { (a) throws(DataError) in
            try Dataset.copy(n: a.n ?? 1000, length: a.length ?? 10, vocabulary: a.vocabulary ?? 10, delay: a.delay ?? 1, seed: a.seed)
        },
        Entry(SubcommandSpec("reverse", "sequence task: output the input reversed",
                       options: sequenceOptions,
                       help: """
                       Each example is len= tokens (default 8) drawn from 0 to vocab=−1 (default 10); \
                       the target is the same sequence backwards, a class per step. The first output \
                       needs the last input, so every position must look at the whole sequence: a task \
                       for attention, which also needs to know where each token stands (positions). \
                       It is the Transformer benchmark of nnlab's peers (P4). n= sets the number of \
                       sequences (default 1,000).
                       """,
                       example: "data reverse n=200\nshow data")) { (a) throws(DataError) in
            try Dataset.reverse(n: a.n ?? 1000, length: a.length ?? 8, vocabulary: a.vocabulary ?? 10, seed: a.seed)
        },
        Entry(SubcommandSpec("adding", "sequence task: sum the two marked numbers",
                       options: [O.samples, O.length, O.seed],
                       help: """
                       The adding problem. Each step holds two values: a random number in [0, 1) and a \
                       mark, 1 at exactly two steps and 0 elsewhere. The target is one number: the sum \
                       of the two marked numbers. Always answering 1 (the mean) scores an MSE of about \
                       1/6; to do better a network must hold the first marked number through every step \
                       until the second, which a plain RNN loses over long sequences and an LSTM or \
                       GRU keeps. len= sets the number of steps (default 50), n= the sequences \
                       (default 1,000). `show data` shows the marked numbers in brackets.
                       """,
                       example: "data adding n=200 len=10\nshow data")) { (a) throws(DataError) in
            try Dataset.adding(n: a.n ?? 1000, length: a.length ?? 50, seed: a.seed)
        },
        Entry(SubcommandSpec("parity", "sequence task: is the number of ones odd",
                       options: [O.samples, O.length, O.seed],
                       help: """
                       Each example is a sequence of len= bits (default 8), one value per step; the \
                       target is one class, odd or even: whether the sequence holds an odd number of \
                       ones. The answer flips with every 1, so a network must carry one bit through the \
                       whole sequence and update it at each step; changing any single bit changes the \
                       answer, which makes it hard to learn from examples. End a recurrent layer with \
                       `last` to give one answer per sequence. n= sets the number of sequences.
                       """,
                       example: "data parity n=200 len=6\nshow data")) { (a) throws(DataError) in
            try Dataset.parity(n: a.n ?? 1000, length: a.length ?? 8, seed: a.seed)
        },
        Entry(SubcommandSpec("sinewave", "sequence task: predict the next value of a sine wave",
                       options: [O.samples, O.length, O.noise, O.seed],
                       help: """
                       Each example is len= steps (default 20) of one sine wave, each sequence with its \
                       own frequency and phase; noise= adds Gaussian noise to the inputs. The target at \
                       each step is the wave's next value: a value per step. From one value a network \
                       cannot tell whether the wave is rising or falling, nor how fast; it must use the \
                       values before, so a recurrent layer does well where a dense layer cannot. \
                       n= sets the number of sequences.
                       """,
                       example: "data sinewave n=100 len=12\nshow data")) { (a) throws(DataError) in
            try Dataset.sinewave(n: a.n ?? 1000, length: a.length ?? 20, noise: a.noise, seed: a.seed)
        },
    ]

    /// The data set's entry.
    let entry: Entry
    /// The options as typed (nil: not given, the set's default).
    let n: Int?, length: Int?, vocabulary: Int?, delay: Int?, seed: Int?, noise: Double?
    /// `load`'s path, target column and task as typed.
    let path: String?, target: String?, task: Dataset.TaskKind?
    /// Where each option and the file were typed, for errors.
    let spans: [String: SourceSpan]
    let span: SourceSpan

    init(_ c: ValidatedCommand) throws(Diagnostic) {
        let name = try c.requiredSubcommand()
        guard let entry = DataCommand.sets.first(where: { $0.sub.name == name }) else { throw c.missing("dataset") }
        self.entry = entry
        n = c.integer("n")
        length = c.integer("len")
        vocabulary = c.integer("vocab")
        delay = c.integer("delay")
        noise = c.number("noise")
        seed = c.integer("seed")
        path = c.string("file")
        switch c.option("target") {
        case .word(let w)?: target = w
        case .string(let s)?: target = s
        case .integer(let i)?: target = String(i)
        default: target = nil
        }
        task = c.word("task").flatMap(Dataset.TaskKind.init(rawValue:))
        var spans: [String: SourceSpan] = [:]
        for value in c.arguments + c.options { spans[value.name] = value.span }
        self.spans = spans
        span = c.command.span
    }

    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic) {
        let arguments = Arguments(n: n, noise: noise ?? 0, seed: seed.map(UInt64.init) ?? interpreter.session.seed,
                                  length: length, vocabulary: vocabulary, delay: delay,
                                  file: path.map(interpreter.resolve), target: target, task: task)
        let dataset: Dataset
        do {
            dataset = try entry.make(arguments)
        } catch {
            // Point at what to change: the target option for a missing column, the option that
            // is out of range, else the file.
            var place = spans["file"] ?? span
            if case .unknownTarget = error { place = spans["target"] ?? place }
            if case .invalidArgument(let name, _, _) = error { place = spans[name] ?? place }
            throw Diagnostic(error.description, at: place)
        }
        try interpreter.useData(dataset, description: description(of: dataset), at: span, output: output)
    }

    /// How the data was made, for `show settings` and model files: `spiral n=500 noise=0`.
    func description(of dataset: Dataset) -> String {
        let kind = entry.sub.name
        if kind == "load" { return "load \"\(path ?? "")\"" }
        if kind == "digits" { return kind }
        var text = kind
        if Vocabulary.sequenceTasks.contains(kind) {
            text += " n=\(dataset.count) len=\(dataset.exampleShape.first ?? 0)"
            if let v = dataset.vocabulary { text += " vocab=\(v.count)" }
            if let d = delay { text += " delay=\(d)" }
            if let noise { text += " noise=\(Format.number(noise))" }
        } else {
            text += " n=\(dataset.count) noise=\(Format.number(noise ?? 0))"
        }
        if let seed { text += " seed=\(seed)" }
        return text
    }
}
