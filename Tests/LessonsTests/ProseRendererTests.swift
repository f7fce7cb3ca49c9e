import Testing
@testable import Lessons

@Suite struct ProseRendererTests {
    static let markdown = """
        # The training loop

        Training repeats four steps: **forward**, *loss*, backward and `update`. Each step uses \
        the whole _mini-batch_, and the loss falls as the weights move against the gradient.

        ## The update

        The rule is $w \\gets w - \\eta \\frac{\\partial L}{\\partial w}$, where $\\eta$ is the learning rate.

        - type `step` to take one step
        - type `show gradient` to see the gradient of every layer, as heat maps with their norms
          1. nested item
        3. a numbered item

        > A good learning rate is found by trying several: `compare lr 0.01 0.1 1`.

        $$h_t = \\tanh(W x_t + V h_{t-1} + b)$$

        ```
        train 100
        ```

        ---
        """

    @Test func snapshotAtWidth60WithoutColour() {
        let text = ProseRenderer.render(markdown: Self.markdown, width: 60, color: false)
        let expected = """
            The training loop
            =================

            Training repeats four steps: forward, loss, backward and
            `update`. Each step uses the whole mini-batch, and the loss
            falls as the weights move against the gradient.

            The update
            ----------

            The rule is w ← w - η ∂L/∂w, where η is the learning rate.

            • type `step` to take one step
            • type `show gradient` to see the gradient of every layer,
              as heat maps with their norms
              1. nested item
            3. a numbered item

            │ A good learning rate is found by trying several:
            │ `compare lr 0.01 0.1 1`.

                hₜ = tanh(W xₜ + V hₜ₋₁ + b)

                train 100

            ────────────────────────────────────────────────────────────
            """
        #expect(text == expected)
        for line in text.split(separator: "\n") {
            #expect(TextWidth.of(line) <= 60, "too wide: \(line)")
        }
    }

    @Test func colourOnlyWhenAsked() {
        let plain = ProseRenderer.render(markdown: Self.markdown, width: 60, color: false)
        let coloured = ProseRenderer.render(markdown: Self.markdown, width: 60, color: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;36mThe training loop\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mforward\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36mupdate\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2m│\u{1B}[0m"))
        #expect(!coloured.contains("`update`"))
        // Only bold, dim and cyan (and the reset) are ever used.
        let codes = Set(coloured.split(separator: "\u{1B}").dropFirst().compactMap { $0.split(separator: "m").first.map(String.init) })
        #expect(codes.isSubset(of: ["[0", "[1", "[2", "[36", "[1;36", "[2;36", "[1;2", "[1;2;36"]))
    }

    @Test func wrapsCodeSpansWhole() {
        let text = ProseRenderer.render(markdown: "aaaa bbbb cccc dddd `layer dense 16 relu` end", width: 22, color: false)
        #expect(text == "aaaa bbbb cccc dddd\n`layer dense 16 relu`\nend")
    }

    @Test func snakeCaseAndLonelyStarsStayAsWritten() {
        let text = ProseRenderer.render(markdown: "use x_t and 2 * 3 * 4", width: 60, color: false)
        #expect(text == "use x_t and 2 * 3 * 4")
    }

    @Test func veryLongWordsAreCut() {
        let text = ProseRenderer.render(markdown: String(repeating: "x", count: 45), width: 20, color: false)
        #expect(text.split(separator: "\n").map(\.count) == [20, 20, 5])
    }

    @Test func formulas() {
        #expect(Formula.plain("\\sigma(w \\cdot x + b)") == "σ(w · x + b)")
        #expect(Formula.plain("\\frac{QK^\\top}{\\sqrt{d}}") == "QKᵀ/√d")
        #expect(Formula.plain("\\frac{a + b}{2}") == "(a + b)/2")
        #expect(Formula.plain("x^2 + W_{xh}") == "x² + Wₓₕ")
        #expect(Formula.plain("W_{hy}") == "W_(hy)")
        #expect(Formula.plain("\\tilde{h}") == "h\u{303}")
    }
}
