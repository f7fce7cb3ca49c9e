import Foundation
import Testing
@testable import NeuralNet

/// The message `loadCSV` throws for `text`, or nil when it loads.
private func csvError(_ text: String, target: String? = nil,
                      task: Dataset.TaskKind? = nil) -> DataError? {
    do {
        _ = try Dataset.loadCSV(text: text, name: "my.csv", target: target, task: task)
        return nil
    } catch {
        return error
    }
}

@Suite("CSV loading")
struct DataCSVTests {
    @Test("a good file: default target `label`, integer classes remapped, names kept")
    func good() throws {
        let d = try Dataset.loadCSV(text: "age,label,height\n30,-1,1.5\n40,1,1.7\n50,-1,1.6\n", name: "people.csv")
        #expect(d.name == "people" && d.count == 3)
        #expect(d.featureNames == ["age", "height"] && d.targetName == "label")
        #expect(d.features == [30, 1.5, 40, 1.7, 50, 1.6])
        #expect(d.task == .classification(classes: 2) && d.targets == [0, 1, 0])
        #expect(d.classNames == ["-1", "1"])
    }

    @Test("default target: `label`, `target`, `y` (any case), else the last column")
    func defaultTarget() throws {
        #expect(try Dataset.loadCSV(text: "Y,a\n1,2\n").targetName == "Y")
        #expect(try Dataset.loadCSV(text: "a,target,b\n1,2,3\n").targetName == "target")
        #expect(try Dataset.loadCSV(text: "a,b,c\n1,2,3\n").targetName == "c")
        #expect(try Dataset.loadCSV(text: "a,b,c\n1,2,3\n", target: "a").featureNames == ["b", "c"])
        #expect(try Dataset.loadCSV(text: "a,Price\n1,2.5\n", target: "price").targetName == "Price")
        // A column number from 1; a column named like a number is found by name first.
        #expect(try Dataset.loadCSV(text: "a,b,c\n1,2,3\n", target: "2").targetName == "b")
        #expect(try Dataset.loadCSV(text: "a,1,c\n1,2,3\n", target: "1").targetName == "1")
        #expect(csvError("a,b,c\n1,2,3\n", target: "4") != nil)
    }

    @Test("task inference: few whole numbers → classes; reals or many values → regression; words → classes")
    func inference() throws {
        let reals = try Dataset.loadCSV(text: "x,y\n1,0.5\n2,1.5\n")
        #expect(reals.task == .regression && reals.targets == [0.5, 1.5] && reals.classNames == nil)
        let many = (0..<30).map { "\($0),\($0 * 3)" }.joined(separator: "\n")
        #expect(try Dataset.loadCSV(text: "x,y\n" + many).task == .regression)
        let words = try Dataset.loadCSV(text: "x,kind\n1,dog\n2,cat\n3,dog\n4,\"bird, small\"\n")
        #expect(words.task == .classification(classes: 3))
        #expect(words.classNames == ["bird, small", "cat", "dog"] && words.targets == [2, 1, 2, 0])
        let forced = try Dataset.loadCSV(text: "x,y\n1,0\n2,1\n", task: .regression)
        #expect(forced.task == .regression)
        let wholeAsFloat = try Dataset.loadCSV(text: "x,y\n1,1.0\n2,2\n3,1\n")
        #expect(wholeAsFloat.task == .classification(classes: 2) && wholeAsFloat.classNames == ["1", "2"])
        let forcedClasses = try Dataset.loadCSV(text: "x,y\n1,0.5\n2,0.25\n3,0.5\n", task: .classification)
        #expect(forcedClasses.classNames == ["0.25", "0.5"] && forcedClasses.targets == [1, 0, 1])
    }

    @Test("quotes, CRLF, BOM, blank lines and spaces")
    func syntax() throws {
        let text = "\u{FEFF}\"a, b\",\"say \"\"hi\"\"\",label\r\n 1 , 2 ,x\r\n\r\n\"3\",4,\"multi\nline\"\r\n"
        let d = try Dataset.loadCSV(text: text)
        #expect(d.featureNames == ["a, b", "say \"hi\""])
        #expect(d.features == [1, 2, 3, 4])
        #expect(d.classNames == ["multi\nline", "x"])
    }

    @Test("each bad file gives its message with the line and column", arguments: [
        ("", nil, "my.csv: the file is empty"),
        ("\n  \n\n", nil, "my.csv: the file is empty"),
        ("a,b,label\n", nil, "my.csv: the file has a header row but no data rows"),
        ("a,b,c,label\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,0\n", nil,
         "my.csv: line 7 has 3 fields, the header has 4"),
        ("a,label\n1,0\n\n1,2,1\n", nil, "my.csv: line 4 has 3 fields, the header has 2"),
        ("id,age,label\n" + (2...11).map { "\($0),\($0),0\n" }.joined() + "12,abc,1\n", nil,
         "my.csv: line 12, column `age`: `abc` is not a number"),
        ("a,b\n1,2\n3,4\n", "lable", "my.csv: there is no column `lable` (columns: `a`, `b`)"),
        ("a,b\nnan,1\n", nil, "my.csv: line 2, column `a`: `nan` is not a finite number"),
        ("a,b\n1,inf\n", "b", "my.csv: line 2, column `b`: `inf` is not a finite number"),
        ("a,b\n1e39,1\n", nil, "my.csv: line 2, column `a`: `1e39` is not a finite number"),
        ("a,b\n,1\n", nil, "my.csv: line 2, column `a` is empty"),
        ("a,b\n1,\n", nil, "my.csv: line 2, column `b` is empty"),
        ("a,b\n1,2\n\"3,4\n5,6\n", nil, "my.csv: line 3 opens a quoted field that is never closed"),
        ("a,,b\n1,2,3\n", nil, "my.csv: line 1, column 2 of the header has no name"),
        ("a,b,a\n1,2,3\n", nil, "my.csv: line 1, the header names column `a` twice"),
        ("a;b;label\n1;2;0\n", nil,
         "my.csv: the file has only the target column, no feature columns; is the separator `;`? nnlab reads comma-separated files"),
        ("a,y\n1,2.5\n2,oops\n", nil, "my.csv: line 3, column `y`: `oops` is not a number"),
        ("a,y\n1,2\n2,oops\n", "y", nil),
    ] as [(String, String?, String?)])
    func badFiles(text: String, target: String?, message: String?) {
        let error = csvError(text, target: target)
        if let message {
            #expect(error?.description == message)
        } else {
            #expect(error == nil)    // a target of whole numbers and words is a set of classes
        }
    }

    @Test("a missing target column suggests the closest header name")
    func didYouMean() {
        let e = csvError("age,label,height\n1,0,2\n", target: "lable")
        #expect(e == .unknownTarget(file: "my.csv", name: "lable", suggestion: "label", columns: ["age", "label", "height"]))
        #expect(e?.description == "my.csv: there is no column `lable`; did you mean `label`? (columns: `age`, `label`, `height`)")
        #expect(e?.line == 1 && e?.column == "lable")
        let far = csvError("age,label,height\n1,0,2\n", target: "colour")
        #expect(far?.description == "my.csv: there is no column `colour` (columns: `age`, `label`, `height`)")
    }

    @Test("errors expose file, line and column for a caret")
    func positions() {
        let e = csvError("a,b\n1,2\nx,3\n")
        #expect(e?.file == "my.csv" && e?.line == 3 && e?.column == "a")
        let regression = csvError("a,b\n1,2\n2,x\n", task: .regression)
        #expect(regression?.description == "my.csv: line 3, column `b`: `x` is not a number")
    }

    @Test("files: missing, folder, not UTF-8, and a real file")
    func files() throws {
        #expect(throws: DataError.cannotRead(file: "/no/such.csv", reason: "no such file")) {
            try Dataset.loadCSV(path: "/no/such.csv")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-csv-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: DataError.self) { try Dataset.loadCSV(path: dir.path) }
        let bad = dir.appendingPathComponent("bad.csv")
        try Data([0x61, 0x2C, 0x62, 0x0A, 0xFF, 0xFE, 0x2C, 0x31]).write(to: bad)
        #expect(throws: DataError.cannotRead(file: bad.path, reason: "it is not UTF-8 text")) {
            try Dataset.loadCSV(path: bad.path)
        }
        let good = dir.appendingPathComponent("iris small.csv")
        try "sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,versicolor\n".write(to: good, atomically: true, encoding: .utf8)
        let d = try Dataset.loadCSV(path: good.path)
        #expect(d.name == "iris small" && d.classNames == ["setosa", "versicolor"])
    }
}
