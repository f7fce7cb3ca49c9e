import Plotting
import Testing

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `text` with every `ESC[…m` sequence removed.
func stripEscapes(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for s in text.unicodeScalars {
        if inEscape {
            if s == "m" { inEscape = false }
            continue
        }
        if s == "\u{1B}" {
            inEscape = true
            continue
        }
        out.unicodeScalars.append(s)
    }
    return out
}

/// The display width of the widest line (escape codes ignored).
func widestLine(_ text: String) -> Int {
    stripEscapes(text).split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of($0) }.max() ?? 0
}

/// Compares rendered text with a stored snapshot, showing both on a mismatch.
func expectSnapshot(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if actual != expected {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var firstDiff = 0
        while firstDiff < min(a.count, e.count) && a[firstDiff] == e[firstDiff] { firstDiff += 1 }
        Issue.record(
            "snapshot differs at line \(firstDiff + 1)\n--- actual ---\n\(actual)\n--- expected ---\n\(expected)",
            sourceLocation: sourceLocation)
    }
}

/// Element names found while parsing an XML document, and whether it parsed.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var rootAttributes: [String: String] = [:]
    var texts: [String] = []
    private var currentText = ""
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if counts.isEmpty { rootAttributes = attributes }
        counts[name, default: 0] += 1
        if name == "text" {
            inText = true
            currentText = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { currentText += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" {
            texts.append(currentText)
            inText = false
        }
    }
}

/// Parses an SVG document; nil when it is not well-formed XML.
func parseSVG(_ svg: String) -> ElementCounter? {
    let parser = XMLParser(data: Data(svg.utf8))
    let counter = ElementCounter()
    parser.delegate = counter
    return parser.parse() ? counter : nil
}
