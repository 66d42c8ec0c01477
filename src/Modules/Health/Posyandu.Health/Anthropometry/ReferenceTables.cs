namespace Posyandu.Health.Anthropometry;

/// <summary>
/// The three WHO Growth Reference 2007 tables (5–19 years, <c>Tables/Reference2007</c>), loaded once on first use.
/// One row per whole month from 60; the row after the last scored month is kept for interpolation.
/// </summary>
internal sealed class ReferenceTables
{
    /// <summary>The first month of every table.</summary>
    public const int FirstMonth = 60;

    private static readonly Lazy<ReferenceTables> Loaded = new(() => new ReferenceTables());

    private ReferenceTables()
    {
        WeightForAge = LmsTable.Load("Reference2007.weight-for-age.csv", FirstMonth, 1, 62);   // 60–121
        HeightForAge = LmsTable.Load("Reference2007.height-for-age.csv", FirstMonth, 1, 170);  // 60–229
        BmiForAge = LmsTable.Load("Reference2007.bmi-for-age.csv", FirstMonth, 1, 170);        // 60–229
    }

    public static ReferenceTables Instance => Loaded.Value;

    public LmsTable WeightForAge { get; }

    public LmsTable HeightForAge { get; }

    public LmsTable BmiForAge { get; }
}
