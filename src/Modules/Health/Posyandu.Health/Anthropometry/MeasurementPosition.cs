namespace Posyandu.Health.Anthropometry;

/// <summary>
/// How the child was measured. A nullable value means "not recorded": WHO then makes no ±0.7 cm adjustment
/// (README rule 2), so an unknown position is never guessed.
/// </summary>
public enum MeasurementPosition
{
    /// <summary>Recumbent length (panjang badan).</summary>
    Lying,

    /// <summary>Standing height (tinggi badan).</summary>
    Standing,
}
