/// The commands of the language, in help order: each is one `LanguageCommand` in `Commands/`.
extension CommandCatalogue {
    /// Every command type, in help order.
    static let commands: [any LanguageCommand.Type] = [
        DataCommand.self, SplitCommand.self, AugmentCommand.self,
        ModelCommand.self, LayerCommand.self, InitCommand.self,
        LossCommand.self, OptimizerCommand.self, SetCommand.self, TrainCommand.self, StepCommand.self,
        EvaluateCommand.self, RestoreCommand.self, PredictCommand.self, CompareCommand.self,
        ShowCommand.self, PlotCommand.self,
        SaveCommand.self, ExportCommand.self, LoadCommand.self, RunCommand.self, ExpectCommand.self, LessonsCommand.self, LessonCommand.self,
        HistoryCommand.self, ResetCommand.self, HelpCommand.self, UndoCommand.self, QuitCommand.self,
    ]

    /// Every command's spec, in help order.
    static let table: [CommandSpec] = commands.map { $0.spec }

    /// The command whose canonical verb is `verb`.
    static func command(forVerb verb: String) -> (any LanguageCommand.Type)? {
        commands.first { $0.spec.verb == verb }
    }
}
