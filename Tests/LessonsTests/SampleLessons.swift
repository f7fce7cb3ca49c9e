/// Lesson texts the tests share.
enum SampleLessons {
    /// A good lesson: prose, a code cell with an `expect`, an exercise with its solution, a cell
    /// with a statement over two lines, closing prose. Line numbers matter to the tests.
    static let neuron = """
        ---
        title: The neuron
        minutes: 15
        objectives:
          - compute sigmoid(w·x + b) by hand
          - see one neuron fail on xor
        ---

        # The neuron

        A neuron computes $\\sigma(w \\cdot x + b)$.

        ```nnlab
        data line
        layer dense 1 sigmoid
        train 100
        expect accuracy valid >= 0.95
        ```

        Now your turn.

        ```nnlab exercise
        # one neuron on xor
        data xor
        expect accuracy valid <= 0.65
        hint: Load the xor data.
        hint: Type `data xor`, then `train 100`.
        why: One neuron draws one straight line;
        why: xor needs two.
        ```

        ```nnlab solution
        data xor
        train 100
        ```

        ```nnlab
        let w = [0.5,
                 -1]
        ```

        That is all.
        """

    /// A header for malformed cases.
    static let header = """
        ---
        title: Broken
        ---
        """
}
