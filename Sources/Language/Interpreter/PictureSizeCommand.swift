/// `set width 160` / `set height 50`: the size pictures are drawn for, fixed for a projector
/// or a recording; `0` follows the terminal again. The front end reads
/// `session.pictureSize` for every picture; like every setting, `undo` takes it back.
extension Interpreter {
    func setPictureSize(_ name: String, to value: Int, output: (Output) -> Void) {
        let size: Int? = value > 0 ? value : nil
        if name == "width" { session.pictureSize.width = size } else { session.pictureSize.height = size }
        let unit = name == "width" ? "columns" : "lines"
        if let size {
            output(.text("\(name) = \(size): pictures are drawn for \(size) \(unit) (`set \(name) 0` follows the terminal)"))
        } else {
            output(.text("\(name) follows the terminal's \(unit) again"))
        }
    }
}
