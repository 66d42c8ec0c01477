namespace Posyandu.Health.Immunisation;

/// <summary>One dose of the national routine schedule, with the limits of a valid dose.</summary>
/// <param name="Antigen">The schedule's code, e.g. <c>opv</c>, <c>dpt-hb-hib</c>.</param>
/// <param name="MinimumInterval">After the previous dose of the same antigen; null for dose 1.</param>
/// <param name="MaximumAge">Null: no upper limit. HB-0 is a birth dose and closes at 7 days.</param>
public sealed record ScheduledDose(
    string Antigen, int Dose, string Label, AgeSpan RecommendedAge, AgeSpan MinimumAge, AgeSpan? MinimumInterval, AgeSpan? MaximumAge)
{
    public DateOnly RecommendedOn(DateOnly birthDate) => RecommendedAge.After(birthDate);

    public DateOnly ValidFrom(DateOnly birthDate, DateOnly? previousGivenOn)
    {
        var byAge = MinimumAge.After(birthDate);
        return previousGivenOn is { } previous && MinimumInterval is { } interval && interval.After(previous) > byAge ? interval.After(previous) : byAge;
    }

    public DateOnly? LastValidDay(DateOnly birthDate) => MaximumAge?.After(birthDate);
}
