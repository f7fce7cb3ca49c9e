import Plotting

/// Writes a notebook as a Jupyter notebook (nbformat 4.5) that the `nbformat` package
/// validates: markdown cells, code cells with `execution_count` and outputs (text as a stdout
/// stream; tables as `text/plain` and `text/html`; pictures as `image/svg+xml` with a
/// `text/plain` twin; errors as error outputs), a kernelspec naming nnlab, cell ids numbered
/// in order. Keys are sorted and nothing depends on the time, so the same document gives the
/// same bytes. Undone statements carry the tag `undone` and `metadata.nnlab.undone_by`.
public enum IpynbWriter {
    /// The notebook's JSON text for `document`.
    public static func write(_ document: NotebookDocument) -> String {
        var pictures = 0
        var cells: [JSONValue] = []
        for (i, cell) in document.cells.enumerated() {
            let id = JSONValue.string("cell-\(i + 1)")
            switch cell {
            case .markdown(let text):
                cells.append(.object(["cell_type": .string("markdown"), "id": id, "metadata": .object([:]),
                                      "source": JSONValue.lines(text)]))
            case .code(let code):
                var metadata: [String: JSONValue] = [:]
                if let by = code.undoneBy {
                    metadata["tags"] = .array([.string("undone")])
                    metadata["nnlab"] = .object(["undone_by": .integer(by)])
                }
                cells.append(.object([
                    "cell_type": .string("code"), "id": id, "metadata": .object(metadata),
                    "execution_count": code.number.map { .integer($0) } ?? .null,
                    "source": JSONValue.lines(code.source),
                    "outputs": .array(outputs(code.outputs, pictures: &pictures)),
                ]))
            }
        }
        let notebook = JSONValue.object([
            "cells": .array(cells),
            "metadata": .object([
                "kernelspec": .object(["display_name": .string("nnlab"), "language": .string("nnlab"), "name": .string("nnlab")]),
                "language_info": .object(["file_extension": .string(".nn"), "mimetype": .string("text/x-nnlab"), "name": .string("nnlab")]),
                "title": .string(document.title),
            ]),
            "nbformat": .integer(4),
            "nbformat_minor": .integer(5),
        ])
        return notebook.text
    }

    /// A cell's outputs as Jupyter outputs; neighbouring texts join into one stream.
    static func outputs(_ outputs: [CellOutput], pictures: inout Int) -> [JSONValue] {
        var result: [JSONValue] = []
        var stream: [String] = []
        func flush() {
            guard !stream.isEmpty else { return }
            result.append(.object(["name": .string("stdout"), "output_type": .string("stream"),
                                   "text": JSONValue.lines(stream.joined(separator: "\n") + "\n")]))
            stream = []
        }
        for output in outputs {
            switch output {
            case .text(let text):
                stream.append(text)
            case .table(let table):
                flush()
                result.append(display(["text/plain": JSONValue.lines(table.text), "text/html": JSONValue.lines(HTMLWriter.table(table))]))
            case .picture(let svg, let text):
                flush()
                pictures += 1
                let scoped = SVGEmbedding.scoped(svg, prefix: "p\(pictures)-")
                result.append(display(["image/svg+xml": JSONValue.lines(scoped), "text/plain": JSONValue.lines(text)]))
            case .error(let message, let text):
                flush()
                result.append(.object(["ename": .string("error"), "evalue": .string(message), "output_type": .string("error"),
                                       "traceback": .array(text.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) })]))
            }
        }
        flush()
        return result
    }

    /// A `display_data` output of `data`.
    static func display(_ data: [String: JSONValue]) -> JSONValue {
        .object(["data": .object(data), "metadata": .object([:]), "output_type": .string("display_data")])
    }
}
