namespace Posyandu.Health.Anthropometry;

/// <summary>
/// One indicator: the z-score rounded to 2 decimals as WHO reports it (rule 7), WHO's implausibility flag on that
/// rounded value (rule 8; a flagged score is still reported so staff can re-measure), and the Permenkes 2/2020
/// category (<see cref="Classification"/>).
/// </summary>
public sealed record IndicatorResult(double Z, bool Flagged, string Category);
