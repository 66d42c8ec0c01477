using System.Globalization;

namespace Posyandu.Health.Anthropometry;

/// <summary>
/// One WHO LMS table in flat arrays indexed by sex and key step (a day, or a tenth of a centimetre): a lookup is
/// two array reads, no allocation. Loaded once from the embedded CSV.
/// </summary>
internal sealed class LmsTable
{
    private readonly double[][] _l = new double[2][];
    private readonly double[][] _m = new double[2][];
    private readonly double[][] _s = new double[2][];

    private LmsTable(string name, double first, double step, int rows)
    {
        Name = name;
        First = first;
        Step = step;
        for (var sex = 0; sex < 2; sex++)
        {
            _l[sex] = new double[rows];
            _m[sex] = new double[rows];
            _s[sex] = new double[rows];
        }
    }

    public string Name { get; }

    /// <summary>The key of the first row (0 days, 45.0 cm, …).</summary>
    public double First { get; }

    /// <summary>The key step between rows (1 day, 0.1 cm).</summary>
    public double Step { get; }

    public int Rows => _m[0].Length;

    public double Last => First + (Step * (Rows - 1));

    /// <param name="sex">1 male, 2 female.</param>
    public (double L, double M, double S) Row(int sex, int index) => (_l[sex - 1][index], _m[sex - 1][index], _s[sex - 1][index]);

    /// <summary>Reads <c>sex,key,l,m,s</c> rows; keys must start at <paramref name="first"/> and rise by <paramref name="step"/>.</summary>
    public static LmsTable Load(string resource, double first, double step)
    {
        using var stream = typeof(LmsTable).Assembly.GetManifestResourceStream($"Posyandu.Health.Tables.{resource}")
                           ?? throw new InvalidOperationException($"Growth table {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<(int Sex, double Key, double L, double M, double S)>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var p = line.Split(',');
            rows.Add((int.Parse(p[0], CultureInfo.InvariantCulture), Parse(p[1]), Parse(p[2]), Parse(p[3]), Parse(p[4])));
        }

        var perSex = rows.Count / 2;
        var table = new LmsTable(resource, first, step, perSex);
        foreach (var (sex, key, l, m, s) in rows)
        {
            var index = (int)Math.Round((key - first) / step);
            if (index < 0 || index >= perSex)
            {
                throw new InvalidDataException($"{resource}: key {key} is outside the table.");
            }

            table._l[sex - 1][index] = l;
            table._m[sex - 1][index] = m;
            table._s[sex - 1][index] = s;
        }

        return table;
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
