using FluentValidation;

namespace Posyandu.SharedKernel.Mediation;

/// <summary>
/// Bounds that keep a value inside what the rest of the system can hold. A date in year 3000 (or 2999-12-31, whose
/// next month is past <see cref="Domain.Period.MaxYear"/>) was accepted and then killed the event that carried it.
/// </summary>
public static class InputRules
{
    /// <summary>The first day any record may be about.</summary>
    public static readonly DateOnly FirstRecordDate = new(1900, 1, 1);

    /// <summary>The last day any record may be about: far beyond any plan, far inside what a month can walk to.</summary>
    public static readonly DateOnly LastRecordDate = new(2199, 12, 31);

    public static IRuleBuilderOptions<T, DateOnly> MustBeRecordDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.InclusiveBetween(FirstRecordDate, LastRecordDate)
            .WithMessage($"{{PropertyName}} must be between {FirstRecordDate:yyyy-MM-dd} and {LastRecordDate:yyyy-MM-dd}.");

    public static IRuleBuilderOptions<T, DateOnly?> MustBeRecordDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d >= FirstRecordDate && d <= LastRecordDate))
            .WithMessage($"{{PropertyName}} must be between {FirstRecordDate:yyyy-MM-dd} and {LastRecordDate:yyyy-MM-dd}.");
}
