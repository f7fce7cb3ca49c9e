/// Turns a TeX-style formula (`\sigma(w \cdot x + b)`, `h_{t-1}`, `\frac{QK^\top}{\sqrt{d}}`)
/// into plain Unicode text a terminal can show (`σ(w · x + b)`, `hₜ₋₁`, `(QKᵀ)/(√d)`).
/// Unknown commands are shown without their backslash.
enum Formula {
    /// The plain-text form of `tex`.
    static func plain(_ tex: String) -> String {
        var reader = Reader(Array(tex))
        var out = ""
        for c in reader.readSequence(until: nil) where !(c == " " && out.last == " ") { out.append(c) }
        return out.trimmed
    }

    private static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ",
        "Sigma": "Σ", "Pi": "Π", "Phi": "Φ", "Omega": "Ω",
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "le": "≤", "leq": "≤", "ge": "≥",
        "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "gets": "←", "infty": "∞", "in": "∈", "odot": "⊙", "circ": "∘",
        "sum": "Σ", "prod": "Π", "partial": "∂", "nabla": "∇", "top": "ᵀ", "ldots": "…",
        "cdots": "⋯", "dots": "…", "log": "log", "ln": "ln", "exp": "exp", "max": "max",
        "min": "min", "tanh": "tanh", "sin": "sin", "cos": "cos", "arg": "arg",
        "left": "", "right": "", "quad": "  ", "qquad": "  ", ",": " ", ";": " ", ":": " ",
        "!": "", " ": " ", "{": "{", "}": "}", "%": "%", "$": "$", "_": "_", "\\": " ",
        "lVert": "‖", "rVert": "‖", "|": "‖", "Vert": "‖", "langle": "⟨", "rangle": "⟩",
    ]

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
        "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "T": "ᵀ",
        "ᵀ": "ᵀ", "t": "ᵗ", "k": "ᵏ", "d": "ᵈ", "l": "ˡ",
    ]

    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈",
        "9": "₉", "+": "₊", "-": "₋", "−": "₋", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "o": "ₒ",
        "x": "ₓ", "h": "ₕ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "p": "ₚ", "s": "ₛ",
        "t": "ₜ", "i": "ᵢ", "j": "ⱼ", "r": "ᵣ", "u": "ᵤ", "v": "ᵥ",
    ]

    /// `text` raised or lowered with Unicode characters when every character has one,
    /// otherwise `^x` / `_x` (parenthesised when longer than one character).
    private static func script(_ text: String, marker: String, table: [Character: Character]) -> String {
        let mapped = text.compactMap { table[$0] }
        if !text.isEmpty, mapped.count == text.count { return String(mapped) }
        return text.count == 1 ? marker + text : marker + "(" + text + ")"
    }

    private struct Reader {
        var chars: [Character]
        var index = 0
        init(_ chars: [Character]) { self.chars = chars }

        mutating func readSequence(until end: Character?) -> String {
            var out = ""
            while index < chars.count {
                let c = chars[index]
                if let end, c == end { index += 1; return out }
                out += readAtom()
            }
            return out
        }

        /// One unit: a group, a command with its arguments, a script, or a character.
        mutating func readAtom() -> String {
            guard index < chars.count else { return "" }
            let c = chars[index]
            index += 1
            switch c {
            case "{":
                return readSequence(until: "}")
            case "}":
                return ""
            case "^":
                return Formula.script(readArgument(), marker: "^", table: Formula.superscripts)
            case "_":
                return Formula.script(readArgument(), marker: "_", table: Formula.subscripts)
            case "\\":
                return readCommand()
            case "~":
                return " "
            default:
                return String(c)
            }
        }

        /// A script or command argument: a `{group}` or a single atom, skipping spaces first.
        mutating func readArgument() -> String {
            while index < chars.count, chars[index] == " " { index += 1 }
            guard index < chars.count else { return "" }
            if chars[index] == "{" {
                index += 1
                return readSequence(until: "}")
            }
            return readAtom()
        }

        mutating func readCommand() -> String {
            guard index < chars.count else { return "" }
            var name = ""
            if chars[index].isLetter {
                while index < chars.count, chars[index].isLetter { name.append(chars[index]); index += 1 }
            } else {
                name = String(chars[index])
                index += 1
            }
            switch name {
            case "frac":
                let a = readArgument(), b = readArgument()
                return wrap(a) + "/" + wrap(b)
            case "sqrt":
                return "√" + wrap(readArgument())
            case "text", "mathrm", "mathbf", "mathit", "operatorname", "boldsymbol", "mathcal":
                return readArgument()
            case "tilde":
                return readArgument() + "\u{303}"
            case "hat":
                return readArgument() + "\u{302}"
            case "bar", "overline":
                return readArgument() + "\u{304}"
            case "vec":
                return readArgument() + "\u{20D7}"
            default:
                let symbol = Formula.symbols[name] ?? name
                if symbol == "∂" || symbol == "∇" || symbol == "√" {
                    while index < chars.count, chars[index] == " " { index += 1 }
                }
                return symbol
            }
        }

        private func wrap(_ s: String) -> String {
            s.contains(where: { " +-−·×/=,".contains($0) }) ? "(" + s + ")" : s
        }
    }
}
