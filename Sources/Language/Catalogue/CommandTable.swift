/// The one declarative table of every command of LANGUAGE.md.
extension CommandCatalogue {
    static let table: [CommandSpec] = dataCommands + modelCommands + trainingCommands + inspectionCommands + sessionCommands

    private typealias O = CommonOptions

    // MARK: Data

    private static let playgroundOptions = [O.samples, O.noise, O.seed]
    private static let sequenceOptions = [O.samples, O.length, O.vocabulary, O.seed]

    private static let dataCommands: [CommandSpec] = [
        CommandSpec(
            "data", group: .data,
            summary: "load or generate a dataset (spiral, circle, digits, a CSV, sequence tasks)",
            help: """
            Replaces the session's dataset. circle, xor, gaussian and spiral are the TensorFlow \
            Playground's two-class sets; moons is two interleaved half-moons, line a linearly \
            separable set, sine a 1-D regression y = sin(x) + noise. digits is the 8×8 handwritten \
            digits (1,797 images, 10 classes). load reads your own CSV; the task (classification or \
            regression) is inferred from the target column unless task= says. copy, reverse, adding, \
            parity and sinewave, the sequence tasks for RNNs and attention, arrive with lessons \
            10–14 and are not in this version yet. The data is split \
            70/15/15 into train, valid and test (see split).
            """,
            examples: ["data spiral n=200 noise=0.1 seed=1\nshow data", "data moons\nshow data"],
            subcommandNoun: "dataset",
            subcommands: Vocabulary.playgroundSets.map {
                SubcommandSpec($0, "the Playground's \($0) set (two classes, 2-D)", options: playgroundOptions)
            } + [
                SubcommandSpec("moons", "two interleaved half-moons (two classes, 2-D)", options: playgroundOptions),
                SubcommandSpec("line", "two classes separated by a line (2-D)", options: playgroundOptions),
                SubcommandSpec("sine", "1-D regression: y = sin(x) + noise", options: playgroundOptions),
                SubcommandSpec("digits", "8×8 handwritten digits, 10 classes (n= takes a subset)",
                               options: [O.samples, O.seed]),
                SubcommandSpec("load", "your own CSV file",
                               parameters: [ParameterSpec("file", .string, summary: "path of the CSV file")],
                               options: [
                                   OptionSpec("target", .either([.name, .string, .integer(1...100_000)]),
                                              summary: "the column to predict: its name or number (default: the last)"),
                                   OptionSpec("task", .word(Vocabulary.tasks, noun: "task"),
                                              summary: "classification or regression (default: inferred)"),
                               ]),
                SubcommandSpec("copy", "sequence task: output the input sequence", options: sequenceOptions),
                SubcommandSpec("reverse", "sequence task: output the input reversed", options: sequenceOptions),
                SubcommandSpec("adding", "sequence task: sum the two marked numbers", options: [O.samples, O.length, O.seed]),
                SubcommandSpec("parity", "sequence task: is the number of ones odd", options: [O.samples, O.length, O.seed]),
                SubcommandSpec("sinewave", "sequence task: predict the next value of a sine wave",
                               options: [O.samples, O.length, O.noise, O.seed]),
            ]),
        CommandSpec(
            "split", group: .data,
            summary: "train / valid / test percentages (default 70 15 15)",
            help: """
            Splits the dataset into training, validation and test sets by percentages that add up \
            to 100, shuffled with the session's seed. Two numbers leave no test set. Train on \
            train, choose settings by valid, and look at test once at the end.
            """,
            examples: ["data circle\nsplit 80 10 10", "data spiral\nsplit 60 20 20\nshow data"],
            parameters: [
                ParameterSpec("train", .number(.positive(upTo: 100)), summary: "percent for training"),
                ParameterSpec("valid", .number(.nonNegative(upTo: 100)), summary: "percent for validation"),
                ParameterSpec("test", .number(.nonNegative(upTo: 100)), optional: true, summary: "percent for testing"),
            ],
            check: { (c: ValidatedCommand) throws(Diagnostic) in
                let total = (c.number("train") ?? 0) + (c.number("valid") ?? 0) + (c.number("test") ?? 0)
                if abs(total - 100) > 1e-9 {
                    throw Diagnostic("the percentages add up to \(formatNumber(total)), not 100", at: c.command.span,
                                     expected: "percentages that add up to 100, such as `split 70 15 15`")
                }
            }),
        CommandSpec(
            "augment", group: .data,
            summary: "add jittered copies of the training set",
            help: """
            Data augmentation: adds copies of every training point with Gaussian noise of the given \
            standard deviation added to its inputs (labels unchanged). Only the training split grows; \
            valid and test stay as they are. A cheap remedy for overfitting. `augment none` goes \
            back to the training split as it is (so does a new `data` or `split`).
            """,
            examples: ["data circle n=100\naugment noise 0.1", "data circle n=100\naugment noise 0.05 copies=3\naugment none"],
            subcommandNoun: "augmentation",
            subcommands: [
                SubcommandSpec("noise", "Gaussian jitter of the inputs",
                               parameters: [ParameterSpec("sigma", .number(.positive(upTo: Limits.maxNoise)),
                                                          summary: "standard deviation of the jitter")],
                               options: [OptionSpec("copies", .integer(1...Limits.maxAugmentCopies),
                                                    summary: "jittered copies per point (default 1)")]),
                SubcommandSpec("none", "no augmentation: train on the split's own rows"),
            ]),
    ]

    // MARK: Model

    private static let modelCommands: [CommandSpec] = [
        CommandSpec(
            "model", group: .model,
            summary: "start a new, empty network",
            help: """
            `model clear` removes every layer so you can build a new network; the data and settings \
            stay, and the initialiser goes back to xavier. The input size always comes from the data.
            """,
            examples: ["data circle\nlayer dense 4 tanh\nmodel clear\nlayer dense 8 relu\nlayer dense 1 sigmoid"],
            subcommandNoun: "model action",
            subcommands: [SubcommandSpec("clear", "remove every layer")]),
        CommandSpec(
            "layer", group: .model,
            summary: "add a layer: dense, dropout, rnn, lstm, gru, embed, posenc, norm, attention, encoder",
            help: """
            Appends a layer to the network. dense WIDTH ACTIVATION is a fully connected layer \
            σ(Wx + b). dropout RATE zeroes a fraction of units during training only. Not in this \
            version yet (they arrive with lessons 10–14): rnn, lstm and \
            gru are recurrent layers following the textbook equations; add `last` to keep only the \
            last time step (for one answer per sequence). embed maps tokens to vectors, posenc adds \
            sinusoidal positions, norm is layer normalisation. attention is multi-head \
            self-attention with a residual connection (`causal` masks the future); encoder is a \
            whole Transformer encoder block (attention, feed-forward, residuals, layer norms).
            """,
            examples: ["data spiral\nlayer dense 16 tanh\nlayer dense 16 tanh\nlayer dense 1 sigmoid\nshow model",
                       "data circle\nlayer dense 16 relu\nlayer dropout 0.2\nlayer dense 1 sigmoid"],
            subcommandNoun: "layer kind",
            subcommands: [
                SubcommandSpec("dense", "fully connected: activation(W·x + b)",
                               parameters: [O.width, O.activation]),
                SubcommandSpec("dropout", "zero a fraction of units while training",
                               parameters: [ParameterSpec("rate", .number(.unitOpen), summary: "fraction dropped, 0 ≤ rate < 1")]),
                SubcommandSpec("rnn", "simple recurrent layer h_t = tanh(W·x_t + V·h_{t-1} + b)", parameters: [O.width],
                               options: [.flag("last", summary: "keep only the last time step")]),
                SubcommandSpec("lstm", "long short-term memory (gates i, f, o; candidate a; cell c)", parameters: [O.width],
                               options: [.flag("last", summary: "keep only the last time step")]),
                SubcommandSpec("gru", "gated recurrent unit (gates z, r)", parameters: [O.width],
                               options: [.flag("last", summary: "keep only the last time step")]),
                SubcommandSpec("embed", "token embedding: one learned vector per token",
                               parameters: [ParameterSpec("width", .integer(1...Limits.maxLayerWidth), summary: "vector size")]),
                SubcommandSpec("posenc", "add sinusoidal position encodings"),
                SubcommandSpec("norm", "layer normalisation"),
                SubcommandSpec("attention", "multi-head self-attention with residual",
                               options: [O.heads, O.causal]),
                SubcommandSpec("encoder", "Transformer encoder block",
                               options: [O.heads, OptionSpec("ff", .integer(1...Limits.maxFeedForward),
                                                             summary: "feed-forward width"), O.causal]),
            ]),
        CommandSpec(
            "init", group: .model,
            summary: "re-initialise the weights: xavier, he, pytorch, zeros, constant, normal, uniform",
            help: """
            Re-initialises the weights of every layer, or of one with layer=N. xavier (Glorot) \
            suits tanh and sigmoid, he suits ReLU, pytorch is U(±1/√fan_in). constant V sets every \
            weight to V — watch every hidden unit stay identical. normal S draws from N(0, S²); \
            uniform A from U(−A, A). Biases start at zero, except with constant V (every weight \
            and bias is V) and pytorch (biases drawn like the weights). The scheme stays for \
            later layers until `model clear`, which goes back to xavier.
            """,
            examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ninit constant 0.5",
                       "data circle\nlayer dense 8 relu\nlayer dense 1 sigmoid\ninit he layer=1"],
            subcommandNoun: "initialiser",
            subcommands: [
                SubcommandSpec("xavier", "Glorot: U(±√(6/(fan_in+fan_out)))"),
                SubcommandSpec("he", "He: N(0, 2/fan_in)"),
                SubcommandSpec("pytorch", "U(±1/√fan_in), PyTorch's default"),
                SubcommandSpec("zeros", "every weight 0"),
                SubcommandSpec("constant", "every weight the same value",
                               parameters: [ParameterSpec("value", .number(.any), summary: "the value")]),
                SubcommandSpec("normal", "N(0, std²)",
                               parameters: [ParameterSpec("std", .number(.positive(upTo: 100)), optional: true,
                                                          summary: "standard deviation (default 0.1)")]),
                SubcommandSpec("uniform", "U(−a, a)",
                               parameters: [ParameterSpec("range", .number(.positive(upTo: 100)), optional: true,
                                                          summary: "half-width a (default 0.5)")]),
            ],
            options: [O.layer, O.seed]),
    ]

    // MARK: Training

    private static let trainingCommands: [CommandSpec] = [
        CommandSpec(
            "loss", group: .training,
            summary: "choose the loss: mse, bce, crossentropy",
            help: """
            Sets the loss the network is trained on. mse is the mean squared error (regression); bce \
            is binary cross-entropy for one sigmoid output; crossentropy is categorical \
            cross-entropy for a softmax output. The default follows the data. As a value, \
            `loss(valid)` is the mean loss on a split (`help measures`).
            """,
            examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\nloss bce"],
            subcommandNoun: "loss",
            subcommands: [
                SubcommandSpec("mse", "mean squared error mean((y − t)²)"),
                SubcommandSpec("bce", "binary cross-entropy −[t·log y + (1−t)·log(1−y)]"),
                SubcommandSpec("crossentropy", "categorical cross-entropy −Σ t·log y"),
            ]),
        CommandSpec(
            "optimizer", aliases: ["optimiser"], group: .training,
            summary: "choose the optimiser: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw",
            help: """
            Sets how the weights are updated from the gradients. sgd takes a plain step down the \
            gradient; momentum and nesterov keep a running velocity; adagrad, rmsprop and adam \
            adapt the step per weight; adamw adds decoupled weight decay. Options set the \
            optimiser's constants; lr= also sets the session's learning rate. A new `optimizer` \
            starts with no state (no velocities or moments yet).
            """,
            examples: ["optimizer adam lr=0.01", "optimizer momentum lr=0.1 momentum=0.9",
                       "optimizer adamw lr=0.001 beta1=0.9 beta2=0.999 decay=0.01"],
            subcommandNoun: "optimiser",
            subcommands: [
                SubcommandSpec("sgd", "w ← w − lr·g", options: [O.lr]),
                SubcommandSpec("momentum", "v ← m·v − lr·g; w ← w + v", options: [O.lr, O.momentum]),
                SubcommandSpec("nesterov", "momentum with a look-ahead gradient", options: [O.lr, O.momentum]),
                SubcommandSpec("adagrad", "per-weight steps shrinking with the summed squared gradients",
                               options: [O.lr, O.eps]),
                SubcommandSpec("rmsprop", "per-weight steps from a running mean of squared gradients",
                               options: [O.lr, O.rho, O.eps]),
                SubcommandSpec("adam", "momentum plus RMSprop with bias correction",
                               options: [O.lr, O.beta1, O.beta2, O.eps]),
                SubcommandSpec("adamw", "Adam with decoupled weight decay",
                               options: [O.lr, O.beta1, O.beta2, O.eps, O.decay]),
            ]),
        CommandSpec(
            "set", group: .training,
            summary: "set a hyper-parameter (lr, batch, l2, l1, seed, patience, clip) or width, height",
            help: """
            Sets one hyper-parameter of the session; `show settings` lists the hyper-parameters \
            with their values. lr is the learning rate (changed between `train`s it keeps the optimiser's \
            velocities and moments, as a schedule would); batch the mini-batch size; l2 and l1 the weight \
            penalties (½·l2·Σw² + l1·Σ|w| on the weights, not the biases; the losses shown stay \
            the data's); seed the random seed; patience stops training early after that many epochs \
            without a better validation loss (0 = off); clip limits the gradient norm (0 = off). \
            width and height fix the columns and lines pictures are drawn for (a projector, a \
            recording) instead of the terminal's size, which is read anew for every picture; 0 \
            follows the terminal again.
            """,
            examples: ["set lr 0.03\nset batch 10\nshow settings", "set l2 0.001\nset patience 20\nset clip 1",
                       "set width 160\nset height 50\nplot sigmoid tanh\nset width 0"],
            subcommandNoun: "setting",
            subcommands: Vocabulary.settings.map { name in
                SubcommandSpec(name, CommonOptions.settingSummaries[name] ?? name,
                               parameters: [ParameterSpec("value", CommonOptions.settingKinds[name] ?? .number(.any),
                                                          summary: "the new \(name)", label: name)])
            }),
        CommandSpec(
            "train", group: .training,
            summary: "train for N epochs",
            help: """
            Trains for N epochs (passes over the training set) in mini-batches, with a live progress \
            bar and the train and valid loss. Ctrl-C stops after the current step and keeps the \
            model. With `set patience` training stops early when the valid loss stops improving. \
            The best epoch's weights are remembered (see restore best). `train 200 live` redraws \
            a picture in place as the network learns, about ten times a second: the decision \
            regions for 2-D data, the loss curve otherwise (on a terminal; piped output is the \
            same as without `live`).
            """,
            examples: ["data circle n=200\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 50\nshow curve",
                       "data spiral n=200\nlayer dense 16 tanh\nlayer dense 16 tanh\ntrain 50 live"],
            parameters: [ParameterSpec("epochs", .integer(1...Limits.maxEpochs), summary: "number of epochs")],
            options: [.flag("live", summary: "redraw the decision regions (2-D data) or the loss curve while training")]),
        CommandSpec(
            "step", group: .training,
            summary: "one (or N) mini-batch steps, with the loss before and after",
            help: """
            Takes one mini-batch step — forward, loss, backward, update — or N of them, printing the \
            loss before and after. Use it with `show gradient` to watch the training loop one step \
            at a time.
            """,
            examples: ["data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nstep\nstep 5\nshow gradient"],
            parameters: [ParameterSpec("steps", .integer(1...Limits.maxSteps), optional: true,
                                       summary: "number of steps (default 1)")]),
        CommandSpec(
            "evaluate", group: .training,
            summary: "loss and accuracy on train, valid and test",
            help: "Computes the loss (and accuracy, for classification) on the train, valid and test splits.",
            examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 20\nevaluate"]),
        CommandSpec(
            "restore", group: .training,
            summary: "go back to the weights of the best epoch",
            help: """
            `restore best` puts back the weights of the epoch with the lowest validation loss seen \
            while training — early stopping's other half.
            """,
            examples: ["data circle n=100 noise=0.3\nlayer dense 32 relu\nlayer dense 1 sigmoid\ntrain 100\nrestore best\nevaluate"],
            subcommandNoun: "checkpoint",
            subcommands: [SubcommandSpec("best", "the epoch with the best validation loss")]),
        CommandSpec(
            "predict", group: .training,
            summary: "the model's output for one input",
            help: """
            Runs the network on one input, given as numbers (`predict 0.5 -1.2`) or a list \
            (`predict [0.5, -1.2]`), and shows the output (class probabilities for a classifier).
            """,
            examples: ["data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 20\npredict 0.5 -1.2"],
            parameters: [ParameterSpec("input", .either([.number(.any), .numbers(maxCount: Limits.maxPredictInputs)]),
                                       variadic: true, maxCount: Limits.maxPredictInputs, summary: "the input values")],
            check: { (c: ValidatedCommand) throws(Diagnostic) in
                let all = c.arguments.filter { $0.name == "input" }
                if all.count > 1, let list = all.first(where: { if case .numbers = $0.value { return true } else { return false } }) {
                    throw Diagnostic("give the input as numbers or as one list, not both", at: list.span,
                                     expected: "`predict 0.5 -1.2` or `predict [0.5, -1.2]`")
                }
            }),
        CommandSpec(
            "compare", group: .training,
            summary: "train a copy per value of a setting and overlay the curves",
            help: """
            Trains a copy of the current model for each value of one setting, all from the same \
            starting weights, then overlays their loss curves and shows a results table. Any \
            setting can vary (lr, batch, l2, l1, clip, …) and also init, optimizer and loss. The \
            session itself is unchanged.
            """,
            examples: ["data spiral n=200\nlayer dense 16 tanh\nlayer dense 1 sigmoid\ncompare lr 0.001 0.01 0.1 1 epochs=20",
                       "data circle\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ncompare init xavier he zeros epochs=20"],
            parameters: [
                ParameterSpec("setting", .word(Vocabulary.comparable, noun: "setting"), summary: "what to vary"),
                ParameterSpec("value", .either([.number(.any), .name]), variadic: true,
                              maxCount: Limits.maxCompareValues, summary: "the values to try"),
            ],
            options: [O.epochs],
            check: { (c: ValidatedCommand) throws(Diagnostic) in
                guard let setting = c.word("setting") else { return }
                let values = c.arguments.filter { $0.name == "value" }
                let kind: ValueKind
                switch setting {
                case "init": kind = .word(Vocabulary.initializers, noun: "initialiser")
                case "optimizer": kind = .word(Vocabulary.optimizers, noun: "optimiser")
                case "loss": kind = .word(Vocabulary.losses, noun: "loss")
                default: kind = CommonOptions.settingKinds[setting] ?? .number(.any)
                }
                for value in values {
                    let argument: Argument
                    switch value.value {
                    case .number(let v): argument = Argument(.number(v), span: value.span)
                    case .word(let w): argument = Argument(.word(w), span: value.span)
                    default: continue
                    }
                    _ = try CommandCatalogue.convert(argument, to: kind, label: setting)
                }
                // Counted after each value is checked: `compare lr abc` is about `abc`.
                if values.count < 2, let first = values.first {
                    throw Diagnostic("`compare` needs at least two values", at: SourceSpan(at: first.span.end),
                                     expected: "two to \(Limits.maxCompareValues) values, as in `compare lr 0.01 0.1`")
                }
            }),
    ]

    // MARK: Looking inside

    private static let inspectionCommands: [CommandSpec] = [
        CommandSpec(
            "show", group: .inspection,
            summary: "look at data, model, settings, curves, boundaries, weights, gradients, attention…",
            help: """
            Shows one view of the session. data: a scatter, image grid or table. model: layers, \
            shapes and parameter counts. settings: every hyper-parameter. curve: loss and accuracy \
            by epoch. boundary: the decision regions over the plane, a colour a class, paler where \
            the network is unsure (2-D data, any number of classes). neurons: each hidden unit's \
            response. weights, gradient, activations: per layer (layer=N) as heat maps with norms; \
            `show gradient time` gives the gradient norm per time step of a recurrent layer. \
            confusion: the confusion matrix (split=). graph: the computation graph of the last \
            `grad`. gates: LSTM/GRU gate values over one sequence. attention: the attention matrix \
            (layer=, head=).
            """,
            examples: ["data spiral\nlayer dense 8 tanh\nlayer dense 1 sigmoid\ntrain 20\nshow boundary\nshow weights layer=1",
                       "data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nstep\nshow gradient"],
            subcommandNoun: "view",
            subcommands: [
                SubcommandSpec("data", "the dataset: scatter, image grid, sequences or a table", options: [O.split]),
                SubcommandSpec("model", "layers, shapes, parameter counts and a diagram"),
                SubcommandSpec("settings", "every hyper-parameter and its value"),
                SubcommandSpec("curve", "train and valid loss (and accuracy) by epoch"),
                SubcommandSpec("boundary", "decision regions over the 2-D plane", options: [O.split]),
                SubcommandSpec("neurons", "each hidden unit's response over the plane", options: [O.layer]),
                SubcommandSpec("weights", "weights as heat maps, with norms", options: [O.layer]),
                SubcommandSpec("gradient", "gradients as heat maps, with norms", options: [
                    O.layer, .flag("time", summary: "gradient norm per time step of a recurrent layer")]),
                SubcommandSpec("activations", "activations as heat maps", options: [O.layer, O.sample]),
                SubcommandSpec("confusion", "the confusion matrix", options: [O.split]),
                SubcommandSpec("graph", "the computation graph of the last grad"),
                SubcommandSpec("gates", "LSTM/GRU gate values over one sequence", options: [O.layer, O.sample]),
                SubcommandSpec("attention", "an attention matrix with token labels", options: [O.layer, O.head, O.sample]),
            ]),
        CommandSpec(
            "plot", group: .inspection,
            summary: "plot functions and their derivatives",
            help: """
            Plots one or more functions of x over an interval (default −5 to 5): built-ins by name \
            (`plot sigmoid tanh relu`), derivatives with a mark (`plot sigmoid'`), or any \
            expression in x (`plot x^2 - 1`). Expressions are separated by spaces.
            """,
            examples: ["plot sigmoid tanh relu", "plot sigmoid'", "plot x^2 - 1 from=-3 to=3"],
            syntax: .expressions,
            parameters: [ParameterSpec("function", .expression, variadic: true, maxCount: Limits.maxPlotFunctions,
                                       summary: "a function name or an expression in x")],
            options: [OptionSpec("from", .number(.any), summary: "left end of the interval (default -5)"),
                      OptionSpec("to", .number(.any), summary: "right end of the interval (default 5)")],
            check: { (c: ValidatedCommand) throws(Diagnostic) in
                let from = c.number("from") ?? -5
                let to = c.number("to") ?? 5
                if from >= to {
                    throw Diagnostic("the interval is empty: from=\(formatNumber(from)) is not below to=\(formatNumber(to))",
                                     at: c.span(of: "to") ?? c.span(of: "from") ?? c.command.span,
                                     expected: "from= smaller than to=")
                }
            }),
    ]

    // MARK: Session

    private static let sessionCommands: [CommandSpec] = [
        CommandSpec(
            "save", group: .session,
            summary: "save the model (architecture, weights, settings), or the last picture as SVG",
            help: """
            `save "m.json"` writes the architecture, weights and settings to a JSON file; `load` \
            reads it back. `save plot "boundary.svg"` writes the last picture shown (a curve, a \
            boundary, a heat map…) as a standalone SVG file, with every panel the statement \
            showed: both curves of `show curve`, each layer of `show weights`, the curves and \
            the table of `compare`. Files are written atomically: a crash never leaves half a \
            file.
            """,
            examples: ["data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nsave \"m.json\"",
                       "data circle\nlayer dense 4 tanh\ntrain 10\nshow boundary\nsave plot \"boundary.svg\""],
            parameters: [ParameterSpec("file", .either([.word(["model", "plot"], noun: "thing to save"), .string]),
                                       summary: "the file, or `plot` / `model` followed by the file"),
                         ParameterSpec("path", .string, optional: true, summary: "the file, after `plot` or `model`")],
            check: { (c: ValidatedCommand) throws(Diagnostic) in
                if let what = c.word("file"), c.string("path") == nil {
                    throw Diagnostic("`save \(what)` needs a file name", at: c.span(of: "file") ?? c.command.span,
                                     expected: "a quoted path, as in `save plot \"boundary.svg\"`")
                }
                if c.string("file") != nil, let extra = c.span(of: "path") {
                    throw Diagnostic("too many arguments: `save` takes one file", at: extra,
                                     expected: "`save \"m.json\"` or `save plot \"picture.svg\"`")
                }
            }),
        CommandSpec(
            "export", group: .session,
            summary: "the session so far as an HTML page or a Jupyter notebook",
            help: """
            Writes every statement typed so far, numbered, with its outputs: text and tables as \
            text, pictures as SVG, errors marked as errors, statements taken back by undo marked \
            as undone. `.html` gives one self-contained page (no scripts, fonts or images from \
            elsewhere: it opens offline and prints well); `.ipynb` a Jupyter notebook, with \
            comments as text cells. The same session gives the same file. The file is written \
            atomically. `nnlab export lesson 7 day7.html` exports a whole lesson.
            """,
            examples: ["data circle\nlayer dense 4 tanh\ntrain 10\nshow boundary\nexport \"day1.html\"",
                       "plot sigmoid\nexport \"functions.ipynb\""],
            parameters: [ParameterSpec("file", .string, summary: "the file: .html or .ipynb")]),
        CommandSpec(
            "load", group: .session,
            summary: "load a model saved with save",
            help: """
            Reads a model file written by save: architecture, weights and settings replace the \
            current ones. Load the data first, then the model: a later `data` or `split` gives the \
            network fresh weights (it says so, and `undo` brings the loaded one back).
            """,
            examples: ["data circle\nlayer dense 4 tanh\nlayer dense 1 sigmoid\nsave \"m.json\"\nmodel clear\nload \"m.json\""],
            parameters: [ParameterSpec("file", .string, summary: "path of the model file")]),
        CommandSpec(
            "run", group: .session,
            summary: "run the statements of a file",
            help: """
            Runs every statement of a text file in this session, as if typed; it stops at the first \
            error, keeping what the statements before it did. `undo` takes the whole script back.
            """,
            examples: ["run \"examples/spiral.nn\""],
            parameters: [ParameterSpec("file", .string, summary: "path of the script")]),
        CommandSpec(
            "expect", group: .inspection,
            summary: "check a condition on the session; an error if it does not hold",
            help: """
            `expect CONDITION` is a statement that fails unless the condition holds on what the \
            session holds now; lessons prove what they teach with it, and scripts can too. A \
            condition is one comparison (< <= > >= == !=) between expressions, which may use \
            accuracy(train|valid|test), loss(train|valid|test), distinct_units(LAYER), epochs, \
            epochs_to(ACC) (the first epoch reaching that valid accuracy), best_epoch, roughness \
            (the share of epochs whose training loss rose), diverged (1 after a NaN/inf loss) and names bound \
            with let. Lesson phrases work too: `accuracy valid`, `loss train`, \
            `units distinct layer=1`, `value y`.
            """,
            examples: ["data line\nlayer dense 1 sigmoid\ntrain 30\nexpect accuracy valid >= 0.9",
                       "let y = sigmoid(3)\nexpect value y > 0.9"],
            syntax: .expressions,
            parameters: [ParameterSpec("condition", .expression, variadic: true, maxCount: 64,
                                        summary: "a comparison, e.g. accuracy valid >= 0.9")]),
        CommandSpec(
            "lessons", group: .session,
            summary: "the list of lessons, with your progress",
            help: "Lists the lessons with your progress; `lesson N` starts or resumes one.",
            examples: ["lessons"]),
        CommandSpec(
            "lesson", group: .session,
            summary: "start or resume lesson N",
            help: "Starts lesson N (or resumes it where you stopped). At each pause: next, back, again, hint, solution, skip, quit.",
            examples: ["lesson 1"],
            parameters: [ParameterSpec("number", .integer(1...Limits.maxLesson), summary: "the lesson's number")]),
        CommandSpec(
            "history", group: .session,
            summary: "the statements typed so far",
            help: "Shows the statements typed in this and earlier sessions (the last N). Ctrl-R searches them.",
            examples: ["history", "history 20"],
            parameters: [ParameterSpec("count", .integer(1...Limits.maxHistory), optional: true,
                                       summary: "how many of the latest to show")]),
        CommandSpec(
            "reset", group: .session,
            summary: "start the session afresh",
            help: "Forgets the data, the model, the settings and every name; history is kept.",
            examples: ["reset"]),
        CommandSpec(
            "help", group: .session,
            summary: "this overview, or help on one topic (also ?topic)",
            help: "`help` lists every command; `help TOPIC` (or `?TOPIC`) explains one command, function or idea with an example.",
            examples: ["help", "help train", "?layer"],
            parameters: [ParameterSpec("topic", .name, optional: true, summary: "a command, function or topic"),
                         ParameterSpec("detail", .name, optional: true, summary: "a sub-word of the command")],
            check: { (c: ValidatedCommand) throws(Diagnostic) in
                guard let topic = c.word("topic") else { return }
                if HelpTexts.help(topic: topic) == nil {
                    throw Diagnostic("no help on `\(abbreviate(topic))`", at: c.span(of: "topic") ?? c.command.span,
                                     expected: "a command, function or topic (`help` lists them)",
                                     suggestion: Suggest.nearest(to: topic, in: HelpTexts.topics))
                }
            }),
        CommandSpec(
            "undo", group: .session,
            summary: "take back the last command that changed the session",
            help: """
            Undoes the last command that changed the session (data, model, settings, weights or a \
            `let`), such as a train or a layer, and says which. Looking at a value (`epochs`, \
            `1 + 1`) is not a change. A `run "file.nn"` is undone as a whole.
            """,
            examples: ["data circle\nlayer dense 4 relu\nundo"]),
        CommandSpec(
            "quit", aliases: ["exit"], group: .session,
            summary: "leave nnlab (also Ctrl-D)",
            help: "Leaves nnlab. History is saved; the session is not (use save).",
            examples: ["quit"]),
    ]
}
