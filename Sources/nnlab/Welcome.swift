/// The few lines shown when the prompt starts.
enum Welcome {
    static func text(printer: TerminalPrinter) -> String {
        """
        \(printer.bold("nnlab \(NNLab.version)")) — learn deep learning by doing it.
        Try:  data spiral   ·   layer dense 8 tanh   ·   train 100   ·   show boundary
        Type `help` for every command, `lessons` for the course, Ctrl-D to leave.
        """
    }
}
