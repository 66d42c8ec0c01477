namespace Posyandu.Health.Anthropometry;

/// <summary>
/// One row of a WHO table: the Box-Cox power L, the median M and the coefficient of variation S (README "Files").
/// A struct, so that a row read or interpolated never allocates.
/// </summary>
internal readonly record struct Lms(double L, double M, double S)
{
    /// <summary>
    /// Rule 5: L, M and S each interpolated linearly between two rows, in the same operation order as WHO anthro
    /// (<c>low + f·(high − low)</c>), so that the result is the same double.
    /// </summary>
    public static Lms Interpolate(Lms low, Lms high, double f) =>
        new(low.L + (f * (high.L - low.L)), low.M + (f * (high.M - low.M)), low.S + (f * (high.S - low.S)));
}
