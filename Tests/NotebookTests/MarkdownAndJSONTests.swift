import Foundation
@testable import Notebook
import Testing

/// The pieces under the writers: Markdown as HTML, JSON as Jupyter writes it, scripts'
/// comments as text cells.
@Suite struct MarkdownAndJSONTests {
    @Test func markdownBlocks() {
        let html = MarkdownHTML.render("""
        # The neuron

        A **neuron** takes `x` and *weights*:

        - one
        - two
          continued

        3. three
        4. four

        ```
        z = w · x + b <b>
        ```

        > quoted
        ---
        See [the docs](https://example.org/a_b) and $\\sigma(z)$.
        """)
        #expect(html.contains("<h1>The neuron</h1>"))
        #expect(html.contains("<p>A <strong>neuron</strong> takes <code>x</code> and <em>weights</em>:</p>"))
        #expect(html.contains("<ul>\n<li>one</li>\n<li>two\ncontinued</li>\n</ul>"))
        #expect(html.contains("<ol start=\"3\">"))
        #expect(html.contains("<pre><code>z = w · x + b &lt;b&gt;</code></pre>"))
        #expect(html.contains("<blockquote><p>quoted</p></blockquote>") && html.contains("<hr>"))
        #expect(html.contains("the docs (<span class=\"address\">https://example.org/a_b</span>)") && !html.contains("href"))
        #expect(html.contains("<span class=\"math\">\\sigma(z)</span>"))
    }

    @Test func underscoresInsideWordsStay() {
        #expect(MarkdownHTML.inline("fan_in and fan_out") == "fan_in and fan_out")
        #expect(MarkdownHTML.inline("2 * 3 * 4") == "2 * 3 * 4")
    }

    @Test func jsonIsSortedIndentedAndEscaped() {
        let value = JSONValue.object(["b": .array([.integer(1), .null]), "a": .string("q\"\\\n\u{1}é"), "c": .object([:])])
        #expect(value.text == "{\n \"a\": \"q\\\"\\\\\\n\\u0001é\",\n \"b\": [\n  1,\n  null\n ],\n \"c\": {}\n}\n")
        #expect(JSONValue.lines("a\nb\n") == .array([.string("a\n"), .string("b\n")]))
        #expect(JSONValue.lines("a\nb") == .array([.string("a\n"), .string("b")]))
        #expect(JSONValue.lines("") == .array([]))
    }

    @Test func commentsBecomeMarkdown() {
        #expect(NotebookDocument.markdown(fromComment: "# one\n#two\n#\n# ## three") == "one\ntwo\n\n## three")
    }
}
