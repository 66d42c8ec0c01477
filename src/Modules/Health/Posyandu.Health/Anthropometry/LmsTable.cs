using System.Globalization;

namespace Posyandu.Health.Anthropometry;

/// <summary>
/// One WHO LMS table in a single flat array, indexed by sex and key step (a day, or a tenth of a centimetre): a
/// lookup is one multiply-add and one array read, with no dictionary and no allocation. Read once from the CSV
/// embedded in this assembly (the product never reads the shared data folder at run time).
/// </summary>
internal sealed class LmsTable
{
    private readonly Lms[] _rows;

    private LmsTable(string name, int rowsPerSex)
    {
        Name = name;
        RowsPerSex = rowsPerSex;
        _rows = new Lms[2 * rowsPerSex];
    }

    public string Name { get; }

    public int RowsPerSex { get; }

    /// <param name="sex">1 male, 2 female (WHO coding).</param>
    /// <param name="index">Key step from the table's first key: days since birth, or tenths of a cm above 45.0/65.0.</param>
    public Lms Row(int sex, int index) => _rows[((sex - 1) * RowsPerSex) + index];

    /// <summary>
    /// Reads <c>sex,key,l,m,s</c> rows with the invariant culture. Every sex must have exactly
    /// <paramref name="rowsPerSex"/> rows from <paramref name="firstKey"/> in steps of <paramref name="keyStep"/>, with no
    /// gap and no duplicate: a damaged table fails loudly at start instead of giving wrong z-scores.
    /// </summary>
    public static LmsTable Load(string file, double firstKey, double keyStep, int rowsPerSex)
    {
        var resource = $"Posyandu.Health.Tables.{file}";
        using var stream = typeof(LmsTable).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"Growth table {file} is not embedded.");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine(); // header: sex,<key>,l,m,s

        var table = new LmsTable(file, rowsPerSex);
        var seen = new bool[table._rows.Length];
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            var sex = int.Parse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture);
            var index = (int)Math.Round((Parse(fields[1]) - firstKey) / keyStep);
            if (fields.Length != 5 || sex is not (1 or 2) || index < 0 || index >= rowsPerSex)
            {
                throw new InvalidDataException($"{file}: unexpected row '{line}'.");
            }

            var at = ((sex - 1) * rowsPerSex) + index;
            if (seen[at])
            {
                throw new InvalidDataException($"{file}: duplicate row '{line}'.");
            }

            seen[at] = true;
            table._rows[at] = new Lms(Parse(fields[2]), Parse(fields[3]), Parse(fields[4]));
            count++;
        }

        return count == table._rows.Length
            ? table
            : throw new InvalidDataException($"{file}: {count} rows, expected {table._rows.Length}.");
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
