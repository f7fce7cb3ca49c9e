/// The sections of the `help` overview, in order.
public enum HelpGroup: String, Sendable, CaseIterable {
    /// Datasets and splits.
    case data = "Data"
    /// Building the network.
    case model = "Model"
    /// Losses, optimisers, settings and training.
    case training = "Training"
    /// Plots and tables of what the network does.
    case inspection = "Looking inside"
    /// Values, functions and gradients by hand.
    case values = "Values by hand"
    /// Files, lessons, history.
    case session = "Session"
}
