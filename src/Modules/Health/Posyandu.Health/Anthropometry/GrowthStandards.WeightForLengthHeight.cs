namespace Posyandu.Health.Anthropometry;

public static partial class GrowthStandards
{
    /// <summary>Rule 4 with neither age nor position: below this, the measure is taken as a length.</summary>
    public const double LengthBelowCm = 87;

    // Rule 4: the valid ranges, which are exactly the tables' first and last rows (in tenths of a cm).
    private const int WflFirstTenths = 450, WflLastTenths = 1100, WfhFirstTenths = 650, WfhLastTenths = 1200;

    /// <summary>
    /// Rules 4 and 5. The table is chosen by age when known (weight-for-length below 731 days, weight-for-height
    /// from 731), else by the recorded position, else by the measure (&lt; 87 cm is a length). Outside 45–110 cm
    /// (WFL) or 65–120 cm (WFH) WHO computes none. Between rows, L, M and S are interpolated at
    /// f = (x − trunc(x·10)/10)/0.1 exactly as WHO anthro does it, so the same double comes out.
    /// </summary>
    private static IndicatorResult? WeightForLengthHeight(
        GrowthTables tables, int sex, int? ageDays, MeasurementPosition? position, double lengthHeightCm, double weightKg)
    {
        var byLength = ageDays is { } days
            ? days < HeightFromDays
            : position is { } p ? p == MeasurementPosition.Lying : lengthHeightCm < LengthBelowCm;
        var (table, first, last) = byLength
            ? (tables.WeightForLength, WflFirstTenths, WflLastTenths)
            : (tables.WeightForHeight, WfhFirstTenths, WfhLastTenths);
        if (lengthHeightCm < first / 10.0 || lengthHeightCm > last / 10.0)
        {
            return null;
        }

        var tenths = Math.Truncate(lengthHeightCm * 10);
        var index = (int)tenths - first;
        var f = (lengthHeightCm - (tenths / 10)) / 0.1;
        var low = table.Row(sex, index);
        var lms = f > 0 && index + 1 < table.RowsPerSex ? Lms.Interpolate(low, table.Row(sex, index + 1), f) : low;

        var z = ZScore.Round2(ZScore.Restricted(lms, weightKg));
        return new IndicatorResult(z, !PlausibleZ.WithinFive(z), Classification.NutritionalStatus(z));
    }
}
