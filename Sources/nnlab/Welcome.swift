/// The few lines shown when the prompt starts.
enum Welcome {
    static func text(printer: TerminalPrinter) -> String {
        var text = """
        \(printer.bold("nnlab \(NNLab.version)")) — learn deep learning by doing it.
        Try:  data spiral   ·   layer dense 8 tanh   ·   train 100   ·   show boundary
        Type `help` for every command, `lesson N` to take a lesson, Ctrl-D to leave.
        """
        if let menu = try? LessonDesk.menu() { text += "\n\n" + menu }
        return text
    }
}
