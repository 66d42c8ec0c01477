namespace Posyandu.Health.Anthropometry;

/// <summary>
/// The LMS arithmetic of README rules 6 and 7, written in the same operation order as WHO anthro so that each
/// step gives the same IEEE double as the R package. Internal so tests can check it against hand arithmetic.
/// </summary>
internal static class ZScore
{
    private const double Log10Of2 = 0.301029995663981195;

    /// <summary>Rule 6, plain formula: z = ((y/M)^L − 1) / (S·L). Alone for length/height and head circumference.</summary>
    public static double Plain(Lms lms, double y) => (Math.Pow(y / lms.M, lms.L) - 1) / (lms.S * lms.L);

    /// <summary>
    /// Rule 6, restricted method (weight-for-age, WFL/WFH, BMI-for-age): beyond ±3 SD the distance is counted in
    /// units of the 2–3 SD interval, because the skewed LMS curve would otherwise stretch extreme weights.
    /// </summary>
    public static double Restricted(Lms lms, double y)
    {
        var z = Plain(lms, y);
        if (z > 3)
        {
            var sd3 = Sd(lms, 3);
            return 3 + ((y - sd3) / (sd3 - Sd(lms, 2)));
        }

        if (z < -3)
        {
            var sd3 = Sd(lms, -3);
            return -3 + ((y - sd3) / (Sd(lms, -2) - sd3));
        }

        return z;
    }

    /// <summary>The measurement at <paramref name="k"/> SD: M·(1 + L·S·k)^(1/L).</summary>
    public static double Sd(Lms lms, double k) => lms.M * Math.Pow(1 + (lms.L * lms.S * k), 1 / lms.L);

    /// <summary>
    /// Rule 7: R's <c>round(z, 2)</c> (R ≥ 4.0.0). Of the two 2-decimal candidates below and above, R takes the one
    /// nearer to the double <paramref name="z"/>, and the even one only on an exact tie. .NET's
    /// <see cref="Math.Round(double, int)"/> can differ: 2.675 (stored as 2.67499999…) is 2.67 in R and 2.68 in .NET.
    /// Negative values are rounded by symmetry, as R does.
    /// </summary>
    public static double Round2(double z)
    {
        if (!double.IsFinite(z) || z == 0)
        {
            return z;
        }

        var sign = z < 0 ? -1.0 : 1.0;
        var x = Math.Abs(z);
        if (2 + ((Math.ILogB(x) + 0.5) * Log10Of2) > 15)
        {
            return z; // beyond double precision at 2 decimals: already "rounded"
        }

        var x100 = x * 100;
        var down = Math.Floor(x100);
        var below = down / 100;
        var above = Math.Ceiling(x100) / 100;
        var toAbove = above - x;
        var toBelow = x - below;
        return sign * (toAbove < toBelow || (toAbove == toBelow && down % 2 == 1) ? above : below);
    }
}
