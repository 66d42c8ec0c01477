using System.Globalization;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>
/// Reads a WHO table row straight from the CSV in the source tree, independently of the engine's embedded loader,
/// so that hand-computed expectations do not share code with what they check.
/// </summary>
internal static class CsvRows
{
    private static readonly string TablesFolder = FindTables();

    public static (double L, double M, double S) Row(string file, int sex, string key)
    {
        var wanted = double.Parse(key, CultureInfo.InvariantCulture);
        foreach (var line in File.ReadLines(Path.Combine(TablesFolder, file)).Skip(1))
        {
            var p = line.Split(',');
            if (p[0] == sex.ToString(CultureInfo.InvariantCulture) && double.Parse(p[1], CultureInfo.InvariantCulture) == wanted)
            {
                return (Parse(p[2]), Parse(p[3]), Parse(p[4]));
            }
        }

        throw new InvalidOperationException($"{file} has no row for sex {sex}, key {key}.");
    }

    public static IEnumerable<(int Sex, double Key, double L, double M, double S)> All(string file) =>
        File.ReadLines(Path.Combine(TablesFolder, file)).Skip(1).Select(line => line.Split(','))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), Parse(p[1]), Parse(p[2]), Parse(p[3]), Parse(p[4])));

    /// <summary>Hand arithmetic of the LMS formula: z = ((y/M)^L − 1)/(L·S).</summary>
    public static double PlainZ((double L, double M, double S) r, double y) => (Math.Pow(y / r.M, r.L) - 1) / (r.L * r.S);

    /// <summary>Hand arithmetic of the measurement at k SD: M·(1 + L·S·k)^(1/L).</summary>
    public static double SdAt((double L, double M, double S) r, double k) => r.M * Math.Pow(1 + (r.L * r.S * k), 1 / r.L);

    /// <summary>The measurement whose restricted-method z-score is exactly <paramref name="z"/> (|z| ≥ 3).</summary>
    public static double MeasureAtRestrictedZ((double L, double M, double S) r, double z) => z >= 3
        ? SdAt(r, 3) + ((z - 3) * (SdAt(r, 3) - SdAt(r, 2)))
        : SdAt(r, -3) + ((z + 3) * (SdAt(r, -2) - SdAt(r, -3)));

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string FindTables()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Posyandu.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Modules", "Health", "Posyandu.Health", "Anthropometry", "Tables");
            }
        }

        throw new InvalidOperationException("Posyandu.sln not found above the test directory.");
    }
}
