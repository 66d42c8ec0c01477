using System.Linq.Expressions;

namespace Posyandu.Health.LifeCycle;

/// <summary>
/// Field checks shared by antenatal checks and screenings: a value outside what a living person can have is a typo
/// (400 on that field), never a risk to flag. The bounds are generous on purpose — a real extreme must pass.
/// </summary>
internal static class MeasurementRules
{
    /// <summary>Not after today on the application clock (the Posyandu day is in WITA, where Kalimantan Timur lives).</summary>
    public static void NotInFuture<T>(this AbstractValidator<T> validator, Expression<Func<T, DateOnly>> date, TimeProvider time) =>
        validator.RuleFor(date).Must(d => d <= time.Today()).WithMessage("The date cannot be in the future.");

    /// <summary>
    /// Optional; when given, above <paramref name="min"/> (0) and at most <paramref name="max"/>. A length that is a
    /// tiny fraction of a centimetre makes a BMI no JSON can hold: lengths get a minimum.
    /// </summary>
    public static void Measurement<T>(this AbstractValidator<T> validator, Expression<Func<T, double?>> value, double max, double min = 0)
    {
        var read = value.Compile();
        validator.RuleFor(value).GreaterThan(min).LessThanOrEqualTo(max).When(x => read(x) is not null);
    }

    /// <summary>Both pressures or neither, each in a survivable range, systolic above diastolic.</summary>
    public static void BloodPressure<T>(this AbstractValidator<T> validator, Expression<Func<T, int?>> systolic, Expression<Func<T, int?>> diastolic)
    {
        var sys = systolic.Compile();
        var dia = diastolic.Compile();
        validator.RuleFor(systolic).InclusiveBetween(50, 300).When(x => sys(x) is not null);
        validator.RuleFor(diastolic).InclusiveBetween(20, 200).When(x => dia(x) is not null);
        validator.RuleFor(systolic).NotNull().When(x => dia(x) is not null).WithMessage("Record the systolic pressure with the diastolic.");
        validator.RuleFor(diastolic).NotNull().When(x => sys(x) is not null).WithMessage("Record the diastolic pressure with the systolic.");
        validator.RuleFor(systolic).Must((x, s) => s > dia(x)).When(x => sys(x) is not null && dia(x) is not null)
            .WithMessage("The systolic pressure must be higher than the diastolic.");
    }
}
