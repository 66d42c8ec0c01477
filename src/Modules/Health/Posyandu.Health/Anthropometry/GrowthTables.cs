namespace Posyandu.Health.Anthropometry;

/// <summary>
/// The six WHO tables the engine uses, loaded once on first use (thread-safe <see cref="Lazy{T}"/>).
/// Day tables have 1857 rows per sex (0–1856 days); WFL has 651 (45.0–110.0 cm) and WFH 551 (65.0–120.0 cm).
/// The embedded MUAC table is kept for a later LiLA/U indicator and not loaded.
/// </summary>
internal sealed class GrowthTables
{
    /// <summary>Rows per sex of the day-indexed tables: 0–1856 days.</summary>
    public const int DayRows = 1857;

    private static readonly Lazy<GrowthTables> Loaded = new(() => new GrowthTables());

    private GrowthTables()
    {
        WeightForAge = LmsTable.Load("weight-for-age.csv", 0, 1, DayRows);
        LengthHeightForAge = LmsTable.Load("length-height-for-age.csv", 0, 1, DayRows);
        BmiForAge = LmsTable.Load("bmi-for-age.csv", 0, 1, DayRows);
        HeadCircumferenceForAge = LmsTable.Load("head-circumference-for-age.csv", 0, 1, DayRows);
        WeightForLength = LmsTable.Load("weight-for-length.csv", 45.0, 0.1, 651);
        WeightForHeight = LmsTable.Load("weight-for-height.csv", 65.0, 0.1, 551);
    }

    public static GrowthTables Instance => Loaded.Value;

    public LmsTable WeightForAge { get; }

    public LmsTable LengthHeightForAge { get; }

    public LmsTable BmiForAge { get; }

    public LmsTable HeadCircumferenceForAge { get; }

    public LmsTable WeightForLength { get; }

    public LmsTable WeightForHeight { get; }
}
